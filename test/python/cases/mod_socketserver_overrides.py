# A socketserver.TCPServer subclass overriding server_bind (calling super().server_bind()),
# verify_request and handle_error (issue 9): the constructor waits for the Python server_bind
# before server_activate listens, and a handler's exception goes to the override.
import socket, socketserver, threading

class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        if data == b'boom':
            raise ValueError('boom')
        self.request.sendall(data.upper())

class Server(socketserver.TCPServer):
    allow_reuse_address = True
    def server_bind(self):
        print('server_bind called')
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        super().server_bind()
    def handle_error(self, request, client_address):
        print('handle_error', type(request).__name__, client_address[0])
    def verify_request(self, request, client_address):
        print('verify_request', client_address[0])
        return True

srv = Server(('127.0.0.1', 0), Handler)
port = srv.server_address[1]
t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
for msg in (b'hi', b'boom'):
    c = socket.create_connection(('127.0.0.1', port), timeout=5)
    c.sendall(msg)
    print(c.recv(100))
    c.close()
srv.shutdown()
t.join(5)
srv.server_close()
print('done')
