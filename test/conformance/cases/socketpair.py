# socketpair(): two connected AF_UNIX stream sockets; data flows both ways; closing one end gives b''.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


pair = socket.socketpair()
print('pair of', len(pair))
a, b = pair
print('family', a.family == AF_UNIX, int(a.family), 'type', int(a.type), a.proto)
print(repr(a))
print('names', repr(a.getsockname()), repr(a.getpeername()))
a.settimeout(2)
b.settimeout(2)
print('send', a.send(b'ping'))
print('b got', b.recv(10))
b.sendall(b'pong')
print('a got', a.recv(10))
b.close()
print('a sees eof', a.recv(10))
a.close()

d1, d2 = socket.socketpair(AF_UNIX, SOCK_DGRAM)
print('dgram type', d1.getsockopt(SOL_SOCKET, SO_TYPE), int(d2.type))
d1.send(b'one')
d1.send(b'two')
d2.settimeout(2)
print('datagrams', d2.recv(10), d2.recv(10))
d1.close()
d2.close()
