# A packet header unpacked into a namedtuple with struct (Header._make), printed as hex dumps.
import struct
import socket
from collections import namedtuple

Header = namedtuple("Header", "magic version kind length")
FMT = "!4sBBH"

def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:04x}  {hexes:<{width * 3}} {text}")

payload = "数据".encode()
packet = struct.pack(FMT, b"SOCK", 1, 7, len(payload)) + payload
a, b = socket.socketpair()
a.sendall(packet)
data = b.recv(1024)
h = Header._make(struct.unpack_from(FMT, data))
print(h)
print(h.magic.decode(), h._asdict(), h._replace(kind=8))
body = data[struct.calcsize(FMT):][:h.length]
print(body.decode(), body.hex(), body.hex(":"), bytes.fromhex("de ad be ef"))
hexdump(data)
print(data.hex(" ", 4), int.from_bytes(data[4:6], "big"), (258).to_bytes(2, "little"))
print(Header._fields, Header(*b"ABCD")._fields == Header._fields, len(h))
a.close(); b.close()
