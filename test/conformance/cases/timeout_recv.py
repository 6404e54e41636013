# A timeout that expires raises TimeoutError('timed out') (socket.timeout is the same class).
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
server.settimeout(0.2)
start = time.monotonic()
attempt('accept', lambda: server.accept())
print('waited at least the timeout', time.monotonic() - start >= 0.15)

client = socket.socket()
client.settimeout(0.3)
client.connect(server.getsockname())
print('gettimeout', client.gettimeout())
conn, _ = server.accept()
attempt('recv', lambda: client.recv(10))
attempt('recvfrom', lambda: client.recvfrom(10))
try:
    client.recv(10)
except socket.timeout as e:
    print('caught as socket.timeout', type(e).__name__, repr(str(e)), e.errno, isinstance(e, OSError))
# Data that arrives after a timeout is still delivered.
conn.sendall(b'late')
print('recv after timeout', client.recv(10))

udp = socket.socket(AF_INET, SOCK_DGRAM)
udp.bind(('127.0.0.1', 0))
udp.settimeout(0.2)
attempt('udp recvfrom', lambda: udp.recvfrom(10))

for s in (server, client, conn, udp):
    s.close()
