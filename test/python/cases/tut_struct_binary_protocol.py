# A binary protocol with struct: header fields, network byte order, unpack_from with offsets, iter_unpack, checksums.
import struct
import zlib
import socket

HEADER = struct.Struct("!BBHI")  # version, type, flags, length
def build(msg_type, payload, flags=0):
    body = HEADER.pack(1, msg_type, flags, len(payload)) + payload
    return body + struct.pack("!I", zlib.crc32(body))

def parse(frame):
    version, msg_type, flags, length = HEADER.unpack_from(frame, 0)
    payload = frame[HEADER.size:HEADER.size + length]
    (crc,) = struct.unpack_from("!I", frame, HEADER.size + length)
    return version, msg_type, flags, payload, crc == zlib.crc32(frame[:HEADER.size + length])

a, b = socket.socketpair()
frames = [build(1, b"login:bob"), build(2, struct.pack("!3h", -1, 2, 300), flags=0x8001), build(3, b"")]
a.sendall(b"".join(frames))
a.close()
data = b""
while True:
    chunk = b.recv(5)
    if not chunk:
        break
    data += chunk
off = 0
while off < len(data):
    _, t, _, n = HEADER.unpack_from(data, off)
    frame = data[off:off + HEADER.size + n + 4]
    print(parse(frame))
    off += len(frame)
print(list(struct.iter_unpack("!h", struct.pack("!3h", -1, 2, 300))))
print(struct.pack("<q", -2), struct.pack("@i", 1) == struct.pack("=i", 1), struct.pack("!?x3s", True, b"ab"))
print(struct.pack("!f", 1.5), struct.unpack("!d", struct.pack("!d", 0.1)), struct.calcsize("!BBHI"))
buf = bytearray(8)
struct.pack_into("!HH", buf, 2, 1, 2)
print(buf, hex(zlib.crc32(b"hello")), zlib.adler32(b"hello"))
for bad in [("!B", 256), ("!h", 40000), ("!I", -1)]:
    try:
        struct.pack(*bad)
    except struct.error as e:
        print(e)
b.close()
