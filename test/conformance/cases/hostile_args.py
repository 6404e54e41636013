# Hostile arguments (issue 8): huge sizes, NaN/inf timeouts, NUL in hosts, setsockopt(None, n), arity.
from socket import *
import socket
import math
import time


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = socket.socket()
attempt('recv(2**40)', lambda: s.recv(2**40))
attempt('recvfrom(2**63)', lambda: s.recvfrom(2**63))
attempt('recv(0)', lambda: s.recv(0))
attempt('recv_into(empty)', lambda: s.recv_into(bytearray(0)))
attempt('bytes(2**40)', lambda: bytes(2**40))
attempt('setsockopt None -1', lambda: s.setsockopt(SOL_SOCKET, SO_REUSEADDR, None, -1))
attempt('setsockopt None 4', lambda: s.setsockopt(SOL_SOCKET, SO_REUSEADDR, None, 4))
attempt('setsockopt 2**31', lambda: s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 2**31))
attempt('setsockopt 1.5', lambda: s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1.5))
attempt('setsockopt 4 args', lambda: s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1, 4))
attempt('getsockopt buflen 0', lambda: s.getsockopt(SOL_SOCKET, SO_TYPE, 0))
attempt('getsockopt()', lambda: s.getsockopt(SOL_SOCKET))
attempt('settimeout(inf)', lambda: s.settimeout(math.inf))
attempt('settimeout(nan)', lambda: s.settimeout(math.nan))
attempt('setdefaulttimeout(1e300)', lambda: socket.setdefaulttimeout(1e300))
attempt('sleep(inf)', lambda: time.sleep(math.inf))
attempt('sleep(nan)', lambda: time.sleep(math.nan))
attempt('bind NUL host', lambda: s.bind(('127.0.0.1\0x', 0)))
attempt('gethostbyname NUL', lambda: socket.gethostbyname('a\0b'))
attempt('inet_aton NUL', lambda: socket.inet_aton('1.2.3.4\0'))
attempt('close(1)', lambda: s.close(1))
attempt('fileno(1)', lambda: s.fileno(1))
attempt('fromfd(-1)', lambda: socket.fromfd(-1, AF_INET, SOCK_STREAM))
f = socket.fromfd(s.fileno(), AF_INET, SOCK_STREAM)
print('fromfd dup', f.fileno() != s.fileno())
f.close()
attempt('original after fromfd close', lambda: s.getsockname())
s.close()
u = socket.socket(AF_INET, SOCK_DGRAM)
u.settimeout(0.05)
attempt('udp accept with timeout', lambda: u.accept())
try:
    u.shutdown(SHUT_RDWR)
except OSError as e:
    print('udp shutdown', e)
u.settimeout(None)
attempt('udp recvfrom after shutdown', lambda: u.recvfrom(1024))
u.close()
x = socket.socket(AF_UNIX, SOCK_STREAM)
attempt('unix bind empty', lambda: x.bind(''))
name = x.getsockname()
print('autobind', len(name), name[:1])
y = socket.socket(AF_UNIX, SOCK_STREAM)
attempt('unix connect empty', lambda: y.connect(''))
x.close()
y.close()
