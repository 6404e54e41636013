# A wrapper that forwards what it does not define to the socket it holds (__getattr__),
# a class whose __getattribute__ sees every lookup, and the AttributeError texts.
import socket


class Logged:
    def __init__(self, sock):
        self._sock = sock
        self.sent = 0

    def __getattr__(self, name):
        print('forward', name)
        return getattr(self._sock, name)

    def sendall(self, data):
        self.sent += len(data)
        return self._sock.sendall(data)


a, b = socket.socketpair()
la = Logged(a)
la.sendall(b'hello')
print(b.recv(5), la.sent)
print(la.fileno() == a.fileno())
print(la.family == a.family, la.type == a.type)
la.settimeout(2.0)
print(la.gettimeout() == a.gettimeout() == 2.0)
print(hasattr(la, 'recv'), hasattr(la, 'nothing'))
print(getattr(la, 'nothing', 'default'))
try:
    la.nothing
except AttributeError as e:
    print('AttributeError:', e)
# Special methods are looked up on the class, never through __getattr__.
try:
    with Logged(b) as lb:
        print(type(lb).__name__)
except TypeError as e:
    print('TypeError:', e)
la.close()
print(a.fileno(), b.fileno() > 0)


class Strict:
    def __init__(self):
        self.known = 1

    def __getattr__(self, name):
        raise AttributeError(f'{type(self).__name__} has no {name!r}')


s = Strict()
print(s.known)
try:
    print(s.unknown)
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(s, 'unknown', None), hasattr(s, 'unknown'))


class Counted:
    def __init__(self):
        self.x = 1
        self.lookups = []

    def __getattribute__(self, name):
        if name != 'lookups':
            object.__getattribute__(self, 'lookups').append(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return name.upper()

    def double(self):
        return self.x * 2


c = Counted()
print(c.x, c.double(), c.missing)
print(c.lookups)


class NoFallback:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('no secrets here')
        return object.__getattribute__(self, name)


n = NoFallback()
n.open = 1
print(n.open, hasattr(n, 'secret'))
try:
    n.secret
except AttributeError as e:
    print('AttributeError:', e)
try:
    n.other
except AttributeError as e:
    print('AttributeError:', e)
b.close()
