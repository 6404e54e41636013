# IPv6 on ::1: TCP and UDP, 4-tuple addresses (host, port, flowinfo, scope_id).
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


server = socket.socket(AF_INET6, SOCK_STREAM)
print('family', server.family == AF_INET6, int(server.family))
server.bind(('::1', 0))
server.listen()
server.settimeout(2)
name = server.getsockname()
print('server', name, len(name))
print(repr(server))

client = socket.socket(AF_INET6)
client.settimeout(2)
client.connect(('::1', name[1]))
conn, addr = server.accept()
print('accepted from', addr)
client.sendall(b'hello over ipv6')
print('conn got', conn.recv(100))
for s in (client, conn, server):
    s.close()

u1 = socket.socket(AF_INET6, SOCK_DGRAM)
u2 = socket.socket(AF_INET6, SOCK_DGRAM)
u1.bind(('::1', 0))
u2.bind(('::1', 0))
u2.settimeout(2)
u1.sendto(b'dgram6', u2.getsockname())
print('udp got', u2.recvfrom(100))
# A 2-tuple is accepted for AF_INET6 too.
u1.sendto(b'pair', ('::1', u2.getsockname()[1]))
print('udp got', u2.recv(100))
u1.close()
u2.close()

# An IPv4 socket cannot use an IPv6 address and vice versa.
attempt('v4 bind ::1', lambda: socket.socket(AF_INET).bind(('::1', 0)))
attempt('v6 bind 127.0.0.1', lambda: socket.socket(AF_INET6).bind(('127.0.0.1', 0)))
attempt('v6 connect dead', lambda: socket.socket(AF_INET6).connect(('::1', 1)))
