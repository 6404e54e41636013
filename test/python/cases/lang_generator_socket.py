# A generator reading a socket (issue 9): `def lines(sock): ... yield line` buffers recv() until
# each newline, blocking inside the generator (a server thread sends in pieces); a generator
# method that frames messages, and a sending side fed by a generator of chunks.
import socket
import threading

def chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]

def serve(server):
    conn, _ = server.accept()
    with conn:
        for piece in chunks(b'hello\nworld\nthis is\na test\n', 5):
            conn.sendall(piece)
        conn.shutdown(socket.SHUT_WR)
        print('server got', conn.recv(100))

def lines(sock):
    buffer = b''
    while True:
        data = sock.recv(4)
        if not data:
            break
        buffer += data
        while b'\n' in buffer:
            line, buffer = buffer.split(b'\n', 1)
            yield line.decode()
    if buffer:
        yield buffer.decode()

class Framer:
    def __init__(self, sock):
        self.sock = sock
        self.count = 0
    def messages(self):
        for line in lines(self.sock):
            self.count += 1
            yield self.count, line

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('127.0.0.1', 0))
server.listen(1)
t = threading.Thread(target=serve, args=(server,))
t.start()
client = socket.create_connection(server.getsockname())
client.settimeout(5)
framer = Framer(client)
reader = framer.messages()
print(next(reader))
for number, line in reader:
    print(number, line.upper())
client.sendall(b'thanks')
client.close()
t.join(5)
server.close()
print('messages:', framer.count)
