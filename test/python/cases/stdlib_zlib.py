# zlib (issue 9): compress() gives CPython's bytes at every level (the system's libz), decompress()
# with wbits, crc32/adler32 (running values), zlib.error's texts; a compressed transfer over a
# socketpair: a length-prefixed zlib frame, checked with crc32 on the receiving side.
import socket
import struct
import zlib

samples = [b'', b'hello hello hello hello', b'The quick brown fox jumps over the lazy dog. ' * 40,
           bytes((i * 7919) % 251 for i in range(3000)),
           b''.join(b'GET /page/%d HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' % i for i in range(60))]
for data in samples:
    for level in (-1, 0, 1, 3, 6, 9):
        packed = zlib.compress(data, level)
        assert zlib.decompress(packed) == data
        print(len(data), level, len(packed), zlib.crc32(packed), packed[:12])
print(zlib.compress(b'abc', level=9), zlib.compress(b'abc'), zlib.decompress(zlib.compress(b'abc'), bufsize=1))
raw = zlib.compress(b'raw deflate stream', 6, wbits=-15)
print(zlib.decompress(raw, -15), zlib.decompress(zlib.compress(b'auto', 6, 31), 47), zlib.decompress(zlib.compress(b'gz', 6, 31), 31))
print(zlib.decompress(zlib.compress(b'auto2'), wbits=47))

print(zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')), zlib.crc32(b'hello world'), zlib.crc32(b''))
print(zlib.adler32(b'hello'), zlib.adler32(b'', 5), zlib.adler32(b'world', zlib.adler32(b'hello ')), zlib.adler32(b'hello world'))
print(zlib.crc32(bytearray(b'abc')), zlib.crc32(b'x', -1), zlib.adler32(b'x' * 10000))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION)
print(issubclass(zlib.error, Exception), zlib.error.__name__, zlib.error)

good = zlib.compress(b'some data to truncate' * 5)
for call in (lambda: zlib.decompress(b'garbage'), lambda: zlib.decompress(good[:-3]), lambda: zlib.compress(b'x', 10),
             lambda: zlib.compress('text'), lambda: zlib.crc32('text'), lambda: zlib.decompress(good[:2])):
    try:
        call()
    except (zlib.error, TypeError) as e:
        print(type(e).__name__, e)

left, right = socket.socketpair()
payload = b''.join(b'line %03d: socket data compresses well\n' % i for i in range(200))
body = zlib.compress(payload, 9)
left.sendall(struct.pack('!II', len(body), zlib.crc32(payload)) + body)
left.close()
received = b''
while True:
    chunk = right.recv(512)
    if not chunk:
        break
    received += chunk
right.close()
size, crc = struct.unpack('!II', received[:8])
restored = zlib.decompress(received[8:8 + size])
print(len(payload), size, len(received), crc == zlib.crc32(restored), restored == payload, restored[-40:])
