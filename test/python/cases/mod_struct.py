# Module struct: pack/unpack with byte orders and sizes, calcsize, pack_into/unpack_from, iter_unpack-free
# framing of 粘包 (sticky packets) over TCP, and struct.error.
import struct
import socket
print(struct.pack('!I', 1), struct.pack('>H', 80), struct.pack('<i', -2), struct.pack('B', 255), struct.pack('!q', -1))
print(struct.pack('!HH4s', 1, 2, b'ab'), struct.pack('!?', True), struct.pack('!d', 1.5), struct.pack('!f', 0.5))
print(struct.unpack('!I', b'\x00\x00\x01\x00'), struct.unpack('<HH', b'\x01\x00\x02\x00'), struct.unpack('!4sB', b'abcd\x07'))
print(struct.calcsize('!I'), struct.calcsize('!HH4s'), struct.calcsize('!q'), struct.calcsize('iB'), struct.calcsize('!iB'))
print(struct.unpack('!Q', struct.pack('!Q', 2 ** 64 - 1)), struct.unpack('!d', struct.pack('!d', 0.1)))
header = struct.Struct('!I')
print(header.size, header.pack(7), header.unpack(b'\x00\x00\x00\x07'))
buf = bytearray(8)
struct.pack_into('!HI', buf, 1, 513, 65536)
print(buf, struct.unpack_from('!I', buf, 3))
for fmt, args in [('!H', (70000,)), ('!I', (-1,)), ('!HH', (1,)), ('!Z', (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print('struct.error', e)
try:
    struct.unpack('!I', b'ab')
except struct.error as e:
    print('struct.error', e)
a, b = socket.socketpair()
messages = ['hello', '粘包', '', 'x' * 300]
for m in messages:
    body = m.encode('utf-8')
    a.sendall(struct.pack('!I', len(body)) + body)
a.close()
def recv_exact(sock, n):
    data = b''
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            return None
        data += chunk
    return data
while True:
    head = recv_exact(b, 4)
    if head is None:
        break
    (length,) = struct.unpack('!I', head)
    body = recv_exact(b, length)
    print(length, body.decode('utf-8')[:10])
b.close()
