# select.epoll is a kernel epoll set: EPOLLET reports an edge once (until new data or a drained
# buffer makes another), EPOLLONESHOT disables the fd until modify(); fileno(), errors, close().
import select, socket, errno
a, b = socket.socketpair()
a.setblocking(False); b.setblocking(False)
ep = select.epoll()
print(type(ep.fileno()).__name__, ep.fileno() > 2, ep.closed)
ep.register(b.fileno(), select.EPOLLIN | select.EPOLLET)
print("empty", ep.poll(0))
a.send(b"hello")
print("edge", ep.poll(1) == [(b.fileno(), select.EPOLLIN)])
print("again (no new edge)", ep.poll(0.05))
print(b.recv(2))
print("still no edge", ep.poll(0))
a.send(b"!")
print("new edge", ep.poll(1) == [(b.fileno(), select.EPOLLIN)])
print(b.recv(100))
# level-triggered for comparison
ep.modify(b.fileno(), select.EPOLLIN)
a.send(b"x")
print("level", ep.poll(1) == [(b.fileno(), select.EPOLLIN)], ep.poll(0) == [(b.fileno(), select.EPOLLIN)])
b.recv(10)
# one-shot
ep.modify(b.fileno(), select.EPOLLIN | select.EPOLLONESHOT)
a.send(b"y")
print("oneshot", ep.poll(1) == [(b.fileno(), select.EPOLLIN)], ep.poll(0))
ep.modify(b.fileno(), select.EPOLLIN | select.EPOLLONESHOT)
print("rearmed", ep.poll(1) == [(b.fileno(), select.EPOLLIN)])
b.recv(10)
# errors
try:
    ep.register(b.fileno(), select.EPOLLIN)
except OSError as e:
    print("register twice", e.errno == errno.EEXIST, e)
ep.unregister(b)
try:
    ep.unregister(b)
except OSError as e:
    print("unregister twice", e.errno == errno.ENOENT, e)
try:
    ep.modify(b.fileno(), select.EPOLLIN)
except OSError as e:
    print("modify unknown", e)
# edge-triggered writable: reported once
ep.register(a, select.EPOLLOUT | select.EPOLLET)
print("out edge", ep.poll(1) == [(a.fileno(), select.EPOLLOUT)], ep.poll(0))
# read until EAGAIN, as edge-triggered servers do
ep.register(b, select.EPOLLIN | select.EPOLLET)
a.send(b"abc" * 10)
got = b""
for fd, ev in ep.poll(1):
    while True:
        try:
            chunk = b.recv(7)
        except BlockingIOError:
            break
        got += chunk
print(len(got), ep.poll(0) == [(a.fileno(), select.EPOLLOUT)])
with select.epoll() as ep2:
    ep2.register(a, select.EPOLLOUT)
    print("with", ep2.poll(0, 1) == [(a.fileno(), select.EPOLLOUT)])
print(ep2.closed)
try:
    ep2.poll(0)
except ValueError as e:
    print(e)
try:
    ep.poll(0, 0)
except ValueError as e:
    print(e)
print(ep.poll(0, 5))
ep.close(); ep.close()
print(ep.closed)
try:
    ep.fileno()
except ValueError as e:
    print(e)
a.close(); b.close()
