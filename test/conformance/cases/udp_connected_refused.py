# A connected UDP socket sending to a dead port: the ICMP error makes the next recv raise ConnectionRefusedError.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

import time

dead = socket.socket(AF_INET, SOCK_DGRAM)
dead.bind(('127.0.0.1', 0))
dead_addr = dead.getsockname()
dead.close()

u = socket.socket(AF_INET, SOCK_DGRAM)
u.settimeout(1)
attempt('connect', lambda: u.connect(dead_addr))
print('peer port matches', u.getpeername()[1] == dead_addr[1])
attempt('send', lambda: u.send(b'anyone?'))
attempt('recv', lambda: u.recv(100))
attempt('recv again', lambda: u.recv(100))
attempt('send again', lambda: u.send(b'anyone?'))
time.sleep(0.2)
attempt('send after the error arrived', lambda: u.send(b'anyone?'))
print('SO_ERROR', u.getsockopt(SOL_SOCKET, SO_ERROR))
u.close()

# An unconnected UDP socket never hears about the ICMP error.
v = socket.socket(AF_INET, SOCK_DGRAM)
v.settimeout(0.3)
v.sendto(b'anyone?', dead_addr)
attempt('unconnected recvfrom', lambda: v.recvfrom(100))
v.close()
