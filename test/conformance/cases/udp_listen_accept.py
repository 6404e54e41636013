# listen()/accept() on a UDP socket: OSError 95.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


u = socket.socket(AF_INET, SOCK_DGRAM)
attempt('listen unbound', lambda: u.listen())
u.bind(('127.0.0.1', 0))
attempt('listen bound', lambda: u.listen(5))
# Default (blocking) mode: Linux answers EOPNOTSUPP at once, nothing is waited for.
attempt('accept', lambda: u.accept())
attempt('getsockopt SO_ACCEPTCONN', lambda: u.getsockopt(SOL_SOCKET, SO_ACCEPTCONN))
u.close()
