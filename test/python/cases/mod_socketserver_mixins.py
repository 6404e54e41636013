# socketserver as its documentation writes a threaded server: class S(ThreadingMixIn, TCPServer)
# with class attributes (allow_reuse_address, daemon_threads), `with S(...) as server:`,
# serve_forever() in a thread and shutdown() from the main thread, StreamRequestHandler's
# rfile.readline() and wfile.write(), two clients served at once, server_close() by the with.
import socket
import socketserver
import threading

class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for _ in range(2):
            line = self.rfile.readline()
            if not line:
                break
            self.wfile.write(b'echo ' + line.upper())

class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True

with Server(('127.0.0.1', 0), Echo) as server:
    print(type(server).__name__, server.allow_reuse_address, server.daemon_threads, server.block_on_close)
    print(issubclass(Server, socketserver.TCPServer), isinstance(server, socketserver.BaseServer))
    t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    a = socket.create_connection(server.server_address, timeout=5)
    b = socket.create_connection(server.server_address, timeout=5)
    a.sendall(b'first\n')
    b.sendall(b'second\n')
    print('b', b.recv(100))
    print('a', a.recv(100))
    a.sendall(b'again\n')
    print('a', a.recv(100))
    a.close()
    b.close()
    server.shutdown()
    t.join(5)
    print('serving thread ended', not t.is_alive())
print('closed', server.socket.fileno())
