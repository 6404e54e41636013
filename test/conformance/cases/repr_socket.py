# repr() and str() of sockets through their life: new, bound, listening, connected, accepted, UDP, closed.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = socket.socket()
print(repr(s))
print(str(s))
print(s)
s.bind(('127.0.0.1', 0))
print(repr(s))
s.listen()
print(repr(s))
c = socket.socket()
print(repr(c))
c.settimeout(2)
c.connect(s.getsockname())
print(repr(c))
conn, addr = s.accept()
print(repr(conn))
pair = (conn, addr)
print('accept tuple', repr(pair))
print('list', [s.type == SOCK_STREAM, None, True, 'text', b'x', 1.5, -3])
u = socket.socket(AF_INET, SOCK_DGRAM)
print(repr(u))
u.bind(('127.0.0.1', 0))
print(repr(u))
u.connect(s.getsockname())
print(repr(u))
for x in (conn, c, s, u):
    x.close()
    print(repr(x))
