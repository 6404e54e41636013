# Binding a port that is in use: OSError 98. Binding an already bound socket: OSError 22.
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
addr = server.getsockname()

other = socket.socket()
attempt('bind in use', lambda: other.bind(addr))
# The failed bind left `other` unbound, so it can still bind elsewhere.
attempt('bind other port', lambda: other.bind(('127.0.0.1', 0)))
print('other bound', other.getsockname()[1] > 0, other.getsockname()[1] != addr[1])
attempt('bind twice', lambda: other.bind(('127.0.0.1', 0)))
attempt('bind listening again', lambda: server.bind(addr))

udp1 = socket.socket(AF_INET, SOCK_DGRAM)
udp1.bind(('127.0.0.1', 0))
udp2 = socket.socket(AF_INET, SOCK_DGRAM)
attempt('udp bind in use', lambda: udp2.bind(udp1.getsockname()))
attempt('udp bind twice', lambda: udp1.bind(('127.0.0.1', 0)))

for s in (server, other, udp1, udp2):
    s.close()
