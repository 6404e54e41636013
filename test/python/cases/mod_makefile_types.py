# socket.makefile(): the class CPython returns for each mode (type(f).__name__), and the three ways
# to read lines from a file over a socket: `for line in f`, list(f), f.readlines().
import socket

a, b = socket.socketpair()
for mode, buffering in [('rwb', None), ('rb', None), ('wb', None), ('r', None), ('w', None), ('rw', None), ('rb', 0), ('wb', 0)]:
    f = a.makefile(mode, buffering)
    print(mode, buffering, type(f).__name__)
    f.close()
b.sendall(b'one\ntwo\nthree\n')
b.shutdown(socket.SHUT_WR)
f = a.makefile('r')
for line in f:
    print('for', repr(line))
a.close()
b.close()

a, b = socket.socketpair()
b.sendall(b'x\ny\n')
b.close()
print('list', list(a.makefile('rb')), tuple(a.makefile('rb')))
a.close()

a, b = socket.socketpair()
b.sendall('第一\n第二'.encode('utf-8'))
b.close()
print('readlines', a.makefile(encoding='utf-8').readlines(), sorted(a.makefile()))
a.close()
