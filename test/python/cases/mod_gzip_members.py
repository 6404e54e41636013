# gzip's one-shot API (issue 9): compress/decompress round trips, the member's header bytes
# (magic, method, flags, mtime, XFL by level, OS) and trailer (CRC-32, size), optional header
# fields read past (FEXTRA, FNAME, FCOMMENT, FHCRC), several members, zero padding, and the errors
# for damaged input: BadGzipFile's texts and EOFError for truncation.
import gzip
import struct
import zlib

for data in [b'', b'hello world', b'abc' * 500, bytes(range(256)), bytearray(b'mutable')]:
    packed = gzip.compress(data, mtime=0)
    print(len(data), len(packed), packed[:10].hex(), gzip.decompress(packed) == data)
    magic, method, flags, mtime, xfl, osbyte = struct.unpack('<HBBIBB', packed[:10])
    crc, size = struct.unpack('<II', packed[-8:])
    print(hex(magic), method, flags, mtime, xfl, osbyte, crc == zlib.crc32(data), size == len(data))

for level in range(10):
    packed = gzip.compress(b'level test ' * 40, level, mtime=1234567)
    print(level, packed[:10], len(packed), gzip.decompress(packed)[:11])
print(gzip.compress(b'kw', compresslevel=1, mtime=0))
print(type(gzip.decompress(bytearray(gzip.compress(b'ba', mtime=0)))))

g = gzip.compress(b'hello world', mtime=0)
body = g[10:]
with_fields = [
    ('ftext', g[:3] + b'\x01' + g[4:]),
    ('fextra', g[:3] + b'\x04' + g[4:10] + b'\x03\x00abc' + body),
    ('fname', g[:3] + b'\x08' + g[4:10] + b'notes.txt\x00' + body),
    ('fcomment', g[:3] + b'\x10' + g[4:10] + b'a comment\x00' + body),
    ('fhcrc', g[:3] + b'\x02' + g[4:10] + b'\x00\x00' + body),
    ('all', g[:3] + b'\x1e' + g[4:10] + b'\x01\x00Zn\x00c\x00\x00\x00' + body),
    ('two', g + gzip.compress(b' and more', mtime=7)),
    ('padded', g + b'\x00\x00\x00'),
]
for name, data in with_fields:
    print(name, gzip.decompress(data))

crc_bad = bytearray(g)
crc_bad[-8] ^= 1
len_bad = bytearray(g)
len_bad[-1] ^= 1
broken = [
    ('empty', b''), ('one', b'\x1f'), ('text', b'plain text'), ('magic', b'\x1f\x8b'), ('short', g[:9]),
    ('short_method', b'\x1f\x8b\x07'), ('method', g[:2] + b'\x07' + g[3:]), ('body_cut', g[:15]),
    ('trailer_cut', g[:-3]), ('crc', bytes(crc_bad)), ('length', bytes(len_bad)),
    ('fname_open', g[:3] + b'\x08' + g[4:10] + b'abc'), ('fextra_cut', g[:3] + b'\x04' + g[4:10] + b'\x09'),
]
for name, data in broken:
    try:
        print(name, gzip.decompress(data))
    except (gzip.BadGzipFile, EOFError) as e:
        print(name, type(e).__name__, e)

for bad in ['text', 5]:
    try:
        gzip.compress(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    gzip.compress(b'x', 10)
except zlib.error as e:
    print('zlib.error', e)
print(issubclass(gzip.BadGzipFile, OSError), gzip.BadGzipFile.__mro__[1].__name__)
