# Module socket: constants, aliases (socket.error, socket.timeout), helpers (htons, inet_aton,
# inet_ntoa, getaddrinfo on loopback), create_connection/create_server, socketpair, getsockopt.
import socket
print(socket.AF_INET, socket.AF_INET6, socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOL_SOCKET, socket.SO_REUSEADDR)
print(socket.error is OSError, socket.timeout is TimeoutError, socket.herror.__name__, socket.gaierror.__mro__[1].__name__)
print(socket.htons(80), socket.ntohs(20480), socket.htonl(1), socket.inet_aton('127.0.0.1'), socket.inet_ntoa(b'\x7f\x00\x00\x01'))
print(socket.gethostbyname('127.0.0.1'), socket.gethostbyname('localhost'))
info = socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)
print(info)
server = socket.create_server(('127.0.0.1', 0))
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, server.type, server.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
client = socket.create_connection(server.getsockname(), timeout=5)
print(client.gettimeout(), client.getpeername() == server.getsockname())
conn, addr = server.accept()
print(addr == client.getsockname(), conn.gettimeout())
a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type, a.send(b'pair'), b.recv(10))
for s in (server, client, conn, a, b):
    s.close()
try:
    socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(('127.0.0.1', 0))
except OSError as e:
    print(type(e).__name__, e.errno)
