# struct: sizes, byte orders, ranges and struct.error messages; 粘包 framing with struct.pack('!I', len).
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

import struct

attempt('calcsize native', lambda: struct.calcsize('@bhiqd'))
attempt('calcsize standard', lambda: struct.calcsize('!bhiqd'))
attempt('pack !I', lambda: struct.pack('!I', 258))
attempt('pack <I', lambda: struct.pack('<I', 258))
attempt('pack native hi', lambda: struct.pack('hi', 1, 2))
attempt('pack 5s 3p', lambda: struct.pack('5s3p', b'ab', b'xyz'))
attempt('pack ?', lambda: struct.pack('??', 0, 5))
attempt('pack f', lambda: struct.unpack('<f', struct.pack('<f', 0.1)))
attempt('pack e', lambda: struct.pack('<e', 1.5))
attempt('unpack', lambda: struct.unpack('!HI', b'\x00\x01\x00\x00\x00\x02'))
attempt('unpack Q', lambda: struct.unpack('!Q', b'\xff' * 8))
attempt('unpack_from', lambda: struct.unpack_from('!H', b'\x00\x00\x01\x02', 2))
attempt('iter_unpack', lambda: list(struct.iter_unpack('!H', b'\x00\x01\x00\x02')))
attempt('Struct', lambda: [struct.Struct('!HI').size, struct.Struct('!HI').format])
attempt('bad char', lambda: struct.pack('!z', 1))
attempt('count', lambda: struct.pack('!I'))
attempt('range B', lambda: struct.pack('B', 256))
attempt('range !H', lambda: struct.pack('!H', 70000))
attempt('range !I', lambda: struct.pack('!I', -1))
attempt('range q', lambda: struct.pack('!q', 2 ** 63))
attempt('not int', lambda: struct.pack('!I', 'x'))
attempt('size', lambda: struct.unpack('!I', b'abc'))
attempt('unpack str', lambda: struct.unpack('!I', 'abcd'))
attempt('unpack_from short', lambda: struct.unpack_from('!I', b'abc', 1))
attempt('float overflow', lambda: struct.pack('<f', 1e40))

server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen()
client = socket.create_connection(server.getsockname(), 2)
conn, _ = server.accept()
conn.settimeout(2)
for text in ('hello', '你好', ''):
    body = text.encode('utf-8')
    client.sendall(struct.pack('!I', len(body)) + body)
client.close()


def recv_exactly(sock, n):
    buf = b''
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            return buf
        buf += chunk
    return buf


while True:
    header = recv_exactly(conn, 4)
    if len(header) < 4:
        print('end', header)
        break
    (n,) = struct.unpack('!I', header)
    print('message', n, recv_exactly(conn, n).decode('utf-8'))
conn.close()
server.close()
