# recvfrom(4) of a 10-byte datagram returns the first 4 bytes; the rest of that datagram is gone.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


receiver = socket.socket(AF_INET, SOCK_DGRAM)
receiver.bind(('127.0.0.1', 0))
receiver.settimeout(2)
sender = socket.socket(AF_INET, SOCK_DGRAM)
sender.bind(('127.0.0.1', 0))

for msg in (b'0123456789', b'abcdefghij', b'xy', b''):
    sender.sendto(msg, receiver.getsockname())

data, addr = receiver.recvfrom(4)
print('recvfrom(4)', data, addr[1] == sender.getsockname()[1])
print('recv(4)', receiver.recv(4))
print('recv(100)', receiver.recv(100))
print('empty datagram', receiver.recvfrom(100)[0])
receiver.settimeout(0.2)
attempt('nothing left', lambda: receiver.recv(100))
sender.close()
receiver.close()
