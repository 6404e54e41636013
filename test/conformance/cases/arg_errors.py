# Argument errors carry CPython's exception class and message.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = socket.socket()
attempt('bind(int)', lambda: s.bind(8080))
attempt('bind(str)', lambda: s.bind('127.0.0.1'))
attempt('bind port 65536', lambda: s.bind(('127.0.0.1', 65536)))
attempt('bind port 70000', lambda: s.bind(('127.0.0.1', 70000)))
attempt('bind port -1', lambda: s.bind(('127.0.0.1', -1)))
attempt('bind 1-tuple', lambda: s.bind(('127.0.0.1',)))
attempt('bind 3-tuple', lambda: s.bind(('127.0.0.1', 0, 0)))
attempt('bind str port', lambda: s.bind(('127.0.0.1', '8080')))
attempt('bind int host', lambda: s.bind((127, 0)))
attempt('connect(int)', lambda: s.connect(8080))
attempt('connect port 65536', lambda: s.connect(('127.0.0.1', 65536)))
attempt('connect_ex(str)', lambda: s.connect_ex('127.0.0.1:80'))
attempt('send(str)', lambda: s.send('hello'))
attempt('sendall(str)', lambda: s.sendall('hello'))
attempt('send(int)', lambda: s.send(5))
attempt('recv(-1)', lambda: s.recv(-1))
attempt('recvfrom(-1)', lambda: s.recvfrom(-1))
attempt('settimeout(-1)', lambda: s.settimeout(-1))
print('still usable', s.fileno() >= 0, s.getsockname())
s.close()

u = socket.socket(AF_INET, SOCK_DGRAM)
attempt('sendto(str)', lambda: u.sendto('hello', ('127.0.0.1', 9)))
attempt('sendto port 65536', lambda: u.sendto(b'hello', ('127.0.0.1', 65536)))
attempt('sendto(int addr)', lambda: u.sendto(b'hello', 9))
u.close()

attempt('socket(999)', lambda: socket.socket(999))
attempt('socket(AF_INET, 999)', lambda: socket.socket(AF_INET, 999))
attempt('AF_INET6 bind(str)', lambda: socket.socket(AF_INET6).bind('::1'))
attempt('htons(70000)', lambda: socket.htons(70000))
attempt('htons(-1)', lambda: socket.htons(-1))
