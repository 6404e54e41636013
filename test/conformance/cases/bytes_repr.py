# bytes: repr with escapes and quotes, decode, encode, gbk round trip, bytes through a socket.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(b'hello')
print(repr(b'hello'))
print(b"it's")
print(b'say "hi"')
print(b'both \' and "')
print(b'\\ backslash')
print(b'\x00\x01\t\n\r\x7f\x80\xff')
print(bytes([104, 105]), bytes([]))
print(str(b'abc'))
print('len', len(b'hello'))

hello = '你好'
u8 = hello.encode('utf-8')
gbk = hello.encode('gbk')
print('utf-8', u8, len(u8))
print('gbk', gbk, len(gbk))
print('gb2312', hello.encode('gb2312'), 'gb18030', hello.encode('gb18030'))
print('big5', '你好'.encode('big5'))
print('decode utf-8', u8.decode('utf-8'), u8.decode())
print('decode gbk', gbk.decode('gbk'))
print('latin-1', 'café'.encode('latin-1'), b'caf\xe9'.decode('latin-1'))
print('ascii', 'abc'.encode('ascii'), 'abc'.encode())
attempt('decode gbk as utf-8', lambda: gbk.decode('utf-8'))
attempt('encode ascii', lambda: hello.encode('ascii'))
print('equal', b'abc' == 'abc'.encode(), u8 == gbk)

a, b = socket.socketpair()
a.settimeout(2)
b.settimeout(2)
a.sendall('你好，服务器'.encode('gbk'))
data = b.recv(100)
print('received', data, len(data))
print('decoded', data.decode('gbk'))
b.sendall('收到'.encode('utf-8'))
reply = a.recv(100)
print('reply', reply, reply.decode('utf-8'))
# A utf-8 character split across two recv calls.
a.sendall('é'.encode('utf-8'))
print('one byte at a time', b.recv(1), b.recv(1))
a.close()
b.close()
