# http.client against a raw-socket server answering chunked, Content-Length and close-delimited bodies; headers, HEAD, errors.
import http.client
import socket
import threading

RESPONSES = [
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n",
    b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nX-Why: missing\r\n\r\nnot found",
    b"HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\n",
    b"HTTP/1.0 200 OK\r\nServer: raw\r\n\r\nuntil the end",
    b"garbage\r\n\r\n",
]
requests = []

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()

def serve():
    for resp in RESPONSES:
        conn, _ = srv.accept()
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(1024)
                if not chunk:
                    break
                data += chunk
            requests.append(data.split(b"\r\n")[0])
            conn.sendall(resp)

t = threading.Thread(target=serve)
t.start()
host, port = srv.getsockname()
def fresh():
    return http.client.HTTPConnection(host, port, timeout=5)

c = fresh()
c.request("GET", "/chunked", headers={"User-Agent": "tutorial"})
r = c.getresponse()
print(r.status, r.reason, r.version, r.getheader("transfer-encoding"), r.read(), r.isclosed())
c.close()
c = fresh()
c.request("GET", "/missing")
r = c.getresponse()
print(r.status, r.reason, r.headers["X-Why"], r.read(), sorted(k for k, v in r.getheaders()))
c.close()
c = fresh()
c.request("HEAD", "/head")
r = c.getresponse()
print(r.status, r.length, r.read())
c.close()
c = fresh()
c.request("GET", "/old")
r = c.getresponse()
print(r.status, r.version, r.read(5), r.read())
c.close()
c = fresh()
c.request("GET", "/bad")
try:
    c.getresponse()
except http.client.HTTPException as e:
    print(type(e).__name__, repr(e))
c.close()
t.join()
srv.close()
print(requests)
try:
    fresh().request("GET", "/")
except ConnectionRefusedError as e:
    print("refused", e.errno)
print(http.client.responses[418], http.client.OK, http.client.NOT_FOUND)
print(repr(http.client.OK), http.client.OK is http.HTTPStatus.OK, http.client.FORBIDDEN.phrase, http.client.HTTP_PORT)
