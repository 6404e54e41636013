# A selectors-based echo server (DefaultSelector, register with callbacks as data).
import selectors
import socket
import threading

sel = selectors.DefaultSelector()
served = []

def accept(sock, mask):
    conn, addr = sock.accept()
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, read)

def read(conn, mask):
    data = conn.recv(1000)
    if data:
        served.append(data)
        conn.send(data[::-1])
    else:
        sel.unregister(conn)
        conn.close()

sock = socket.socket()
sock.bind(('127.0.0.1', 0))
sock.listen(100)
sock.setblocking(False)
key = sel.register(sock, selectors.EVENT_READ, accept)
print(type(sel).__name__ in ("EpollSelector", "PollSelector", "SelectSelector"))
print(key.events == selectors.EVENT_READ, key.data is accept, key.fileobj is sock)
addr = sock.getsockname()

results = []
def client(i):
    with socket.create_connection(addr, timeout=5) as c:
        c.sendall(b"abc%d" % i)
        results.append(c.recv(100))

threads = [threading.Thread(target=client, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for _ in range(200):
    events = sel.select(timeout=0.05)
    for key, mask in events:
        callback = key.data
        callback(key.fileobj, mask)
    if len(served) == 4 and all(not t.is_alive() for t in threads) and len(sel.get_map()) == 1:
        break
for t in threads:
    t.join()
print(sorted(results))
print(len(sel.get_map()))
sel.unregister(sock)
sel.close()
sock.close()
try:
    sel.get_key(sock)
except (KeyError, RuntimeError) as e:
    print(type(e).__name__)
