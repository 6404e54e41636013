# http.client against a scripted server (issue 9): the bytes a request puts on the wire (request
# line, Host with and without the default port, Accept-Encoding, Content-Length for str/bytes/None
# bodies, chunked bodies from a file or a list, header folding), HTTPResponse's status, reason,
# version, getheader/getheaders with repeated fields, read(amt)/readline against Content-Length,
# a chunked reply with extensions and a trailer, HEAD, 204, a body read until close, two requests
# kept alive on one connection, the errors a bad reply raises, and http.client over IPv6 loopback.
import http.client
import io
import socket
import threading

def scripted_server(family, host, replies):
    # One reply per connection: read the request (headers and any body), answer, close.
    srv = socket.socket(family, socket.SOCK_STREAM)
    srv.bind((host, 0))
    srv.listen(8)
    seen = []

    def run():
        for reply in replies:
            conn, _ = srv.accept()
            conn.settimeout(2)
            data = b''
            for part in reply if isinstance(reply, list) else [reply]:
                while b'\r\n\r\n' not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                head, _, rest = data.partition(b'\r\n\r\n')
                length = 0
                for line in head.split(b'\r\n'):
                    if line.lower().startswith(b'content-length:'):
                        length = int(line.split(b':')[1])
                if b'transfer-encoding: chunked' in head.lower():
                    while not rest.endswith(b'0\r\n\r\n'):
                        rest += conn.recv(65536)
                else:
                    while len(rest) < length:
                        rest += conn.recv(65536)
                seen.append((head, rest))
                data = b''
                conn.sendall(part)
            conn.close()
        srv.close()

    thread = threading.Thread(target=run)
    thread.start()
    return srv.getsockname()[1], seen, thread

ok = b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok'
replies = [ok, ok, ok, ok, ok, ok, ok,
           [b'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Multi: a\r\nx-multi: b\r\nContent-Length: 11\r\n\r\nhello\nworld',
            b'HTTP/1.1 200 Fine\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\nX-Trailer: t\r\n\r\n'],
           b'HTTP/1.0 200 OK\r\nServer: old\r\n\r\nread until the server closes',
           [b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst', b'HTTP/1.1 201 Created\r\nContent-Length: 6\r\n\r\nsecond'],
           b'HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n',
           b'HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n',
           b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\nContent-Length: 3\r\n\r\nnah',
           b'', b'garbage\r\n', b'HTTP/2.0 200 OK\r\n\r\n', b'HTTP/1.1 abc OK\r\n\r\n', b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc',
           b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nzz\r\n', b'HTTP/1.1  200  Spaced  Reason \r\n\r\n',
           b'HTTP/1.1 200 OK\r\n' + b'X: y\r\n' * 101 + b'\r\n']
port, seen, thread = scripted_server(socket.AF_INET, '127.0.0.1', replies)

def exchange(send, host='127.0.0.1', port_given=None):
    conn = http.client.HTTPConnection(host, port_given or port, timeout=5)
    send(conn)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response, body

exchange(lambda c: c.request('GET', '/'))
exchange(lambda c: c.request('POST', '/form', body='name=socklab&x=é', headers={'X-Num': 7, 'Host': 'example.org'}))
exchange(lambda c: c.request('PUT', '/put'))
exchange(lambda c: c.request('PATCH', '/bytes', body=b'\x00\x01', headers={'Content-Type': 'application/octet-stream', 'Accept-Encoding': 'gzip'}))
exchange(lambda c: c.request('POST', '/file', body=io.BytesIO(b'abcdefghijklmnopqrstuvwxyz')))
exchange(lambda c: c.request('POST', '/list', body=[b'ab', b'', b'cd']))
exchange(lambda c: (c.putrequest('GET', 'http://other.example:81/x?y', skip_accept_encoding=True), c.putheader('X-Fold', 'a', b'b', 3), c.endheaders()))
for head, body in seen:
    print(head.replace(str(port).encode(), b'PORT').split(b'\r\n'), body)

conn = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
conn.request('GET', '/headers')
r = conn.getresponse()
print(r.status, r.reason, r.version, r.code, r.getcode(), r.will_close, r.chunked, r.length, r.closed, r.isclosed())
print(r.getheader('content-type'), r.getheader('X-MULTI'), r.getheader('missing'), r.getheader('missing', 'dflt'), r.getheader('missing', ['a', 'b']))
print(r.getheaders(), r.msg.get_all('x-multi'), r.headers['X-Multi'], 'x-multi' in r.msg, r.info() is r.headers, len(r.msg), r.msg.keys())
print(r.msg.get_content_type(), r.msg.get_content_charset(), repr(str(r.msg)))
print(r.readline(), r.read(3), r.read(0), r.read(100), r.read(), r.length, r.isclosed(), r.closed)
conn.request('GET', '/chunked')
r = conn.getresponse()
print(r.status, r.reason, r.chunked, r.will_close, r.read(3), r.read(4), r.read(), r.isclosed())
conn.close()

for path in ['/old', '/keepalive']:
    conn = http.client.HTTPConnection('127.0.0.1:%d' % port, timeout=5)
    conn.request('GET', path)
    r = conn.getresponse()
    print(r.status, r.version, r.will_close, r.length, r.read(), conn.sock is None)
    if path == '/keepalive':
        print(conn.sock.getpeername()[1] == port)
        conn.request('GET', '/again')
        r2 = conn.getresponse()
        print(r2.status, r2.reason, r2.read(), r2.will_close)
    conn.close()

conn = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
conn.request('HEAD', '/head')
r = conn.getresponse()
print(r.status, r.length, r.getheader('Content-Length'), r.read(), r.readline(), r.isclosed(), r.will_close)
conn.close()
for path in ['/nocontent', '/continue']:
    r, body = exchange(lambda c: c.request('GET', path))
    print(r.status, r.reason, r.length, body)

for path in ['/dropped', '/garbage', '/http2', '/badcode', '/short', '/badchunk', '/spaced', '/toomany']:
    try:
        r, body = exchange(lambda c: c.request('GET', path))
        print(path, r.status, repr(r.reason), body)
    except (http.client.HTTPException, ConnectionError) as e:
        print(path, type(e).__name__, repr(e), str(e), isinstance(e, ConnectionResetError))
thread.join()

conn = http.client.HTTPConnection('127.0.0.1', port)
try:
    conn.getresponse()
except http.client.ResponseNotReady as e:
    print('ResponseNotReady', e)
conn.putrequest('GET', '/')
for call in [lambda: conn.putrequest('GET', '/again'), lambda: conn.getresponse()]:
    try:
        call()
    except http.client.ImproperConnectionState as e:
        print(type(e).__name__, repr(e))
conn.close()
for header, value in [('X\n', 'v'), ('X', 'v\r\nY: z'), ('', 'v'), (':x', 'v'), ('X', 'ok\r\n\tfolded')]:
    c = http.client.HTTPConnection('127.0.0.1', 9)
    c.putrequest('GET', '/')
    try:
        c.putheader(header, value)
        print('accepted', repr(header))
    except ValueError as e:
        print('ValueError', e)
try:
    c.putheader('X', 'y')
    c.endheaders.__name__
    http.client.HTTPConnection('127.0.0.1', 9).putheader('X', 'y')
except http.client.CannotSendHeader as e:
    print('CannotSendHeader', repr(e))
for url in ['/a b', '/a\nb', '/a\x7fb']:
    try:
        http.client.HTTPConnection('127.0.0.1', 9).putrequest('GET', url)
    except http.client.InvalidURL as e:
        print('InvalidURL', e)
try:
    http.client.HTTPConnection('127.0.0.1', 9).putrequest('G\x01T', '/')
except ValueError as e:
    print('ValueError', e)
try:
    http.client.HTTPConnection('127.0.0.1', 9).request('POST', '/', body='€uro')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
for host in ['[::1]:8080', '[::1]', 'host:', 'h:80', 'h:abc', '::1', 'a:b:c', 'plain']:
    try:
        c = http.client.HTTPConnection(host)
        print(host, repr(c.host), repr(c.port))
    except http.client.InvalidURL as e:
        print(host, 'InvalidURL', e)
c = http.client.HTTPConnection('h', '81')
print(repr(c.port), c.source_address, c.sock, c.debuglevel, c.auto_open, c.default_port, c.blocksize, c.response_class.__name__)

e = http.client.IncompleteRead(b'abc', 5)
print(repr(e), str(e), e.args, e.partial, e.expected, repr(http.client.IncompleteRead(b'xy')))
print(repr(http.client.BadStatusLine('')), repr(http.client.LineTooLong('header line')), http.client.UnknownProtocol('HTTP/3').version)
print([c.__name__ for c in http.client.CannotSendRequest.__mro__[:4]], http.client.error is http.client.HTTPException)
print(http.client.OK, http.client.NOT_FOUND, http.client.responses[404], http.client.HTTP_PORT, http.client.HTTPS_PORT)
m = http.client.parse_headers(io.BytesIO(b'Content-Type: Text/HTML; charset="UTF-8"\r\nX-A: 1\r\nx-a:2\r\nFold: a\r\n  b\r\nEmpty:\r\n\r\nbody'))
print(m.items(), m['fold'], m.get('nope', 'd'), m.get_all('nope'), m.get_content_type(), m.get_content_maintype(), m.get_content_charset(), list(m))
m['New'] = 'v'
del m['x-a']
print(m.items(), repr(m.as_string()))
print(http.client.parse_headers(io.BytesIO(b'X: 1\r\nBad line\r\nY: 2\r\n\r\n')).items(), len(http.client.parse_headers(io.BytesIO(b'X: y\r\n' * 99))))

# IPv6 loopback: the same client over ::1, Host in brackets.
port6, seen6, thread6 = scripted_server(socket.AF_INET6, '::1', [ok])
conn = http.client.HTTPConnection('::1', port6, timeout=5)
conn.request('GET', '/v6')
r = conn.getresponse()
print(r.status, r.read(), conn.sock is None)
conn.close()
thread6.join()
print(seen6[0][0].replace(str(port6).encode(), b'PORT').split(b'\r\n'))
