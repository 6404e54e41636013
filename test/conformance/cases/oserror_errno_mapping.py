# OSError(errno, strerror) constructs the PEP 3151 subclass for that errno, as CPython does; str(), args, repr.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for n in (111, 104, 103, 32, 11, 115, 110, 2, 13, 4, 98, 9):
    e = OSError(n, 'message %d' % n)
    print(n, type(e).__name__, e.errno, e.strerror, str(e))
plain = OSError('plain')
print('plain', type(plain).__name__, repr(plain.errno), str(plain))
e = OSError(111, 'Connection refused')
print('args', e.args, repr(e))
