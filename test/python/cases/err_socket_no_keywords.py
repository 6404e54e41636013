# The socket API's C functions take no keyword arguments (s.recv(bufsize=1024) is CPython's TypeError
# "recv() takes no keyword arguments"), on a socket, a subclass's instance and the module's functions;
# the Python-level ones still take theirs (create_connection(timeout=), socket(type=), recv_into(nbytes=)).
import socket

class Sock(socket.socket):
    pass

srv = socket.create_server(("127.0.0.1", 0))
for s in (socket.socket(), Sock()):
    for name, kw in [("recv", {"bufsize": 10}), ("send", {"data": b"x"}), ("sendall", {"data": b"x"}),
                     ("bind", {"address": ("127.0.0.1", 0)}), ("connect", {"address": srv.getsockname()}),
                     ("listen", {"backlog": 1}), ("settimeout", {"value": 1}), ("setblocking", {"flag": True}),
                     ("getsockopt", {"level": 1, "optname": 2}), ("setsockopt", {"level": 1, "optname": 2, "value": 1}),
                     ("shutdown", {"how": 2}), ("sendto", {"data": b"x", "address": ("127.0.0.1", 9)}),
                     ("recvfrom", {"bufsize": 1}), ("fileno", {"x": 1}), ("gettimeout", {"x": 1})]:
        try:
            getattr(s, name)(**kw)
        except TypeError as e:
            print(type(s).__name__, name, e)
    s.close()
for f in (socket.gethostname, socket.gethostbyname, socket.htons, socket.ntohl, socket.inet_aton,
          socket.getdefaulttimeout, socket.setdefaulttimeout, socket.inet_pton):
    try:
        f(value=1)
    except TypeError as e:
        print(e)
c = socket.create_connection(address=srv.getsockname(), timeout=2)
conn, _ = srv.accept()
conn.sendall(b"hello")
buf = bytearray(8)
print(c.recv_into(buf, nbytes=3), buf)
print(c.gettimeout())
s = socket.socket(family=socket.AF_INET, type=socket.SOCK_DGRAM)
print(s.type, socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM)[0][:3])
s.close(); c.close(); conn.close(); srv.close()
