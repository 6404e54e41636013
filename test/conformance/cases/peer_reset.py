# Peer closed with unread data: the kernel sends RST; recv raises ConnectionResetError 104, then returns b''.
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

client.sendall(b'never read')
time.sleep(0.2)
conn.close()  # unread data in conn's receive queue: close() resets the connection
time.sleep(0.2)
attempt('recv', lambda: client.recv(10))
attempt('recv again', lambda: client.recv(10))
attempt('send', lambda: client.send(b'x'))
attempt('getpeername', lambda: client.getpeername())
try:
    raise_me = socket.create_connection(server.getsockname(), 2)
    c2, _ = server.accept()
    raise_me.sendall(b'unread')
    time.sleep(0.2)
    c2.close()
    time.sleep(0.2)
    raise_me.recv(10)
except ConnectionResetError as e:
    print('caught', type(e).__name__, e.errno, isinstance(e, ConnectionError))
raise_me.close()
client.close()
server.close()
