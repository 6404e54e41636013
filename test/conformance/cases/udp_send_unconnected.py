# send() on an unconnected UDP socket: OSError 89, and the kernel auto-binds the socket anyway.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


u = socket.socket(AF_INET, SOCK_DGRAM)
print('before', u.getsockname())
attempt('send', lambda: u.send(b'hello'))
attempt('sendall', lambda: u.sendall(b'hello'))
print('after', u.getsockname())
print('auto-bound port > 0', u.getsockname()[1] > 0)
attempt('getpeername', lambda: u.getpeername())
u.settimeout(0.2)
attempt('recv', lambda: u.recv(10))
u.close()
