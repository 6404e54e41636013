# http.server's ThreadingHTTPServer with an HTTP/1.1 handler (protocol_version): one
# HTTPConnection sends three requests on one kept-alive connection (the same client port each
# time), a chunked reply is read by http.client, and log_message is overridden to print.
import http.client
import threading
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler

class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def do_GET(self):
        if self.path == '/chunked':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.end_headers()
            for part in [b'hello ', b'chunked ', b'world']:
                self.wfile.write(b'%x\r\n%s\r\n' % (len(part), part))
            self.wfile.write(b'0\r\n\r\n')
            return
        body = ('%s from port-%s' % (self.path, 'same' if self.client_address[1] == self.server.first_port else 'other')).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        print('log:', format % args)

with ThreadingHTTPServer(('127.0.0.1', 0), Handler) as server:
    print(ThreadingHTTPServer.daemon_threads, ThreadingHTTPServer.__mro__[1].__name__)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    conn = http.client.HTTPConnection('127.0.0.1', server.server_port)
    conn.connect()
    server.first_port = conn.sock.getsockname()[1]
    for path in ['/a', '/b', '/chunked', '/c']:
        conn.request('GET', path)
        r = conn.getresponse()
        print(r.status, r.version, r.will_close, r.chunked, r.read())
    conn.close()
    server.shutdown()
