# create_server() and create_connection(): the convenience functions, their timeouts and their errors.
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


server = socket.create_server(('127.0.0.1', 0))
print(repr(server))
print('reuseaddr', server.getsockopt(SOL_SOCKET, SO_REUSEADDR))
print('server timeout', secs(server.gettimeout()))
server.settimeout(2)
addr = server.getsockname()

client = socket.create_connection(addr)
print('no timeout', secs(client.gettimeout()))
conn, _ = server.accept()
client.sendall(b'via create_connection')
print('server got', conn.recv(100))
client.close()
conn.close()

client = socket.create_connection(('127.0.0.1', addr[1]), 2)
print('timeout 2', secs(client.gettimeout()))
print('peer is server', client.getpeername() == addr)
conn, _ = server.accept()
client.close()
conn.close()

client = socket.create_connection(('localhost', addr[1]), timeout=1.5)
print('localhost works', client.getpeername()[0], secs(client.gettimeout()))
conn, _ = server.accept()
client.close()
conn.close()
server.close()

attempt('create_connection refused', lambda: socket.create_connection(addr, 2))

backlogged = socket.create_server(('127.0.0.1', 0), backlog=1)
print('backlog server', backlogged.getsockname()[0])
backlogged.close()

s6 = socket.create_server(('::1', 0), family=AF_INET6)
print(repr(s6))
c6 = socket.create_connection(('::1', s6.getsockname()[1]), 2)
print('v6 peer', c6.getpeername()[0])
c6.close()
s6.close()

taken = socket.create_server(('127.0.0.1', 0))
attempt('create_server in use', lambda: socket.create_server(taken.getsockname()))
taken.close()

u = socket.create_server(('127.0.0.1', 0), reuse_port=True)
print('reuse_port', u.getsockopt(SOL_SOCKET, SO_REUSEPORT))
u.close()
