# A threaded chat room server (a thread per client, a lock around the client list, broadcast).
import socket
import threading
import time

clients = []
lock = threading.Lock()
transcript = []

def broadcast(msg, sender):
    with lock:
        for c in clients:
            if c is not sender:
                try:
                    c.sendall(msg)
                except OSError:
                    pass

def handle(conn, addr):
    name = conn.recv(1024).decode()
    with lock:
        clients.append(conn)
    broadcast(f"[{name} joined]\n".encode(), conn)
    while True:
        try:
            data = conn.recv(1024)
        except ConnectionResetError:
            break
        if not data or data == b"/quit":
            break
        transcript.append((name, data.decode()))
        broadcast(f"{name}> {data.decode()}\n".encode(), conn)
    with lock:
        clients.remove(conn)
    conn.close()

server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(5)
server.settimeout(3)

def accept_loop(n):
    threads = []
    for _ in range(n):
        conn, addr = server.accept()
        th = threading.Thread(target=handle, args=(conn, addr), daemon=True)
        th.start()
        threads.append(th)
    for th in threads:
        th.join(5)

acceptor = threading.Thread(target=accept_loop, args=(2,))
acceptor.start()

def wait_for(cond):
    for _ in range(200):
        if cond():
            return True
        time.sleep(0.01)
    return False

a = socket.create_connection(server.getsockname())
a.sendall(b"ann")
wait_for(lambda: len(clients) == 1)
b = socket.create_connection(server.getsockname())
b.sendall(b"ben")
wait_for(lambda: len(clients) == 2)
a.settimeout(3); b.settimeout(3)
print(a.recv(1024))
a.sendall(b"hi ben")
print(b.recv(1024))
b.sendall(b"hi ann")
print(a.recv(1024))
b.sendall(b"/quit")
wait_for(lambda: len(clients) == 1)
print(len(clients), b.recv(1024))
a.close(); b.close()
acceptor.join(5)
print(transcript, threading.active_count())
server.close()
