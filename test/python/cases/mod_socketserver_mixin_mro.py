# socketserver's mixins in a class's bases, either order: __mro__, __bases__ and mro() as CPython
# prints them (the mixin first: its process_request wins; after the server: it comes after
# BaseServer, just before object), ForkingMixIn alone in a forking server's MRO, and a request
# served by the mixin-first class.
import socket
import socketserver


class S(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True


class R(socketserver.TCPServer, socketserver.ThreadingMixIn):
    pass


class F(socketserver.ForkingMixIn, socketserver.UDPServer):
    pass


class Sub(R):
    pass


for cls in (S, R, F, Sub, socketserver.ThreadingTCPServer, socketserver.ForkingUDPServer):
    print(cls.__name__, cls.__mro__)
print(S.__bases__, R.__bases__, Sub.__bases__)
print(socketserver.ThreadingMixIn, socketserver.ThreadingMixIn.__mro__, socketserver.ForkingMixIn.__bases__)
print(S.mro() == list(S.__mro__), R.mro() == list(R.__mro__))
print(issubclass(S, socketserver.ThreadingMixIn), issubclass(R, socketserver.ThreadingMixIn), issubclass(F, socketserver.ThreadingMixIn))


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(self.request.recv(100).upper())


with S(("127.0.0.1", 0), Echo) as server:
    print(isinstance(server, socketserver.ThreadingMixIn), isinstance(server, socketserver.TCPServer), server.daemon_threads)
    c = socket.create_connection(server.server_address, timeout=5)
    c.sendall(b"mixin")
    server.handle_request()
    print(c.recv(100))
    c.close()
