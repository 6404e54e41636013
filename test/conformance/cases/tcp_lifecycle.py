# TCP lifecycle: socket, bind, listen, connect, accept, send/recv both ways, addresses, shutdown, close.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


server = socket.socket(AF_INET, SOCK_STREAM)
print('server', server.family == AF_INET, server.type == SOCK_STREAM, server.proto)
server.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
attempt('bind', lambda: server.bind(('127.0.0.1', 0)))
attempt('listen', lambda: server.listen(5))
server.settimeout(2)

client = socket.socket()
client.settimeout(2)
attempt('connect', lambda: client.connect(server.getsockname()))
pair = server.accept()
conn, addr = pair
print('accept returned a', type(pair).__name__, 'of', len(pair))
print('client addr', addr)
print('addr is client laddr', addr == client.getsockname())
print('conn laddr is server laddr', conn.getsockname() == server.getsockname())
print('conn peer', conn.getpeername())
print('client peer is server', client.getpeername() == server.getsockname())
print('conn timeout', conn.gettimeout())

print('send returns', client.send(b'hello server'))
print('conn got', conn.recv(1024))
print('sendall returns', repr(conn.sendall(b'hello client')))
print('client got', client.recv(1024))
print('recv(3)', conn.send(b'abcdef'), client.recv(3), client.recv(3))

attempt('client shutdown', lambda: client.shutdown(SHUT_RDWR))
print('conn sees eof', conn.recv(1024))
conn.close()
client.close()
server.close()
print('all closed', conn.fileno(), client.fileno(), server.fileno())
