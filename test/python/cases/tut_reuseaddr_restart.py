# SO_REUSEADDR restarts: bind again to the port a server just closed (TIME_WAIT), with and without it.
import socket
import errno

def run_once(port, reuse):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if reuse:
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(1)
    port = srv.getsockname()[1]
    c = socket.create_connection(("127.0.0.1", port))
    conn, _ = srv.accept()
    conn.sendall(b"bye")
    conn.close()       # the server closes first: its side goes to TIME_WAIT
    print(c.recv(10))
    c.close()
    srv.close()
    return port

port = run_once(0, True)
print("reuse flag:", socket.SO_REUSEADDR, socket.SOL_SOCKET)
try:
    s = socket.socket()
    s.bind(("127.0.0.1", port))
    print("bound without SO_REUSEADDR")
    s.close()
except OSError as e:
    print("without:", e.errno == errno.EADDRINUSE, e.strerror)
    s.close()
run_once(port, True)
print("restarted with SO_REUSEADDR")
s = socket.socket()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
s.close()
# two listeners on one port are refused even with SO_REUSEADDR
a = socket.socket(); a.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
a.bind(("127.0.0.1", 0)); a.listen()
b = socket.socket(); b.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    b.bind(a.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno, errno.errorcode[e.errno])
a.close(); b.close()
