# recv/getpeername on an unconnected TCP socket: OSError 107; send: BrokenPipeError 32.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


fresh = socket.socket()
attempt('fresh recv', lambda: fresh.recv(10))
attempt('fresh getpeername', lambda: fresh.getpeername())
attempt('fresh send', lambda: fresh.send(b'hi'))
attempt('fresh sendall', lambda: fresh.sendall(b'hi'))
attempt('fresh shutdown', lambda: fresh.shutdown(SHUT_RDWR))
attempt('fresh getsockname', lambda: fresh.getsockname())

bound = socket.socket()
bound.bind(('127.0.0.1', 0))
attempt('bound recv', lambda: bound.recv(10))
attempt('bound getpeername', lambda: bound.getpeername())
attempt('bound send', lambda: bound.send(b'hi'))

listening = socket.socket()
listening.bind(('127.0.0.1', 0))
listening.listen()
attempt('listening recv', lambda: listening.recv(10))
attempt('listening getpeername', lambda: listening.getpeername())
attempt('listening send', lambda: listening.send(b'hi'))

for s in (fresh, bound, listening):
    s.close()
