# A tiny RPC over a socket with pickle and a length prefix: the server calls functions by name, errors travel back.
import pickle
import socket
import struct
import threading

def send_obj(sock, obj):
    data = pickle.dumps(obj)
    sock.sendall(struct.pack("!I", len(data)) + data)

def recv_obj(sock):
    header = sock.recv(4, socket.MSG_WAITALL)
    if len(header) < 4:
        return None
    (n,) = struct.unpack("!I", header)
    return pickle.loads(sock.recv(n, socket.MSG_WAITALL))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

FUNCS = {
    "add": lambda a, b: a + b,
    "div": lambda a, b: a / b,
    "move": lambda p, dx: Point(p.x + dx, p.y),
    "stats": lambda xs: {"n": len(xs), "total": sum(xs), "uniq": sorted(set(xs))},
}

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()

def serve():
    conn, _ = srv.accept()
    with conn:
        while True:
            req = recv_obj(conn)
            if req is None:
                break
            name, args = req
            try:
                send_obj(conn, ("ok", FUNCS[name](*args)))
            except Exception as e:
                send_obj(conn, ("error", e))

t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(srv.getsockname())
for call in [("add", (2, 3)), ("add", ("a", "b")), ("div", (1, 0)), ("move", (Point(1, 2), 5)),
             ("stats", ([3, 1, 3, 2],)), ("nope", ()), ("add", (b"x", [1]))]:
    send_obj(c, call)
    status, value = recv_obj(c)
    print(call[0], status, repr(value))
c.close()
t.join()
srv.close()
print(pickle.loads(pickle.dumps((1, 2.5, None, True, "s", b"b", [1], {"k": (1,)}))))
