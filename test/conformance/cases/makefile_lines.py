# socket.makefile (seed 004): text and binary files over a connection, readline/read/write/flush, line iteration, errors.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

a, b = socket.socketpair()
f = a.makefile('rw', encoding='utf-8')
print('text file', f.mode, f.encoding, f.readable(), f.writable(), repr(f))
print('write', f.write('héllo\nworld\r\nlast'))
f.flush()
g = b.makefile('rb')
print('binary file', g.mode, repr(g) == '<_io.BufferedReader name=%d>' % b.fileno())
print('binary', g.readline(), g.read(5), g.readline(), g.read(4))
b.sendall('tail\r\nmore\rend 你好'.encode('utf-8'))
b.shutdown(SHUT_WR)
print('text', repr(f.readline()), repr(f.readline()), repr(f.read()), repr(f.read()), repr(f.readline()))
attempt('bad mode', lambda: a.makefile('rx'))
attempt('unbuffered text', lambda: a.makefile('r', 0))
attempt('write bytes', lambda: a.makefile('w').write(b'x'))
attempt('write read-only', lambda: b.makefile('r').write('x'))
attempt('read write-only', lambda: b.makefile('w').read())
h = a.makefile('wb')
attempt('write str', lambda: h.write('x'))
h.close()
attempt('write closed', lambda: h.write(b'x'))
print('closed', h.closed, a.fileno() > 0)
a.close()
b.close()

c, d = socket.socketpair()
d.sendall(b'l1\nl2\r\nl3')
d.close()
print('lines', list(c.makefile()))
c.close()
c, d = socket.socketpair()
d.sendall('第一行\n第二行\n'.encode('gbk'))
d.close()
lines = c.makefile('r', encoding='gbk', newline='').readlines()
print('gbk', lines)
c.close()
