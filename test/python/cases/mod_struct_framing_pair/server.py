# args: {port}
# Sticky packets (粘包) solved with struct framing across two processes: a 4-byte big-endian length,
# then the body; the server reads exactly that many bytes per message, whatever recv returns.
import socket
import struct
import sys
def recv_exact(sock, n):
    data = b''
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError('peer closed after %d of %d bytes' % (len(data), n))
        data += chunk
    return data
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
server.bind(('127.0.0.1', int(sys.argv[1])))
server.listen(1)
print('framing server up')
conn, addr = server.accept()
count = 0
while True:
    head = conn.recv(4, socket.MSG_WAITALL)
    if not head:
        break
    (length,) = struct.unpack('!I', head)
    body = recv_exact(conn, length)
    count += 1
    print(count, length, body[:12].decode('utf-8', errors='replace'))
conn.sendall(struct.pack('!I', count))
conn.close()
server.close()
