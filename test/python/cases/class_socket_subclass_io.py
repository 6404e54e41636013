# A socket.socket subclass in I/O (issue 9): its own method reading with self.recv, its own
# __repr__, select() and makefile() on it, dir() of an instance beside a plain socket's, and
# socket's methods read off the subclass (`Line.recv` is _socket.socket's method descriptor).
import socket, select
class Line(socket.socket):
    def recv_line(self):
        buf = b''
        while not buf.endswith(b'\n'):
            chunk = self.recv(1)
            if not chunk:
                break
            buf += chunk
        return buf
    def __repr__(self):
        return '<Line %d>' % self.type
a, b = socket.socketpair()
srv = Line(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('127.0.0.1', 0)); srv.listen()
cli = Line()
cli.connect(srv.getsockname())
conn, _ = srv.accept()
conn.sendall(b'hello\nworld\n')
r, _, _ = select.select([cli], [], [], 5)
print(r == [cli], repr(cli), str(cli), cli.recv_line(), cli.recv_line())
print(sorted(set(dir(cli)) - set(dir(conn))))
print(Line.recv, Line.recv_line.__qualname__)
f = cli.makefile('rb')
conn.sendall(b'x\n')
print(f.readline())
f.close()
print(cli.gettimeout(), cli.getblocking(), cli.fileno() > 0)
for s in (a, b, srv, cli, conn): s.close()
print(repr(cli))
