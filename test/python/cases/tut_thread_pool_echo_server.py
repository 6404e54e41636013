# The tutorials' thread-pool server: accept() in the main thread, each connection handed to a
# ThreadPoolExecutor with pool.submit(handle, conn); the clients run in the pool too and their
# futures are collected with as_completed (results sorted: completion order is the scheduler's).
import socket
from concurrent.futures import ThreadPoolExecutor, as_completed

def handle(conn, addr):
    with conn:
        data = conn.recv(1024)
        conn.sendall(b'echo: ' + data.upper())
    return addr[0]

def client(port, n):
    with socket.create_connection(('127.0.0.1', port)) as s:
        s.sendall(('hello %d' % n).encode())
        return s.recv(1024).decode()

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(('127.0.0.1', 0))
server.listen(5)
port = server.getsockname()[1]

with ThreadPoolExecutor(max_workers=8) as pool:
    clients = [pool.submit(client, port, n) for n in range(4)]
    handlers = []
    for _ in range(4):
        conn, addr = server.accept()
        handlers.append(pool.submit(handle, conn, addr))
    for reply in sorted(f.result() for f in as_completed(clients)):
        print(reply)
    print([h.result() for h in handlers])
server.close()
print('pool done:', all(f.done() for f in clients + handlers))
