# socket.socket as a class (issue 9): its methods read off the class, as CPython 3.11 shows them
# (_socket.socket's methods are method descriptors, socket.py's are functions), called with the
# socket first; and a socket's bound methods' reprs.
import socket

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except (TypeError, OSError) as e:
        print(label, '!!', type(e).__name__ + ':', e)

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
socket.socket.bind(srv, ('127.0.0.1', 0))
socket.socket.listen(srv, 1)
port = socket.socket.getsockname(srv)[1]
c = socket.socket()
socket.socket.connect(c, ('127.0.0.1', port))
conn, _ = socket.socket.accept(srv)
socket.socket.sendall(c, b'hello')
print(socket.socket.recv(conn, 5))
print(list(map(socket.socket.fileno, [c])) == [c.fileno()])
show('socket.socket.recv', lambda: socket.socket.recv)
show('socket.socket.sendall', lambda: socket.socket.sendall)
show('type(socket.socket.recv)', lambda: type(socket.socket.recv))
show('socket.socket.recv.__qualname__', lambda: socket.socket.recv.__qualname__)
show('socket.socket.recv.__name__', lambda: socket.socket.recv.__name__)
show("hasattr(socket.socket, 'recv')", lambda: hasattr(socket.socket, 'recv'))
show('callable(socket.socket.recv)', lambda: callable(socket.socket.recv))
show('type(c).recv is socket.socket.recv', lambda: type(c).recv is socket.socket.recv)
show("getattr(socket.socket, 'settimeout')", lambda: getattr(socket.socket, 'settimeout'))
show('socket.socket.close.__qualname__', lambda: socket.socket.close.__qualname__)
show('type(socket.socket.close)', lambda: type(socket.socket.close))
show('type(socket.socket.family)', lambda: type(socket.socket.family))
show('socket.socket.proto', lambda: socket.socket.proto)
show('socket.socket.timeout', lambda: socket.socket.timeout)
show('socket.socket.recv(5, 1)', lambda: socket.socket.recv(5, 1))
show('socket.socket.recv()', lambda: socket.socket.recv())
show('socket.socket.gettimeout(c)', lambda: socket.socket.gettimeout(c))
show('c.recv', lambda: c.recv)
show('c.close', lambda: c.close)
show('type(c.recv)', lambda: type(c.recv))
for s in (conn, c, srv):
    socket.socket.close(s)
show('closed', lambda: socket.socket.fileno(c))
try:
    socket.socket.nope
except AttributeError as e:
    print('AttributeError:', e)
