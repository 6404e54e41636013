# as_completed over a thread pool whose tasks are echo clients of a loopback server: each
# client connects, sends its message and returns the reply; the main thread collects the
# replies as they complete (printed sorted) and maps futures back to their inputs.
import socket
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(('127.0.0.1', 0))
server.listen(8)
port = server.getsockname()[1]
CLIENTS = 6

def handle(conn):
    with conn:
        data = conn.recv(1024)
        conn.sendall(data.upper())

def serve():
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix='srv') as handlers:
        for _ in range(CLIENTS):
            conn, _addr = server.accept()
            handlers.submit(handle, conn)
    server.close()

t = threading.Thread(target=serve)
t.start()

def client(n):
    with socket.create_connection(('127.0.0.1', port), timeout=5) as s:
        s.sendall(b'hello %d' % n)
        return s.recv(1024)

with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(client, n): n for n in range(CLIENTS)}
    replies = []
    for fut in as_completed(futures, timeout=10):
        replies.append((futures[fut], fut.result()))
t.join(10)
for n, reply in sorted(replies):
    print(n, reply)
print(len(replies), all(f.done() for f in futures))
