# A logging mixin on a socketserver handler, with ThreadingMixIn and a custom server class.
import socket
import socketserver
import threading
import logging
import io

stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

class LoggingMixin:
    logger_name = "handler"

    def log(self, msg, *args):
        logging.getLogger(self.logger_name).info(msg, *args)

class EchoHandler(LoggingMixin, socketserver.StreamRequestHandler):
    logger_name = "echo"

    def setup(self):
        super().setup()
        self.log("setup")

    def handle(self):
        for line in self.rfile:
            text = line.decode().rstrip("\n")
            self.log("got %r", text)
            self.wfile.write(text.upper().encode() + b"\n")

    def finish(self):
        self.log("finish")
        super().finish()

class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True

print([c.__name__ for c in EchoHandler.__mro__])
print([c.__name__ for c in Server.__mro__])
with Server(("127.0.0.1", 0), EchoHandler) as server:
    host, port = server.server_address
    t = threading.Thread(target=server.serve_forever)
    t.start()
    with socket.create_connection((host, port), timeout=5) as s:
        f = s.makefile("rwb")
        for word in [b"one", b"two"]:
            f.write(word + b"\n")
            f.flush()
            print(f.readline())
        f.close()
        s.shutdown(socket.SHUT_WR)
        print(s.recv(10))
    server.shutdown()
    t.join()
import time
for _ in range(100):
    if "finish" in stream.getvalue():
        break
    time.sleep(0.02)
print(stream.getvalue(), end="")
