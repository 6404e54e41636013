# The poll and epoll servers of Linux socket tutorials (select.poll with POLLIN|POLLPRI|POLLHUP|
# POLLERR, the epoll HOWTO's level-triggered HTTP server with EPOLLIN/EPOLLOUT and modify), then
# poll's and epoll's errors, EPOLLONESHOT, POLLNVAL for a closed fd; and a few byte helpers.
import socket, select, threading, binascii, os
srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen(5); srv.setblocking(False)
port = srv.getsockname()[1]
poller = select.poll()
READ_ONLY = select.POLLIN | select.POLLPRI | select.POLLHUP | select.POLLERR
poller.register(srv, READ_ONLY)
fd_to_socket = {srv.fileno(): srv}
def client():
    c = socket.create_connection(('127.0.0.1', port))
    c.sendall(b'ping')
    print('client got', c.recv(10))
    c.close()
t = threading.Thread(target=client); t.start()
done = False
for _ in range(50):
    if done:
        break
    for fd, flag in poller.poll(1000):
        s = fd_to_socket[fd]
        if flag & (select.POLLIN | select.POLLPRI):
            if s is srv:
                conn, addr = s.accept()
                conn.setblocking(False)
                fd_to_socket[conn.fileno()] = conn
                poller.register(conn, READ_ONLY)
            else:
                data = s.recv(1024)
                if data:
                    s.send(data.upper())
                else:
                    poller.unregister(s)
                    del fd_to_socket[fd]
                    s.close()
                    done = True
t.join(); srv.close()
print(select.POLLIN, select.POLLOUT, select.POLLHUP, select.POLLERR)
print(b'\x01\xab'.hex(), bytes.fromhex('01ab'), binascii.hexlify(b'hi'), int.from_bytes(b'\x00\x10', 'big'), (16).to_bytes(2, 'little'))
print('中文'.encode('gbk', errors='ignore'), 'a€'.encode('ascii', errors='replace'), b'\xff'.decode('utf-8', 'replace'))
print(os.path.splitext('a/b.tar.gz'), os.path.join('/srv', 'files', 'x.txt'), os.path.basename('/x/y.py'))
s = socket.socket()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF) > 0, hasattr(socket, 'SO_REUSEPORT'), socket.SOMAXCONN)
s.close()
import socket, select, threading
serversocket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
serversocket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
serversocket.bind(('127.0.0.1', 0))
serversocket.listen(5)
serversocket.setblocking(0)
port = serversocket.getsockname()[1]
epoll = select.epoll()
epoll.register(serversocket.fileno(), select.EPOLLIN)
connections = {}; requests = {}; responses = {}
got = []
def client(name):
    c = socket.create_connection(('127.0.0.1', port))
    c.sendall(('GET /%s HTTP/1.0\r\n\r\n' % name).encode())
    data = b''
    while True:
        chunk = c.recv(1024)
        if not chunk:
            break
        data += chunk
    got.append((name, data))
    c.close()
threads = [threading.Thread(target=client, args=(n,)) for n in ('a', 'b')]
for t in threads: t.start()
finished = 0
try:
    rounds = 0
    while finished < 2 and rounds < 500:
        rounds += 1
        events = epoll.poll(1)
        for fileno, event in events:
            if fileno == serversocket.fileno():
                connection, address = serversocket.accept()
                connection.setblocking(0)
                epoll.register(connection.fileno(), select.EPOLLIN)
                connections[connection.fileno()] = connection
                requests[connection.fileno()] = b''
                responses[connection.fileno()] = b'HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok'
            elif event & select.EPOLLIN:
                requests[fileno] += connections[fileno].recv(1024)
                if b'\r\n\r\n' in requests[fileno]:
                    epoll.modify(fileno, select.EPOLLOUT)
            elif event & select.EPOLLOUT:
                written = connections[fileno].send(responses[fileno])
                responses[fileno] = responses[fileno][written:]
                if len(responses[fileno]) == 0:
                    epoll.modify(fileno, 0)
                    connections[fileno].shutdown(socket.SHUT_RDWR)
                    epoll.unregister(fileno)
                    connections[fileno].close()
                    del connections[fileno]
                    finished += 1
finally:
    epoll.unregister(serversocket.fileno())
    epoll.close()
    serversocket.close()
for t in threads: t.join()
print(sorted(got))
print(finished, len(connections))
print(epoll.closed)
p = select.poll()
a, b = socket.socketpair()
names = {a.fileno(): 'a', b.fileno(): 'b'}
show = lambda evs: sorted((names.get(fd, fd), ev) for fd, ev in evs)
p.register(a)
p.register(b.fileno(), select.POLLIN)
print(show(p.poll(0)))
b.send(b'x')
print(show(sorted(p.poll(100))))
p.modify(a, select.POLLIN)
print(show(p.poll(10)))
for bad in [lambda: p.unregister(99), lambda: p.modify(99, 1), lambda: p.register('x'), lambda: p.register(-1)]:
    try:
        bad()
    except (KeyError, OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
e = select.epoll()
e.register(a.fileno(), select.EPOLLIN | select.EPOLLET)
for bad in [lambda: e.register(a.fileno()), lambda: e.unregister(b.fileno()), lambda: e.modify(b, 1), lambda: e.poll(0, 0)]:
    try:
        bad()
    except (KeyError, OSError, TypeError, ValueError) as x:
        print(type(x).__name__, x)
print(show(e.poll(0.01)))
with select.epoll() as e2:
    e2.register(b, select.EPOLLIN | select.EPOLLONESHOT)
    a.send(b'y')
    print(show(e2.poll(1)), show(e2.poll(0.01)))
    e2.modify(b, select.EPOLLIN)
    print(show(e2.poll(1)))
print(e2.closed)
try:
    e2.poll()
except ValueError as x:
    print(x)
a.close()
print(p.poll(10) == [(a.fileno(), select.POLLNVAL)] if False else [ev for fd, ev in p.poll(10)])
b.close(); e.close()
print(select.EPOLLET, select.EPOLLONESHOT, select.POLLNVAL, select.EPOLLRDHUP)
