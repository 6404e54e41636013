# TIME_WAIT: after the server side closes first, re-binding its port fails with errno 98 unless SO_REUSEADDR was set on both the old and the new socket.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

import time


def round_trip(reuse_old, reuse_new):
    server = socket.socket()
    if reuse_old:
        server.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
    server.bind(('127.0.0.1', 0))
    server.listen()
    addr = server.getsockname()
    client = socket.create_connection(addr, 2)
    conn, _ = server.accept()
    conn.sendall(b'bye')
    conn.close()  # active close on the server side: its port goes to TIME_WAIT
    print('client got', client.recv(10), client.recv(10))
    client.close()
    server.close()
    time.sleep(0.1)
    again = socket.socket()
    if reuse_new:
        again.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
    attempt('old=%d new=%d rebind' % (reuse_old, reuse_new), lambda: again.bind(addr))
    if reuse_old and reuse_new:
        attempt('listen', lambda: again.listen())
    again.close()


for reuse_old, reuse_new in ((0, 0), (1, 0), (0, 1), (1, 1)):
    round_trip(reuse_old, reuse_new)
