# Sticky packets (粘包): TCP is a byte stream, so three sends can arrive as one recv; UDP keeps each datagram.
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
server.settimeout(2)
client = socket.create_connection(server.getsockname(), 2)
conn, _ = server.accept()
conn.settimeout(2)
for msg in (b'msg1', b'msg2', b'msg3'):
    client.send(msg)
time.sleep(0.2)
print('tcp one recv', conn.recv(1024))

# The usual fix: length-prefixed messages (4-byte big-endian length, then the body).
for msg in ('你好'.encode('utf-8'), b'world', b''):
    client.sendall(len(msg).to_bytes(4, 'big') + msg)
client.shutdown(SHUT_WR)


def recv_exactly(sock, n):
    buf = b''
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            return buf
        buf += chunk
    return buf


while True:
    header = recv_exactly(conn, 4)
    if len(header) < 4:
        print('framed stream ended', header)
        break
    body = recv_exactly(conn, int.from_bytes(header, 'big'))
    print('framed message', body, len(body))

u1 = socket.socket(AF_INET, SOCK_DGRAM)
u2 = socket.socket(AF_INET, SOCK_DGRAM)
u2.bind(('127.0.0.1', 0))
u2.settimeout(2)
for msg in (b'msg1', b'msg2', b'msg3'):
    u1.sendto(msg, u2.getsockname())
time.sleep(0.2)
print('udp recvs', u2.recv(1024), u2.recv(1024), u2.recv(1024))
for s in (server, client, conn, u1, u2):
    s.close()
