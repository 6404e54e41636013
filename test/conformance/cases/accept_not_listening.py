# accept() on a TCP socket that is not listening: OSError 22.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


fresh = socket.socket()
fresh.settimeout(2)
attempt('accept fresh', lambda: fresh.accept())

bound = socket.socket()
bound.settimeout(2)
bound.bind(('127.0.0.1', 0))
attempt('accept bound', lambda: bound.accept())

for s in (fresh, bound):
    s.close()
