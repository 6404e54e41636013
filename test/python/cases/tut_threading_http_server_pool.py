# ThreadingHTTPServer answering concurrent clients from a ThreadPoolExecutor; query strings with urllib.parse.
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
from urllib.parse import urlparse, parse_qs
import http.client

hits = []
lock = threading.Lock()

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        url = urlparse(self.path)
        q = parse_qs(url.query)
        n = int(q.get("n", ["0"])[0])
        with lock:
            hits.append(n)
        body = json.dumps({"path": url.path, "square": n * n}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
t = threading.Thread(target=server.serve_forever, daemon=True)
t.start()
port = server.server_port

def fetch(n):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request("GET", f"/square?n={n}")
    resp = conn.getresponse()
    data = json.loads(resp.read())
    conn.close()
    return resp.status, data["square"]

with ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(fetch, range(8))))

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
for n in (10, 11):
    conn.request("GET", f"/keepalive?n={n}")
    r = conn.getresponse()
    print(r.status, r.getheader("Connection"), json.loads(r.read()))
conn.close()
server.shutdown()
server.server_close()
print(sorted(hits), server.daemon_threads, ThreadingHTTPServer.__mro__[1].__name__)
