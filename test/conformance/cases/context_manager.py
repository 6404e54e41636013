# Context manager: 'with socket.socket() as s' closes the socket on exit, also when the block raises.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


with socket.socket() as s:
    s.bind(('127.0.0.1', 0))
    print('inside', s.fileno() >= 0)
print('after with', s.fileno(), repr(s))

try:
    with socket.socket(AF_INET, SOCK_DGRAM) as u:
        u.settimeout(0.1)
        u.bind(('127.0.0.1', 0))
        u.recv(10)
except TimeoutError as e:
    print('raised', type(e).__name__, e)
print('closed anyway', u.fileno())

with socket.socket() as server:
    server.bind(('127.0.0.1', 0))
    server.listen()
    with socket.create_connection(server.getsockname(), 2) as client:
        conn, _ = server.accept()
        with conn:
            client.sendall(b'inside nested with')
            print('got', conn.recv(100))
    print('client closed', client.fileno(), 'conn closed', conn.fileno(), 'server open', server.fileno() >= 0)
print('server closed', server.fileno())
