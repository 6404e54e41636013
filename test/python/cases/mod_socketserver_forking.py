# socketserver.ForkingTCPServer: a process per request in CPython, a task here (a note on
# stderr says so); the handler only replies (a forked child's print would be lost in CPython's
# os._exit). A handler that raises: the server reports it (stderr) and goes on serving.
import socket
import socketserver
import threading

class Upper(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(1024)
        if data == b'boom':
            raise ValueError('bad request')
        self.request.sendall(data.upper())

server = socketserver.ForkingTCPServer(('127.0.0.1', 0), Upper)
print(type(server).__name__, issubclass(socketserver.ForkingTCPServer, socketserver.ForkingMixIn), isinstance(server, socketserver.ThreadingMixIn))
print(issubclass(socketserver.ThreadingUDPServer, socketserver.ThreadingMixIn), issubclass(socketserver.TCPServer, socketserver.ThreadingMixIn))
t = threading.Thread(target=server.serve_forever, args=(0.05,))
t.start()
for word in [b'one', b'boom', b'two']:
    c = socket.create_connection(server.server_address, timeout=5)
    c.sendall(word)
    print(word, c.recv(1024))
    c.close()
server.shutdown()
t.join(5)
server.server_close()
print('done', server.socket.fileno())
