# Name resolution errors: socket.gaierror [Errno -2]; binding an address this host does not own: OSError 99.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


bad = 'no-such-host.invalid'
attempt('gethostbyname', lambda: socket.gethostbyname(bad))
attempt('getaddrinfo', lambda: socket.getaddrinfo(bad, 80))
attempt('connect', lambda: socket.socket().connect((bad, 80)))
attempt('create_connection', lambda: socket.create_connection((bad, 80), 2))
attempt('bind', lambda: socket.socket().bind((bad, 0)))
attempt('sendto', lambda: socket.socket(AF_INET, SOCK_DGRAM).sendto(b'x', (bad, 80)))
try:
    socket.gethostbyname(bad)
except socket.gaierror as e:
    print('gaierror', e.errno, e.strerror, isinstance(e, OSError), socket.gaierror is socket.error)

attempt('bind non-local IP', lambda: socket.socket().bind(('10.255.255.1', 0)))
attempt('bind non-local IP udp', lambda: socket.socket(AF_INET, SOCK_DGRAM).bind(('192.0.2.1', 9999)))
attempt('bind ipv6 non-local', lambda: socket.socket(AF_INET6).bind(('2001:db8::1', 0)))
