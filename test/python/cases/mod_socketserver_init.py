# socketserver.TCPServer subclassed with its own __init__ (super().__init__(address, handler),
# then the subclass's attributes, read by the handler as self.server.log); serve_forever(0.05)
# positional; a bad address; bind_and_activate=False then server_bind() and server_activate().
import socket
import socketserver
import threading

class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(1024)
        self.server.log.append(data)
        self.request.sendall(data[::-1])

class LoggingServer(socketserver.TCPServer):
    allow_reuse_address = True
    def __init__(self, address, handler, tag):
        super().__init__(address, handler)
        self.log = []
        self.tag = tag

server = LoggingServer(('127.0.0.1', 0), Handler, 'main')
print(server.tag, server.server_address[0])
t = threading.Thread(target=server.serve_forever, args=(0.05,))
t.start()
with socket.create_connection(server.server_address) as c:
    c.sendall(b'abc')
    print(c.recv(10))
server.shutdown()
t.join()
server.server_close()
print(server.log)
try:
    socketserver.TCPServer(('127.0.0.1', 'x'), Handler)
except TypeError as e:
    print('TypeError', e)
s = socketserver.TCPServer(('127.0.0.1', 0), Handler, bind_and_activate=False)
print(s.socket.getsockname())
s.server_bind()
s.server_activate()
print(s.server_address != ('0.0.0.0', 0))
s.server_close()
