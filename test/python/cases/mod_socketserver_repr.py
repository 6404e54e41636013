# socketserver's objects print as CPython's object_repr: the library class with its module, a
# class of the program's own under __main__; the handler instance as well.
import socketserver
import socket
import threading


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        print('handler:', self)
        self.request.sendall(self.request.recv(100).upper())


class Threaded(socketserver.ThreadingMixIn, socketserver.TCPServer):
    pass


plain = socketserver.TCPServer(('127.0.0.1', 0), Echo)
print(plain)
print(type(plain))
threaded = Threaded(('127.0.0.1', 0), Echo)
print(threaded)
udp = socketserver.UDPServer(('127.0.0.1', 0), Echo)
print(udp.__class__)
udp.server_close()

worker = threading.Thread(target=plain.handle_request)
worker.start()
with socket.create_connection(plain.server_address) as c:
    c.sendall(b'hi')
    print(c.recv(100))
worker.join()
plain.server_close()
threaded.server_close()
