# Non-blocking sockets: connect_ex with EINPROGRESS, BlockingIOError on recv, select for writability.
import socket
import select
import errno

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
c = socket.socket()
c.setblocking(False)
r = c.connect_ex(srv.getsockname())
print(r in (0, errno.EINPROGRESS), errno.errorcode.get(errno.EINPROGRESS))
_, w, _ = select.select([], [c], [], 2)
print(w == [c], c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
conn, _ = srv.accept()
try:
    c.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno, e.strerror)
print(c.gettimeout(), c.getblocking())
conn.sendall(b"ready")
r, _, _ = select.select([c], [], [], 2)
print(c.recv(10))
c.settimeout(1.5)
print(c.gettimeout(), c.getblocking())
conn.close()
print(c.recv(10))
c.close()
bad = socket.socket()
bad.setblocking(False)
port = srv.getsockname()[1]
srv.close()
err = bad.connect_ex(("127.0.0.1", port))
select.select([], [bad], [], 2)
print(errno.errorcode[bad.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)] if err == errno.EINPROGRESS else errno.errorcode[err])
bad.close()
