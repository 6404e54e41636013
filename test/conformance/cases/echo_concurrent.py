# The tutorial's concurrent echo server: one handler per client (threads here, async functions in JS)
# serving 3 clients at once. The clients talk in reverse connection order, which a server that
# handles one client at a time could not survive.
from socket import *
import socket
import threading

server = socket.socket()
server.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
server.bind(('127.0.0.1', 0))
server.listen(5)
server.settimeout(5)
addr = server.getsockname()

served = []
lock = threading.Lock()


def handle(conn, client_addr):
    conn.settimeout(5)
    count = 0
    while True:
        data = conn.recv(1024)
        if not data:
            break
        count += 1
        conn.sendall(b'echo: ' + data)
    conn.close()
    with lock:
        served.append(count)


def accept_three():
    handlers = []
    for _ in range(3):
        conn, client_addr = server.accept()
        t = threading.Thread(target=handle, args=(conn, client_addr))
        t.start()
        handlers.append(t)
    for t in handlers:
        t.join(10)


acceptor = threading.Thread(target=accept_three)
acceptor.start()

clients = []
for i in range(3):
    c = socket.create_connection(addr, 5)
    clients.append(c)

for rnd in range(2):
    for i in reversed(range(3)):
        msg = 'client %d round %d' % (i, rnd)
        clients[i].sendall(msg.encode('utf-8'))
        print(clients[i].recv(1024).decode('utf-8'))

for c in clients:
    c.close()
acceptor.join(10)
print('handlers finished', len(served), 'messages each', sorted(served))
server.close()
