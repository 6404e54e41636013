# Seed 002: TCP is a byte stream (three sends can arrive as one recv: 粘包), UDP keeps each
# datagram, and recvfrom with a small buffer truncates (Linux: no error, the rest is lost).
# TCP and UDP can bind the same port number.
import socket
import time
listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.bind(('127.0.0.1', 0))
listener.listen(1)
port = listener.getsockname()[1]
client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
client.connect(('127.0.0.1', port))
conn, addr = listener.accept()
for word in [b'hello', b'world', b'again']:
    client.send(word)
time.sleep(0.2)
print('TCP one recv:', conn.recv(1024))
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind(('127.0.0.1', port))
print('UDP on the same port number:', udp.getsockname()[1] == port)
sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for word in [b'hello', b'world']:
    sender.sendto(word, ('127.0.0.1', port))
print('UDP recv 1:', udp.recvfrom(1024)[0])
print('UDP recv 2:', udp.recvfrom(1024)[0])
sender.sendto(b'hello', ('127.0.0.1', port))
print('UDP recvfrom(1):', udp.recvfrom(1)[0])
udp.settimeout(0.2)
try:
    udp.recvfrom(1024)
except socket.timeout:
    print('the rest of the datagram is gone')
for s in (conn, client, listener, udp, sender):
    s.close()
