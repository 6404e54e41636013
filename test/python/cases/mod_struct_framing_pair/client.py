# args: {port}
# The framing client: every message sent at once (they arrive glued together), then SHUT_WR; reads the count.
import socket
import struct
import sys
messages = ['hello', '粘包问题', '', 'x' * 70000, 'bye']
c = socket.create_connection(('127.0.0.1', int(sys.argv[1])))
c.sendall(b''.join([struct.pack('!I', len(m.encode('utf-8'))) + m.encode('utf-8') for m in messages]))
c.shutdown(socket.SHUT_WR)
reply = b''
while len(reply) < 4:
    chunk = c.recv(4)
    if not chunk:
        break
    reply += chunk
print('server counted', struct.unpack('!I', reply)[0], 'messages')
c.close()
