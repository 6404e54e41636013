# listen(1): two handshakes complete from the backlog, the third client's connect times out until accept().
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen(1)
addr = server.getsockname()

clients = []
for i in range(3):
    c = socket.socket()
    c.settimeout(0.5)
    clients.append(c)
    attempt('client %d connect' % i, lambda: c.connect(addr))
# Abort the client whose SYN was dropped so its retransmission cannot take the freed slot.
clients.pop().close()

server.settimeout(2)
conn1, _ = server.accept()
print('accepted one')
late = socket.socket()
late.settimeout(2)
attempt('client after accept connect', lambda: late.connect(addr))
conn2, _ = server.accept()
conn3, _ = server.accept()
print('accepted two more')
server.settimeout(0.2)
attempt('accept on empty queue', lambda: server.accept())

# The queued connections are real: data sent before accept() is waiting.
clients[0].sendall(b'first')
print('conn1 got', conn1.recv(10))

for s in clients + [late, conn1, conn2, conn3, server]:
    s.close()
