# Multiple inheritance (issue 9): a mixin before socketserver.BaseRequestHandler, a cooperative
# mixin before TCPServer (super().__init__(*args) and an overridden finish_request), ThreadingMixIn,
# and a mixin before socket.socket whose sendall() reaches the socket's through super().
import socket
import socketserver
import threading

class LoggingMixin:
    log = []
    def note(self, what):
        cls = type(self)
        cls.log.append(f'{cls.__name__}: {what}')

class EchoHandler(LoggingMixin, socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(1024)
        self.note(f'got {data!r}')
        self.request.sendall(data.upper())

class CountingMixin:
    def __init__(self, *args, **kwargs):
        self.served = 0
        super().__init__(*args, **kwargs)
    def finish_request(self, request, client_address):
        self.served += 1
        super().finish_request(request, client_address)

class Server(CountingMixin, socketserver.TCPServer):
    allow_reuse_address = True

class ThreadedServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True

print([k.__name__ for k in EchoHandler.__mro__])
print([k.__name__ for k in Server.__mro__])
print([k.__name__ for k in EchoHandler.__bases__], [k.__name__ for k in Server.__bases__])

for cls in (Server, ThreadedServer):
    with cls(('127.0.0.1', 0), EchoHandler) as srv:
        t = threading.Thread(target=srv.serve_forever)
        t.start()
        for word in (b'hi', b'there'):
            with socket.create_connection(srv.server_address, timeout=5) as c:
                c.sendall(word)
                print(cls.__name__, c.recv(1024))
        srv.shutdown()
        t.join(5)
        print(getattr(srv, 'served', None), isinstance(srv, socketserver.TCPServer), isinstance(srv, CountingMixin))
print(LoggingMixin.log)

class TracingMixin:
    def sendall(self, data, *args):
        print('sendall', len(data))
        return super().sendall(data, *args)

class TracedSocket(TracingMixin, socket.socket):
    pass

print([k.__name__ for k in TracedSocket.__mro__])
a, b = socket.socketpair()
s = TracedSocket(socket.AF_INET, socket.SOCK_STREAM)
s.close()
listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen()
with TracedSocket(socket.AF_INET, socket.SOCK_STREAM) as c:
    c.connect(listener.getsockname())
    conn, _ = listener.accept()
    c.sendall(b'abc')
    print(conn.recv(10), isinstance(c, socket.socket), isinstance(c, TracingMixin))
    conn.close()
listener.close()
a.close()
b.close()
