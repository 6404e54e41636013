# A tutorial's HTTP server answering GET with a status line and headers, and a client reading the
# reply through makefile('rb'): the f-string request's \r\n must stay \r\n (a JS template literal
# reads a raw CR as LF).
import socket, threading

RESPONSE_BODY = '<html><body><h1>Hello, 世界</h1></body></html>'

def handle_request(client):
    request = client.recv(1024).decode('utf-8')
    lines = request.split('\r\n')
    method, path, version = lines[0].split(' ')
    headers = {}
    for line in lines[1:]:
        if not line:
            break
        k, v = line.split(': ', 1)
        headers[k.lower()] = v
    print('method:', method, 'path:', path, 'version:', version)
    print('host header:', headers.get('host', '').split(':')[0], 'ua:', headers['user-agent'])
    if path == '/':
        body = RESPONSE_BODY.encode('utf-8')
        head = 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\nConnection: close\r\n\r\n' % len(body)
    else:
        body = b'Not Found'
        head = 'HTTP/1.1 404 Not Found\r\nContent-Length: {}\r\n\r\n'.format(len(body))
    client.sendall(head.encode() + body)
    client.close()

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
port = srv.getsockname()[1]

def loop():
    for _ in range(2):
        c, a = srv.accept()
        handle_request(c)

t = threading.Thread(target=loop)
t.start()

for path in ['/', '/missing']:
    c = socket.socket()
    c.connect(('127.0.0.1', port))
    req = f'GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUser-Agent: tutorial/1.0\r\nAccept: */*\r\n\r\n'
    c.send(req.encode())
    f = c.makefile('rb')
    status = f.readline()
    print(repr(status))
    print(status.decode().strip().split(' ', 2))
    hdrs = {}
    while True:
        line = f.readline()
        if line in (b'\r\n', b'\n', b''):
            break
        name, _, value = line.decode('latin-1').partition(':')
        hdrs[name.strip()] = value.strip()
    print(sorted(hdrs.items()))
    body = f.read(int(hdrs['Content-Length']))
    print(body.decode('utf-8'))
    f.close()
    c.close()
t.join()
srv.close()
