# A builtin, exception or socket base before a Python mixin: CPython's MRO (the builtin's
# attributes first, the mixin after its bases), and socketserver.TCPServer before ThreadingMixIn
# serving in the thread that handles the request (BaseServer.process_request wins, as in CPython).
import socketserver, threading, socket

class Describe:
    def describe(self):
        return f'{type(self).__name__}: {self}'
    def __str__(self):
        return 'mixin str'

class AppError(Exception, Describe):
    pass

class Sub(AppError):
    pass

e = AppError('disk full')
print(e.describe(), str(e), repr(e), e.args)
print([c.__name__ for c in AppError.__mro__], [c.__name__ for c in Sub.__mro__])
print(isinstance(e, Describe), isinstance(e, Exception), issubclass(Sub, Describe))
try:
    raise Sub('x', 1)
except AppError as caught:
    print('caught', caught.describe(), caught.args)

class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(str(threading.current_thread() is serving).encode())

class Server(socketserver.TCPServer, socketserver.ThreadingMixIn):
    allow_reuse_address = True

print([c.__name__ for c in Server.__mro__][:3])
with Server(('127.0.0.1', 0), Handler) as srv:
    port = srv.server_address[1]
    serving = threading.Thread(target=srv.handle_request)
    serving.start()
    with socket.create_connection(('127.0.0.1', port)) as c:
        print(c.recv(100))
    serving.join()


class Tagged:
    tag = 'sock'
    def kind(self):
        return f'{self.tag} {self.type!r}'


class TaggedSocket(socket.socket, Tagged):
    pass


with TaggedSocket(socket.AF_INET, socket.SOCK_DGRAM) as s:
    s.bind(('127.0.0.1', 0))
    print(s.kind(), isinstance(s, Tagged), [c.__name__ for c in TaggedSocket.__mro__])
