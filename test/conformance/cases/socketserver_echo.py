# socketserver as the tutorials use it: TCPServer + BaseRequestHandler, ThreadingTCPServer + StreamRequestHandler, UDPServer + DatagramRequestHandler.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

import socketserver
import threading


class MyHandler(socketserver.BaseRequestHandler):
    def handle(self):
        while True:
            data = self.request.recv(1024)
            if not data:
                break
            print('server got', data, self.client_address[0])
            self.request.sendall(data.upper())


class LineHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b'> ' + line)


class UpperHandler(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())


with socketserver.TCPServer(('127.0.0.1', 0), MyHandler) as server:
    print('address', server.server_address[0], server.allow_reuse_address, server.timeout, server.request_queue_size)
    t = threading.Thread(target=server.serve_forever, args=(0.05,))
    t.start()
    c = socket.create_connection(server.server_address, 2)
    for msg in (b'hello', b'world'):
        c.sendall(msg)
        print('client got', c.recv(1024))
    c.close()
    server.shutdown()
    t.join(2)
print('closed', server.socket.fileno())


class ReusingServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


server = ReusingServer(('127.0.0.1', 0), LineHandler)
print('reuse', server.socket.getsockopt(SOL_SOCKET, SO_REUSEADDR) != 0, server.daemon_threads)
t = threading.Thread(target=server.serve_forever, args=(0.05,))
t.start()
a = socket.create_connection(server.server_address, 2)
b = socket.create_connection(server.server_address, 2)
a.sendall(b'first ')
b.sendall(b'second\n')
print('b got', b.recv(1024))
a.sendall(b'line\n')
print('a got', a.recv(1024))
a.close()
b.close()
server.shutdown()
t.join(2)
server.server_close()

udp = socketserver.UDPServer(('127.0.0.1', 0), UpperHandler)
t = threading.Thread(target=udp.serve_forever, args=(0.05,))
t.start()
u = socket.socket(AF_INET, SOCK_DGRAM)
u.settimeout(2)
u.sendto(b'datagram', udp.server_address)
data, addr = u.recvfrom(100)
print('udp got', data, addr == udp.server_address)
u.close()
udp.shutdown()
t.join(2)
udp.server_close()
attempt('bind_and_activate False', lambda: socketserver.TCPServer(('127.0.0.1', 0), MyHandler, False).socket.close())
