# Non-blocking mode: nothing ready raises BlockingIOError 11; a non-blocking connect raises 115.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Python prints float timeouts as 2.0, JavaScript numbers as 2: compare the value, not the type.
def secs(v):
    return 'None' if v is None else '%g' % v

import time

server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen()
server.setblocking(False)
attempt('accept', lambda: server.accept())

client = socket.socket()
client.setblocking(False)
attempt('connect', lambda: client.connect(server.getsockname()))
client2 = socket.socket()
client2.setblocking(False)
attempt('connect_ex', lambda: client2.connect_ex(server.getsockname()))
time.sleep(0.2)
print('SO_ERROR', client.getsockopt(SOL_SOCKET, SO_ERROR))
print('peer', client.getpeername()[0])

conn, _ = server.accept()
print('accepted socket timeout', secs(conn.gettimeout()), conn.getblocking())
conn2, _ = server.accept()
attempt('accept again', lambda: server.accept())
attempt('recv', lambda: client.recv(10))
attempt('recvfrom', lambda: client.recvfrom(10))
attempt('recv_into', lambda: client.recv_into(bytearray(4)))
conn.sendall(b'ready')
time.sleep(0.2)
attempt('recv when ready', lambda: client.recv(10))
attempt('recv drained', lambda: client.recv(10))
try:
    client.recv(10)
except BlockingIOError as e:
    print('BlockingIOError errno', e.errno, e.strerror, isinstance(e, OSError))

udp = socket.socket(AF_INET, SOCK_DGRAM)
udp.bind(('127.0.0.1', 0))
udp.settimeout(0)
print('settimeout(0) blocking', udp.getblocking(), secs(udp.gettimeout()))
attempt('udp recvfrom', lambda: udp.recvfrom(10))

for s in (server, client, client2, conn, conn2, udp):
    s.close()
