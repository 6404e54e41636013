# Module json: the sticky-packet fix of the Chinese socket courses: a JSON header (the command's
# name and the body's size) whose length goes first as struct.pack('i', ...), then the body. A
# server thread reads the 4-byte length, the header, then exactly header['size'] bytes.
import json
import socket
import struct
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('127.0.0.1', 0))
server.listen(1)
port = server.getsockname()[1]

def recv_exact(conn, n):
    data = b''
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            break
        data += chunk
    return data

def serve():
    conn, addr = server.accept()
    for _ in range(3):
        header_len = struct.unpack('i', recv_exact(conn, 4))[0]
        header = json.loads(recv_exact(conn, header_len).decode('utf-8'))
        body = recv_exact(conn, header['size'])
        print('server got', header, len(body), body[:10])
        reply = json.dumps({'ok': True, 'cmd': header['cmd'], 'received': len(body)}).encode('utf-8')
        conn.sendall(struct.pack('i', len(reply)) + reply)
    conn.close()

t = threading.Thread(target=serve)
t.start()
client = socket.socket()
client.connect(('127.0.0.1', port))
for cmd, body in [('put', b'x' * 3000), ('echo', '你好'.encode('utf-8')), ('empty', b'')]:
    header = {'cmd': cmd, 'size': len(body), 'md5': None, 'ratio': 0.5}
    header_bytes = json.dumps(header).encode('utf-8')
    client.send(struct.pack('i', len(header_bytes)))
    client.send(header_bytes)
    client.sendall(body)
    n = struct.unpack('i', recv_exact(client, 4))[0]
    print('client got', json.loads(recv_exact(client, n)))
t.join()
client.close()
server.close()
