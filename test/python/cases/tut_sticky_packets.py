# 粘包 (sticky packets): several sends arrive as one recv; fixed with a delimiter and with a length header.
import socket
import struct
import threading
import time

def pair():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    c = socket.create_connection(srv.getsockname())
    conn, _ = srv.accept()
    srv.close()
    return c, conn

# 1. the problem: three small sends, then the receiver reads everything at once
c, conn = pair()
for msg in [b"hello", b"world", b"!"]:
    c.send(msg)
c.shutdown(socket.SHUT_WR)
data = b""
while True:
    chunk = conn.recv(1024)
    if not chunk:
        break
    data += chunk
print("stuck together:", data)
c.close(); conn.close()

# 2. a delimiter
c, conn = pair()
def sender():
    for msg in ["第一条", "second", "third"]:
        c.sendall(msg.encode() + b"\n")
    c.close()
threading.Thread(target=sender).start()
buffer = b""
messages = []
while True:
    chunk = conn.recv(4)
    if not chunk:
        break
    buffer += chunk
    while b"\n" in buffer:
        line, buffer = buffer.split(b"\n", 1)
        messages.append(line.decode())
print("delimited:", messages, buffer)
conn.close()

# 3. a length header (struct '!i')
c, conn = pair()
payloads = [b"a" * 3, b"b" * 1500, b"", "结束".encode()]
def sender2():
    for p in payloads:
        c.sendall(struct.pack("!i", len(p)) + p)
    c.close()
threading.Thread(target=sender2).start()
got = []
buf = b""
while True:
    chunk = conn.recv(7)
    if not chunk:
        break
    buf += chunk
    while len(buf) >= 4:
        n = struct.unpack("!i", buf[:4])[0]
        if len(buf) < 4 + n:
            break
        got.append(buf[4:4 + n])
        buf = buf[4 + n:]
print("framed:", [len(g) for g in got], got[-1].decode(), got == payloads)
conn.close()
# 4. header as json with a length, as many tutorials do
import json
c, conn = pair()
header = json.dumps({"filename": "a.txt", "size": 11}).encode()
c.sendall(struct.pack("i", len(header)) + header + b"hello world")
c.close()
hlen = struct.unpack("i", conn.recv(4))[0]
h = json.loads(conn.recv(hlen).decode())
body = b""
while len(body) < h["size"]:
    body += conn.recv(h["size"] - len(body))
print(h, body)
conn.close()
