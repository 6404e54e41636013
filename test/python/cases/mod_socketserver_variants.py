# Module socketserver: TCPServer with a StreamRequestHandler (rfile/wfile), UDPServer and
# ThreadingUDPServer with BaseRequestHandler (request is (data, socket)), handle_request,
# serve_forever/shutdown, server_address, allow_reuse_address, client_address.
import socket
import socketserver
import threading

class LineHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            line = raw.decode('utf-8').rstrip('\n')
            self.wfile.write(('%d chars: %s\n' % (len(line), line)).encode('utf-8'))

class Shout(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        sock.sendto(data.upper(), self.client_address)

socketserver.TCPServer.allow_reuse_address = True
with socketserver.TCPServer(('127.0.0.1', 0), LineHandler) as server:
    print(server.server_address[0], isinstance(server.server_address[1], int), type(server.socket).__name__)
    c = socket.create_connection(server.server_address)
    c.sendall(b'hello\n\xe4\xbd\xa0\xe5\xa5\xbd\n')
    c.shutdown(socket.SHUT_WR)
    server.handle_request()
    reply = b''
    while True:
        chunk = c.recv(1024)
        if not chunk:
            break
        reply += chunk
    print(reply.decode('utf-8').splitlines())
    c.close()

for cls in (socketserver.UDPServer, socketserver.ThreadingUDPServer):
    server = cls(('127.0.0.1', 0), Shout)
    t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.settimeout(5)
    for word in [b'udp', b'server']:
        u.sendto(word, server.server_address)
        data, addr = u.recvfrom(1024)
        print(cls.__name__, data, addr == server.server_address)
    u.close()
    server.shutdown()
    server.server_close()
    t.join()
print(issubclass(socketserver.ThreadingTCPServer, socketserver.TCPServer), socketserver.BaseRequestHandler.__name__)
