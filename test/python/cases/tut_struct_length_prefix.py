# Messages framed with a struct length prefix (4-byte big endian), sent in pieces.
import socket
import struct
import threading

def recv_exact(sock, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("peer closed after %d of %d bytes" % (len(buf), n))
        buf.extend(chunk)
    return bytes(buf)

def send_msg(sock, payload):
    sock.sendall(struct.pack("!I", len(payload)) + payload)

def recv_msg(sock):
    (length,) = struct.unpack("!I", recv_exact(sock, 4))
    return recv_exact(sock, length)

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)

def server():
    conn, _ = srv.accept()
    with conn:
        while True:
            try:
                msg = recv_msg(conn)
            except ConnectionError as e:
                print("server:", e)
                break
            send_msg(conn, msg[::-1])

t = threading.Thread(target=server)
t.start()
c = socket.create_connection(srv.getsockname())
for text in ["hello", "", "x" * 5000, "中文消息"]:
    send_msg(c, text.encode("utf-8"))
    reply = recv_msg(c)
    print(len(reply), reply[:10])
header = struct.pack(">IH", 10, 7)
print(header, struct.calcsize(">IH"), struct.unpack(">IH", header))
c.sendall(struct.pack("!I", 100) + b"short")
c.shutdown(socket.SHUT_WR)
t.join()
c.close()
srv.close()
try:
    struct.unpack("!I", b"abc")
except struct.error as e:
    print("struct.error:", e)
