# connect() on a connected socket, or on a listening one: OSError 106.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen()
addr = server.getsockname()

# Default (blocking) mode: the first connect completes the handshake, the second one fails.
client = socket.socket()
attempt('connect', lambda: client.connect(addr))
attempt('connect twice', lambda: client.connect(addr))
attempt('connect_ex twice', lambda: client.connect_ex(addr))
conn, _ = server.accept()
attempt('connect accepted socket', lambda: conn.connect(addr))
attempt('connect listening socket', lambda: server.connect(addr))
attempt('connect_ex listening socket', lambda: server.connect_ex(addr))

# Timeout mode: CPython connects non-blocking and waits, so the socket is still
# "connecting" for the kernel and the second connect() returns 0 (Linux
# __inet_stream_connect); only the third one sees EISCONN.
timed = socket.socket()
timed.settimeout(2)
attempt('timeout connect', lambda: timed.connect(addr))
attempt('timeout connect twice', lambda: timed.connect(addr))
attempt('timeout connect three times', lambda: timed.connect(addr))
conn2, _ = server.accept()

for s in (server, client, conn, timed, conn2):
    s.close()
