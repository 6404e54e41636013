# shutdown(SHUT_WR): the peer reads b'' (half-close) and can still answer; SHUT_RD and SHUT_RDWR too.
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
server.settimeout(2)
client = socket.create_connection(server.getsockname(), 2)
conn, _ = server.accept()

client.sendall(b'request')
attempt('shutdown(SHUT_WR)', lambda: client.shutdown(SHUT_WR))
print('server got', conn.recv(100))
print('server sees eof', conn.recv(100))
attempt('client send after SHUT_WR', lambda: client.send(b'more'))
conn.sendall(b'response')
print('client still reads', client.recv(100))
conn.close()
print('client eof', client.recv(100))
attempt('shutdown again', lambda: client.shutdown(SHUT_WR))
client.close()

client = socket.create_connection(server.getsockname(), 2)
conn, _ = server.accept()
attempt('shutdown(SHUT_RD)', lambda: client.shutdown(SHUT_RD))
print('recv after SHUT_RD', client.recv(100))
attempt('send after SHUT_RD', lambda: client.send(b'still sending'))
print('server got', conn.recv(100))
attempt('shutdown(SHUT_RDWR)', lambda: conn.shutdown(SHUT_RDWR))
attempt('recv after SHUT_RDWR', lambda: conn.recv(100))
attempt('send after SHUT_RDWR', lambda: conn.send(b'x'))
attempt('bad how', lambda: conn.shutdown(3))
print('constants', SHUT_RD, SHUT_WR, SHUT_RDWR)
for s in (client, conn, server):
    s.close()
