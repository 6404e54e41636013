# The exception classes: names, aliases, hierarchy (PEP 3151), errno/strerror attributes.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print('socket.error is OSError', socket.error is OSError)
print('socket.timeout is TimeoutError', socket.timeout is TimeoutError)
for cls in (ConnectionRefusedError, ConnectionResetError, ConnectionAbortedError, BrokenPipeError):
    print(cls.__name__, 'is ConnectionError', issubclass(cls, ConnectionError), 'is OSError', issubclass(cls, OSError))
for cls in (BlockingIOError, TimeoutError, FileNotFoundError, PermissionError, InterruptedError, socket.gaierror, socket.herror):
    print(cls.__name__, 'is OSError', issubclass(cls, OSError), 'is ConnectionError', issubclass(cls, ConnectionError))

try:
    s = socket.socket()
    s.close()
    s.getsockname()
except OSError as e:
    print('caught', type(e).__name__, e.errno, e.strerror, isinstance(e, socket.error))

try:
    socket.socket().getpeername()
except OSError as e:
    print('caught', type(e).__name__, e.errno, e.strerror, str(e))
