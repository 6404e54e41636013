# An http.server handler answering JSON to GET and POST, tried with http.client and a raw socket.
import json
import socket
import threading
import http.client
from http.server import HTTPServer, BaseHTTPRequestHandler

items = {"1": "apple"}

class Handler(BaseHTTPRequestHandler):
    def _send_json(self, code, obj):
        body = json.dumps(obj).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/items":
            self._send_json(200, items)
        elif self.path.startswith("/items/"):
            key = self.path.split("/")[-1]
            if key in items:
                self._send_json(200, {"id": key, "name": items[key]})
            else:
                self._send_json(404, {"error": "not found"})
        else:
            self.send_error(404, "No such page")

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        raw = self.rfile.read(length)
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as e:
            self._send_json(400, {"error": str(e)})
            return
        key = str(len(items) + 1)
        items[key] = data["name"]
        self._send_json(201, {"id": key})

    def log_message(self, format, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Handler)
port = server.server_address[1]
t = threading.Thread(target=server.serve_forever)
t.start()

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
conn.request("GET", "/items")
r = conn.getresponse()
print(r.status, r.reason, r.getheader("Content-Type"), json.loads(r.read()))
conn.request("POST", "/items", body=json.dumps({"name": "pear"}), headers={"Content-Type": "application/json"})
r = conn.getresponse()
print(r.status, r.reason, json.loads(r.read().decode()))
conn.request("POST", "/items", body=b"{bad json")
r = conn.getresponse()
print(r.status, r.read())
conn.request("GET", "/items/2")
r = conn.getresponse()
print(r.status, json.load(r))
conn.request("GET", "/items/9")
r = conn.getresponse()
print(r.status, r.read())
conn.request("GET", "/nowhere")
r = conn.getresponse()
body = r.read()
print(r.status, r.reason, r.getheader("Content-Type"), b"No such page" in body)
conn.close()

s = socket.create_connection(("127.0.0.1", port), timeout=5)
s.sendall(b"GET /items HTTP/1.0\r\nHost: localhost\r\n\r\n")
chunks = []
while True:
    data = s.recv(1024)
    if not data:
        break
    chunks.append(data)
s.close()
resp = b"".join(chunks)
head, _, body = resp.partition(b"\r\n\r\n")
lines = head.decode().split("\r\n")
print(lines[0])
print(sorted(l.split(":")[0] for l in lines[1:]))
print(json.loads(body))

s = socket.create_connection(("127.0.0.1", port), timeout=5)
s.sendall(b"BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n")
first = s.recv(4096).split(b"\r\n")[0]
print(first)
s.close()

server.shutdown()
server.server_close()
t.join()
