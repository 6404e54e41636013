# UDP lifecycle: create, bind, sendto/recvfrom both ways, connect, send/recv, close.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = socket.socket(AF_INET, SOCK_DGRAM)
b = socket.socket(AF_INET, SOCK_DGRAM)
print('type', a.type == SOCK_DGRAM, a.family == AF_INET, a.proto)
a.bind(('127.0.0.1', 0))
b.bind(('127.0.0.1', 0))
a.settimeout(2)
b.settimeout(2)
print('a bound', a.getsockname())

print('sendto returns', a.sendto(b'hello b', b.getsockname()))
data, addr = b.recvfrom(1024)
print('b got', data, 'from', addr, addr[1] == a.getsockname()[1])
print('tuple form:', (data, addr))
b.sendto(b'hello a', addr)
print('a got', a.recvfrom(1024))

# Two datagrams stay two messages.
a.sendto(b'one', b.getsockname())
a.sendto(b'two', b.getsockname())
print('b got', b.recv(1024), b.recv(1024))

# connect() on UDP only fixes the default destination and filters incoming datagrams.
attempt('connect', lambda: b.connect(a.getsockname()))
print('b peer', b.getpeername())
attempt('send', lambda: b.send(b'via send'))
print('a got', a.recv(1024))
stranger = socket.socket(AF_INET, SOCK_DGRAM)
stranger.sendto(b'from a stranger', b.getsockname())
a.sendto(b'from a', b.getsockname())
print('b got (stranger filtered)', b.recv(1024))
attempt('sendto while connected', lambda: b.sendto(b'explicit', a.getsockname()))
print('a got', a.recv(1024))

for s in (a, b, stranger):
    s.close()
print('closed', a.fileno(), b.fileno())
