# A request handler with its own __init__: CPython's BaseRequestHandler.__init__ runs setup(),
# handle() and finish(), so what the subclass does after super().__init__() comes after the
# request was handled; StreamRequestHandler's setup()/finish() overridden with super() calls.
import socket
import socketserver

events = []

class Counting(socketserver.StreamRequestHandler):
    def __init__(self, request, client_address, server):
        events.append('init')
        super().__init__(request, client_address, server)
        events.append('after super().__init__')
    def setup(self):
        super().setup()
        events.append('setup')
    def handle(self):
        line = self.rfile.readline()
        events.append('handle ' + line.decode().strip())
        self.wfile.write(b'ok ' + line)
    def finish(self):
        events.append('finish')
        super().finish()

with socketserver.TCPServer(('127.0.0.1', 0), Counting) as server:
    c = socket.create_connection(server.server_address, timeout=5)
    c.sendall(b'ping\n')
    server.handle_request()
    print(c.recv(100))
    c.close()
print(events)
