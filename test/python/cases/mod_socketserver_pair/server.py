# args: {port}
# socketserver across two processes: a ThreadingTCPServer with a StreamRequestHandler serves two
# clients (one thread each), then shuts down from a handler's request.
import socketserver
import sys
import threading

class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        name = self.rfile.readline().decode('utf-8').strip()
        print('hello from', name, self.client_address[0])
        self.wfile.write(('welcome %s\n' % name).encode('utf-8'))
        if name == 'last':
            threading.Thread(target=self.server.shutdown).start()

socketserver.ThreadingTCPServer.allow_reuse_address = True
server = socketserver.ThreadingTCPServer(('127.0.0.1', int(sys.argv[1])), Echo)
print('serving on port', server.server_address[1])
server.serve_forever(poll_interval=0.05)
server.server_close()
print('server stopped')
