# detach() hands the fd over: the socket object reports fd -1 and [closed], and the fd itself stays open.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

import os

s = socket.socket()
s.bind(('127.0.0.1', 0))
before = s.fileno()
fd = s.detach()
print('detach returned the fd', fd == before, fd >= 0)
print('fileno', s.fileno())
print(repr(s))
attempt('getsockname after detach', lambda: s.getsockname())
attempt('close after detach', lambda: s.close())
# The fd is still a live socket: closing it through the OS works exactly once.
attempt('os close', lambda: os.close(fd))
attempt('os close again', lambda: os.close(fd))
