# Module selectors: the selectors documentation's echo server (DefaultSelector, callbacks as the
# key's data, non-blocking accept/recv), serving two clients that run in threads; the loop is
# bounded by the clients closing instead of `while True`. Then a writer registered for
# EVENT_READ | EVENT_WRITE, modified to EVENT_READ, as the socket HOWTO's multi-connection server does.
import selectors
import socket
import threading

sel = selectors.DefaultSelector()
closed = []

def accept(sock, mask):
    conn, addr = sock.accept()  # Should be ready
    print('accepted', conn, 'from', addr)
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, read)

def read(conn, mask):
    data = conn.recv(1000)  # Should be ready
    if data:
        print('echoing', repr(data), 'to', conn.getpeername()[0])
        conn.send(data)  # Hope it won't block
    else:
        print('closing', conn)
        sel.unregister(conn)
        conn.close()
        closed.append(conn)

sock = socket.socket()
sock.bind(('127.0.0.1', 0))
sock.listen(100)
sock.setblocking(False)
sel.register(sock, selectors.EVENT_READ, accept)
port = sock.getsockname()[1]
go = threading.Event()

def client(name, first):
    if not first:
        go.wait(5)
    c = socket.create_connection(('127.0.0.1', port))
    for i in range(2):
        c.sendall(('%s %d' % (name, i)).encode())
        print(name, 'got', c.recv(1000))
    c.close()
    go.set()

threads = [threading.Thread(target=client, args=(n, n == 'alice')) for n in ('alice', 'bob')]
for t in threads:
    t.start()
while len(closed) < 2:
    events = sel.select(timeout=5)
    if not events:
        print('timed out')
        break
    for key, mask in events:
        callback = key.data
        callback(key.fileobj, mask)
for t in threads:
    t.join()
print('registered now:', [key.fileobj is sock for key in sel.get_map().values()])

# A connection with data to send: readable and writable, then only readable once sent.
a, b = socket.socketpair()
key = sel.register(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data=b'pending')
ready = sel.select(timeout=1)
print([(k.fileobj is a, mask == selectors.EVENT_WRITE) for k, mask in ready])
a.send(key.data)
key = sel.modify(a, selectors.EVENT_READ, data=b'')
print(sel.select(timeout=0), b.recv(100))
b.send(b'reply')
for k, mask in sel.select(timeout=1):
    print(k.data, mask, k.fileobj.recv(100), k.events)
print(sel.get_key(a).events, sel.unregister(a) is key)
sel.unregister(sock)
sel.close()
print(sel.get_map())
for s in (a, b, sock):
    s.close()
