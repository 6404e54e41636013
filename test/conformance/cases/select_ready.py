# select.select on real sockets: writable at once, readable after a send, a backlog connection, a closed peer, timeouts and errors.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

import select

server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen()


def names(ready):
    return [[label[s] for s in group] for group in ready]


print('listener idle', select.select([server], [], [], 0))
client = socket.socket()
client.connect(server.getsockname())
print('listener readable', select.select([server], [], [], 2)[0] == [server])
conn, _ = server.accept()
label = {server: 'server', client: 'client', conn: 'conn'}
print('writable', names(select.select([client, conn], [client, conn], [], 0)))
client.sendall(b'ping')
print('readable', names(select.select([client, conn], [], [], 2)))
print('by fd', select.select([conn.fileno()], [], [], 0)[0] == [conn.fileno()])
print('data', conn.recv(10))
print('timeout', select.select([conn], [], [], 0.05))
print('empty', select.select([], [], [], 0.01))
client.close()
print('peer closed', names(select.select([conn], [], [], 2)), conn.recv(10))
attempt('negative', lambda: select.select([conn], [], [], -1))
attempt('timeout str', lambda: select.select([conn], [], [], 'x'))
attempt('not a list', lambda: select.select(1, [], []))
attempt('no fileno', lambda: select.select(['x'], [], [], 0))
attempt('negative fd', lambda: select.select([-1], [], [], 0))
attempt('closed socket', lambda: select.select([client], [], [], 0))
attempt('too few', lambda: select.select([conn], []))
conn.close()
server.close()
