# socketserver's UDPServer with a DatagramRequestHandler and a BaseRequestHandler; a client with timeouts.
import socket
import socketserver
import threading

class Upper(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read().strip()
        self.wfile.write(data.upper() + b" from " + self.client_address[0].encode())

class Raw(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        sock.sendto(data[::-1], self.client_address)

for handler in (Upper, Raw):
    with socketserver.UDPServer(("127.0.0.1", 0), handler) as server:
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        c.settimeout(3)
        for msg in [b"ping", b"hello udp"]:
            c.sendto(msg + b"\n", server.server_address)
            print(handler.__name__, c.recvfrom(1024)[0])
        c.close()
        server.shutdown()
        t.join()
print(socketserver.UDPServer.socket_type == socket.SOCK_DGRAM, socketserver.UDPServer.max_packet_size)
