# 8 MiB through sendall(): the receiver counts every byte and checks the content.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

import threading

SIZE = 8 * 1024 * 1024
payload = bytes(range(256)) * (SIZE // 256)

server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen()
server.settimeout(10)
client = socket.create_connection(server.getsockname(), 10)
conn, _ = server.accept()
conn.settimeout(10)

received = {}


def receiver():
    total = 0
    chunks = []
    recvs = 0
    while True:
        data = conn.recv(65536)
        if not data:
            break
        recvs += 1
        total += len(data)
        chunks.append(data)
    received['total'] = total
    received['equal'] = b''.join(chunks) == payload
    received['many recvs'] = recvs > 1


t = threading.Thread(target=receiver)
t.start()
print('sendall returns', repr(client.sendall(payload)))
client.shutdown(SHUT_WR)
t.join(15)
print('received', received['total'], 'bytes')
print('content equal', received['equal'])
print('needed more than one recv', received['many recvs'])
for s in (client, conn, server):
    s.close()
