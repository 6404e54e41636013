# sendto() before bind() auto-binds the UDP socket to ('0.0.0.0', <ephemeral>); the receiver sees that port.
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
print('before', sender.getsockname())
attempt('sendto', lambda: sender.sendto(b'ping', receiver.getsockname()))
name = sender.getsockname()
print('after', name)
data, addr = receiver.recvfrom(100)
print('received', data, addr)
print('source port is the auto-bound port', addr[1] == name[1])
# A second sendto keeps the same port.
sender.sendto(b'again', receiver.getsockname())
data, addr = receiver.recvfrom(100)
print('received', data, 'same port', addr[1] == name[1])
# The receiver can reply to the auto-bound address.
receiver.sendto(b'pong', addr)
sender.settimeout(2)
print('reply', sender.recvfrom(100))
sender.close()
receiver.close()
