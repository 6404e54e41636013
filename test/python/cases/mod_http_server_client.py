# A tiny http.server answered by http.client in one program: HTTPServer on port 0 with a
# BaseHTTPRequestHandler (do_GET/do_POST, path, headers, rfile, send_response, send_header,
# end_headers, wfile, send_error), serve_forever in a thread; HTTPConnection's request and
# getresponse (status, reason, version, getheader, getheaders, read). The handler's log lines
# go to stderr (their times differ run to run: not compared); Server and Date are not printed
# (they name the Python version and the time).
import http.client
import http.server
import threading
from http import HTTPStatus

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == '/missing':
            self.send_error(HTTPStatus.NOT_FOUND, 'No such page')
            return
        body = ('you asked for %s via %s, agent %s' % (self.path, self.command, self.headers['User-Agent'])).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers.get('Content-Length', 0))
        data = self.rfile.read(n)
        self.send_response(HTTPStatus.CREATED)
        self.end_headers()
        self.wfile.write(b'got ' + data[::-1])

server = http.server.HTTPServer(('127.0.0.1', 0), Handler)
port = server.server_address[1]
print(server.server_name, type(server).__mro__[1])
t = threading.Thread(target=server.serve_forever)
t.start()

conn = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
conn.request('GET', '/hello?x=1', headers={'User-Agent': 'socklab-test'})
r = conn.getresponse()
print(r.status, r.reason, r.version, r.getheader('Content-Type'), r.getheader('X-None', 'dflt'))
print([k for k, v in r.getheaders()])
print(r.read())
print(r.isclosed(), conn.sock)
conn.close()

conn = http.client.HTTPConnection('127.0.0.1:%d' % port)
print(conn.host, conn.port == port)
conn.request('POST', '/items', body='abc')
r = conn.getresponse()
print(r.status, r.reason, r.read())
conn.request('GET', '/missing')
r = conn.getresponse()
body = r.read()
print(r.status, r.reason, r.getheader('Content-Type'), r.getheader('Connection'), len(body) == int(r.getheader('Content-Length')))
print(body.decode().splitlines()[9:12])
conn.request('DELETE', '/x')
r = conn.getresponse()
print(r.status, r.reason, b'Unsupported method' in r.read())
conn.close()
server.shutdown()
server.server_close()
t.join()
print(HTTPStatus.OK, repr(HTTPStatus.NOT_FOUND), HTTPStatus(404).phrase, http.client.responses[418])
print(http.server.BaseHTTPRequestHandler.responses[HTTPStatus.OK], http.client.HTTPConnection.default_port)
try:
    http.client.HTTPConnection('h:x')
except http.client.InvalidURL as e:
    print(type(e).__name__, e)
