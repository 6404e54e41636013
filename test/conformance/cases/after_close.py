# Every call on a closed socket raises OSError 9 (EBADF); close() again is fine; fileno() is -1.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = socket.socket()
s.bind(('127.0.0.1', 0))
print('fileno before close >= 0', s.fileno() >= 0)
attempt('close', lambda: s.close())
attempt('close again', lambda: s.close())
attempt('fileno', lambda: s.fileno())
print(repr(s))
# These only read Python-side state and do not raise.
attempt('gettimeout', lambda: s.gettimeout())
attempt('getblocking', lambda: s.getblocking())
attempt('family', lambda: s.family == AF_INET)
attempt('type', lambda: s.type == SOCK_STREAM)
# These reach the kernel with fd -1.
attempt('bind', lambda: s.bind(('127.0.0.1', 0)))
attempt('listen', lambda: s.listen())
attempt('accept', lambda: s.accept())
attempt('connect', lambda: s.connect(('127.0.0.1', 9)))
attempt('connect_ex', lambda: s.connect_ex(('127.0.0.1', 9)))
attempt('send', lambda: s.send(b'x'))
attempt('sendall', lambda: s.sendall(b'x'))
attempt('sendto', lambda: s.sendto(b'x', ('127.0.0.1', 9)))
attempt('recv', lambda: s.recv(10))
attempt('recvfrom', lambda: s.recvfrom(10))
attempt('recv_into', lambda: s.recv_into(bytearray(4)))
attempt('getsockname', lambda: s.getsockname())
attempt('getpeername', lambda: s.getpeername())
attempt('setsockopt', lambda: s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1))
attempt('getsockopt', lambda: s.getsockopt(SOL_SOCKET, SO_TYPE))
attempt('shutdown', lambda: s.shutdown(SHUT_RDWR))
attempt('settimeout', lambda: s.settimeout(1))
attempt('setblocking', lambda: s.setblocking(False))
attempt('detach', lambda: s.detach())
attempt('close at the end', lambda: s.close())

u = socket.socket(AF_INET, SOCK_DGRAM)
u.close()
attempt('udp sendto', lambda: u.sendto(b'x', ('127.0.0.1', 9)))
attempt('udp recvfrom', lambda: u.recvfrom(10))
print(repr(u))
