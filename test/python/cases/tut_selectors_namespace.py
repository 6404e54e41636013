# The selectors HOWTO's multi-connection echo server as tutorials copy it: types.SimpleNamespace as
# each connection's data (addr, inb, outb), EVENT_READ | EVENT_WRITE, get_map/get_key/unregister.
# Changed: the client is a thread, the loop is bounded.
import selectors
import socket
import threading
import types

sel = selectors.DefaultSelector()

def accept_wrapper(sock):
    conn, addr = sock.accept()
    print('accepted connection from', addr[0])
    conn.setblocking(False)
    data = types.SimpleNamespace(addr=addr, inb=b'', outb=b'')
    events = selectors.EVENT_READ | selectors.EVENT_WRITE
    sel.register(conn, events, data=data)

def service_connection(key, mask):
    sock = key.fileobj
    data = key.data
    if mask & selectors.EVENT_READ:
        recv_data = sock.recv(1024)
        if recv_data:
            data.outb += recv_data
        else:
            print('closing connection to', data.addr[0])
            sel.unregister(sock)
            sock.close()
            return False
    if mask & selectors.EVENT_WRITE:
        if data.outb:
            print('echoing', repr(data.outb))
            sent = sock.send(data.outb)
            data.outb = data.outb[sent:]
    return True

lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
lsock.bind(('127.0.0.1', 0))
lsock.listen()
port = lsock.getsockname()[1]
lsock.setblocking(False)
sel.register(lsock, selectors.EVENT_READ, data=None)
print(selectors.EVENT_READ, selectors.EVENT_WRITE, type(sel).__name__)

def client():
    with socket.socket() as s:
        s.settimeout(10)
        s.connect(("127.0.0.1", port))
        for m in [b'Message 1 from client.', b'Message 2 from client.']:
            s.sendall(m)
            print('client received', s.recv(1024))

t = threading.Thread(target=client)
t.start()
closed = False
n = 0
while not closed and n < 200000:
    n += 1
    events = sel.select(timeout=1)
    for key, mask in events:
        if key.data is None:
            accept_wrapper(key.fileobj)
        else:
            if not service_connection(key, mask):
                closed = True
t.join()
print(len(sel.get_map()))
key = sel.get_key(lsock)
print(key.fd == lsock.fileno(), key.events, key.data)
sel.unregister(lsock)
sel.close()
lsock.close()
