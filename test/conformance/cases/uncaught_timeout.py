# An uncaught timeout ends the script with exit code 1 and "TimeoutError: timed out" on stderr.
from socket import *
import socket

udp = socket.socket(AF_INET, SOCK_DGRAM)
udp.bind(('127.0.0.1', 0))
udp.settimeout(0.2)
print('waiting for a datagram that never comes')
data = udp.recvfrom(1024)
print('not reached')
