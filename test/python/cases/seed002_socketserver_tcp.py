# Seed 002: socketserver's two classes: a server class (the connection loop) and a request class
# (the conversation loop), as a ThreadingTCPServer echo server with three clients.
import socket
import socketserver
import threading

class MyRequestHandler(socketserver.BaseRequestHandler):
    def handle(self):
        while True:
            data = self.request.recv(1024)
            if not data:
                break
            self.request.sendall(data.upper())

server = socketserver.ThreadingTCPServer(('127.0.0.1', 0), MyRequestHandler)
print(type(server).__name__, server.server_address[0])
t = threading.Thread(target=server.serve_forever)
t.start()
replies = []
for name in ['alice', 'bob', 'carol']:
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.connect(server.server_address)
    c.sendall(('hi from ' + name).encode('utf-8'))
    replies.append(c.recv(1024).decode('utf-8'))
    c.close()
server.shutdown()
server.server_close()
t.join()
print(replies)
