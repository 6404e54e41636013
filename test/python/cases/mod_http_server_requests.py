# http.server's BaseHTTPRequestHandler (issue 9): a 404 from send_error with its HTML body and
# headers, HEAD answered by do_HEAD and refused (501, no body) without one, a POST whose body is
# read from rfile by Content-Length, the request line's checks (bad version, bad syntax, HTTP/0.9,
# HTTP/2, too long, too many headers), '//' paths, Expect: 100-continue, keep-alive of two
# requests with protocol_version HTTP/1.1, Connection: close, and the log lines (the time masked
# by overriding log_date_time_string; log_message itself writes them to stderr, captured here).
import http.client
import http.server
import io
import re
import socket
import sys
import threading
from http import HTTPStatus

logged = []

class Capture:
    def write(self, text):
        logged.append(text)

class Handler(http.server.BaseHTTPRequestHandler):
    def log_date_time_string(self):
        return 'TIME'

    def do_LOG(self):
        self.log_message('%s|%d|%r', 'a\\b \x01 \u00e9 \x7f \x9f \xa0', 5, 'x\ty')
        self.send_error(418)

    def do_GET(self):
        if self.path == '/missing':
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        if self.path == '/explained':
            self.send_error(403, 'Keep <out>', 'You & me')
            return
        if self.path == '/nocontent':
            self.send_error(204)
            return
        if self.path == '/odd':
            self.send_error(299)
            return
        body = ('%s %s %s %s' % (self.command, self.path, self.request_version, self.headers.get('X-Test'))).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        if self.path == '/bye':
            self.send_header('Connection', 'close')
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        self.send_response(200, 'Head OK')
        self.send_header('Content-Length', '42')
        self.end_headers()

    def do_POST(self):
        size = int(self.headers['Content-Length'])
        data = self.rfile.read(size)
        reply = b'read %d bytes: %s' % (size, data.upper())
        self.send_response(HTTPStatus.CREATED)
        self.send_header('Content-Length', str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

class KeepAliveHandler(Handler):
    protocol_version = 'HTTP/1.1'

def start(handler):
    server = http.server.HTTPServer(('127.0.0.1', 0), handler)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    return server, thread

def raw(port, request):
    s = socket.create_connection(('127.0.0.1', port), timeout=5)
    s.sendall(request)
    s.shutdown(socket.SHUT_WR)
    data = b''
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
    s.close()
    # Date and Server name the time and the Python version: masked.
    data = re.sub(rb'(Date|Server): [^\r]*', rb'\1: X', data)
    head, _, body = data.partition(b'\r\n\r\n')
    if not head.startswith(b'HTTP/'):
        head, body = b'', data
    return head.split(b'\r\n'), body

def shown(body):
    return body.split(b'\n')[8:10] if body.startswith(b'<!DOCTYPE') else body

saved = sys.stderr
sys.stderr = Capture()
server, thread = start(Handler)
port = server.server_port
try:
    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
    conn.request('GET', '/missing')
    r = conn.getresponse()
    page = r.read()
    print(r.status, r.reason, r.version, r.getheader('Connection'), r.getheader('Content-Type'), r.getheader('Content-Length') == str(len(page)))
    print(page.decode())
    for path in ['/explained', '/nocontent', '/odd']:
        conn.request('GET', path)
        r = conn.getresponse()
        print(r.status, r.reason, [k for k, v in r.getheaders()], r.read().decode().splitlines()[8:11])
    conn.request('HEAD', '/anything')
    r = conn.getresponse()
    print(r.status, r.reason, r.getheader('Content-Length'), r.read())
    conn.request('POST', '/upload', body=b'some payload')
    r = conn.getresponse()
    print(r.status, r.reason, r.read())
    conn.request('POST', '/upload', body='text body', headers={'X-Test': 'yes'})
    r = conn.getresponse()
    print(r.status, r.read())
    conn.close()
    requests = [b'GET /plain HTTP/1.0\r\nX-Test: raw\r\n\r\n', b'GET //a//b HTTP/1.0\r\n\r\n', b'GET /nine\r\n', b'POST /nine\r\n',
                b'GET / HTTP/2.0\r\n\r\n', b'GET / HTTP/1.x\r\n\r\n', b'GET / FOO/1.0\r\n\r\n', b'GET / HTTP/1.1 extra\r\n\r\n',
                b'GARBAGE\r\n\r\n', b'\r\n', b'', b'PUT / HTTP/1.0\r\n\r\n', b'G\x01T / HTTP/1.0\r\n\r\n', b'GET / HTTP/1.01\r\n\r\n',
                b'GET / HTTP/1.1.1\r\n\r\n', b'GET / HTTP/\r\n\r\n', b'GET / HTTP/0.9\r\n\r\n',
                b'GET / HTTP/1.0\r\n' + b'X: y\r\n' * 101 + b'\r\n', b'GET /' + b'a' * 70000 + b' HTTP/1.0\r\n\r\n',
                b'GET / HTTP/1.0\r\nX: ' + b'a' * 70000 + b'\r\n\r\n', b'HEAD / HTTP/1.1\r\nExpect: 100-continue\r\n\r\n', b'LOG / HTTP/1.0\r\n\r\n']
    for request in requests:
        lines, body = raw(port, request)
        print(repr(request[:32]), lines, len(body), shown(body))
finally:
    server.shutdown()
    server.server_close()
    thread.join()

server, thread = start(KeepAliveHandler)
port = server.server_port
try:
    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
    for path in ['/one', '/two', '/bye']:
        conn.request('GET', path, headers={'X-Test': path})
        r = conn.getresponse()
        print(r.status, r.version, r.will_close, r.read(), conn.sock is None)
    conn.close()
    lines, body = raw(port, b'GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\nConnection: close\r\n\r\n')
    print(lines, body)
    lines, body = raw(port, b'POST /up HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc')
    print(lines, body)
    lines, body = raw(port, b'GET /old HTTP/1.0\r\n\r\nGET /never HTTP/1.0\r\n\r\n')
    print(lines, body)
finally:
    server.shutdown()
    server.server_close()
    thread.join()
    sys.stderr = saved

for line in logged:
    print(repr(line.replace(str(port), 'PORT')[:140]))
print(Handler.server_version, Handler.protocol_version, Handler.default_request_version, Handler.error_content_type)
print(Handler.responses[404], Handler.responses[HTTPStatus.OK][0], len(Handler.responses), Handler.weekdayname[0], Handler.monthname[1:3])
print(Handler.date_time_string(Handler, 0), Handler.date_time_string(Handler, 1700000000.5))
print(http.server.DEFAULT_ERROR_CONTENT_TYPE, http.server.DEFAULT_ERROR_MESSAGE.count('%('), http.server.ThreadingHTTPServer.daemon_threads)

# The request version's digits: at most ten a part, ASCII digits only.
class Probe(http.server.BaseHTTPRequestHandler):
    def __init__(self):
        pass

    def send_error(self, code, message=None, explain=None):
        print('  send_error', code, message)

probe = Probe()
for version in ['HTTP/1.0000000001', 'HTTP/1.00000000001', 'HTTP/0000000001.0', 'HTTP/00000000001.0', 'HTTP/+1.1',
                'HTTP/1.-1', 'http/1.1', 'HTTP/1.1/2', 'HTTP/1.1']:
    probe.raw_requestline = ('GET / %s\r\n' % version).encode()
    probe.rfile = io.BytesIO(b'X-A: 1\r\n\r\n')
    print(version, probe.parse_request(), probe.request_version, probe.close_connection)
