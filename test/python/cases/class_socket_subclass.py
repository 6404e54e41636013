# A Python subclass of socket.socket (issue 9): its instances are real sockets of the subclass
# (its own and overridden methods, super().send, isinstance, type, the repr naming the class),
# accept() on it gives plain socket.socket objects (socket.py's accept() calls `socket`), dup()
# calls the instance's own class with fileno=, a subclass without __init__ is called as
# socket.socket is, one whose __init__ skips socket.__init__ has no fd (sock_new), and
# socket.SocketType is _socket.socket, socket.socket's base.
import socket


class MySock(socket.socket):
    def __init__(self, family=socket.AF_INET, type=socket.SOCK_STREAM, proto=0, fileno=None):
        super().__init__(family, type, proto, fileno)
        self.count = 0

    def hello(self):
        self.count += 1
        return self.count

    def send(self, data):
        self.count += 10
        return super().send(data)


class Plain(socket.socket):
    pass


class NoInit(socket.socket):
    def __init__(self):
        self.x = 1


class OldStyle(socket.socket):
    def __init__(self):
        socket.socket.__init__(self, socket.AF_INET, socket.SOCK_DGRAM)


s = MySock()
print(type(s).__name__, isinstance(s, MySock), isinstance(s, socket.socket), type(s) is socket.socket)
print(s.hello(), repr(s.family), repr(s.type))
s.bind(('127.0.0.1', 0))
s.listen()
print(repr(s).split(' laddr')[0])
print(MySock.__mro__)
print(MySock.__bases__, issubclass(MySock, socket.socket), issubclass(socket.socket, MySock))
c = MySock()
c.settimeout(5)
c.connect(s.getsockname())
print(c.send(b'hi'), c.count)
conn, addr = s.accept()
print(type(conn), type(conn) is socket.socket, isinstance(conn, MySock))
print(conn.recv(10))
d = c.dup()
print(type(d).__name__, d.count, d.gettimeout(), d.getpeername() == c.getpeername())
d.close()
p = Plain(socket.AF_INET, socket.SOCK_DGRAM)
print(type(p).__name__, p.type, repr(p))
p.close()
p = Plain(type=socket.SOCK_DGRAM)
print(p.type)
p.close()
n = NoInit()
print(repr(n), n.x, n.fileno())
try:
    n.bind(('127.0.0.1', 0))
except OSError as e:
    print('OSError', e)
o = OldStyle()
print(o.type, type(o).__name__)
o.close()
try:
    s.hello(1)
except TypeError as e:
    print('TypeError', e)
try:
    s.nothing
except AttributeError as e:
    print('AttributeError', e)
conn.close()
c.close()
s.close()
print(repr(s))
print(socket.socket, socket.SocketType, type(socket.socket), socket.socket.__bases__)
print(MySock)
with MySock() as w:
    print(type(w).__name__)
print(w.fileno())
