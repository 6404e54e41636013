# A class-based chat client with private attributes (self.__sock) and a receiving thread.
import socket
import threading

class ChatServer:
    def __init__(self):
        self.__srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.__srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.__srv.bind(('127.0.0.1', 0))
        self.__srv.listen()
        self.port = self.__srv.getsockname()[1]

    def serve_one(self):
        conn, _ = self.__srv.accept()
        with conn, conn.makefile("rb") as lines:
            for line in lines:
                conn.sendall(b"echo:" + line)
        self.__srv.close()

class ChatClient:
    def __init__(self, host, port):
        self.__sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.__sock.connect((host, port))
        self.__running = True
        self.__received = []
        self.__lock = threading.Lock()
        self.__thread = threading.Thread(target=self.__receive, daemon=True)
        self.__thread.start()

    def __receive(self):
        buf = b""
        while self.__running:
            try:
                data = self.__sock.recv(1024)
            except OSError:
                break
            if not data:
                break
            buf += data
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                with self.__lock:
                    self.__received.append(line.decode())

    def send(self, text):
        self.__sock.sendall(text.encode() + b"\n")

    @property
    def received(self):
        with self.__lock:
            return list(self.__received)

    def close(self):
        self.__running = False
        self.__sock.shutdown(socket.SHUT_WR)
        self.__thread.join(timeout=5)
        self.__sock.close()

server = ChatServer()
st = threading.Thread(target=server.serve_one)
st.start()
client = ChatClient('127.0.0.1', server.port)
for word in ["hi", "how are you", "bye"]:
    client.send(word)
import time
for _ in range(100):
    if len(client.received) >= 3:
        break
    time.sleep(0.02)
client.close()
st.join(timeout=5)
print(client.received)
print(hasattr(client, "__sock"), hasattr(client, "_ChatClient__sock"))
try:
    client.__sock
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in vars(client) if k.startswith("_ChatClient")))
