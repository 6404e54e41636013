# Peer closed: recv returns b''; the first send after that succeeds, a later one raises BrokenPipeError.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

import time

server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen()
client = socket.create_connection(server.getsockname(), 2)
conn, _ = server.accept()

conn.sendall(b'bye')
conn.close()
attempt('recv data', lambda: client.recv(10))
attempt('recv eof', lambda: client.recv(10))
attempt('recv eof again', lambda: client.recv(10))
attempt('recvfrom eof', lambda: client.recvfrom(10))
attempt('send 1', lambda: client.send(b'are you there?'))
time.sleep(0.2)  # the peer's kernel answers that segment with RST
attempt('send 2', lambda: client.send(b'hello?'))
attempt('sendall 3', lambda: client.sendall(b'hello?'))
attempt('recv after broken pipe', lambda: client.recv(10))
attempt('getpeername', lambda: client.getpeername())
client.close()
server.close()
