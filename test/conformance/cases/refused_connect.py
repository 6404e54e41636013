# Connecting to a port nobody listens on: ConnectionRefusedError 111; connect_ex returns 111.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


# A bound (not listening) socket reserves a port that is guaranteed to refuse connections.
dead = socket.socket()
dead.bind(('127.0.0.1', 0))
addr = dead.getsockname()

c = socket.socket()
c.settimeout(5)
attempt('connect', lambda: c.connect(addr))
c.close()

c2 = socket.socket()
c2.settimeout(5)
attempt('connect_ex', lambda: c2.connect_ex(addr))
print('SO_ERROR after connect_ex', c2.getsockopt(SOL_SOCKET, SO_ERROR))
c2.close()

try:
    c3 = socket.socket()
    c3.connect(addr)
except ConnectionRefusedError as e:
    print('caught', type(e).__name__, e.errno, e.strerror, isinstance(e, ConnectionError), isinstance(e, OSError))
finally:
    c3.close()
dead.close()
