# property, staticmethod and classmethod (issue 9): a getter, .setter, .deleter, property() as a
# call, docstrings, 3.11's AttributeError texts for a read-only property, static and class
# methods called on the class and on instances, inherited, `cls()` making the subclass's instance,
# super() in a decorated method, and their reprs.
class Server:
    """A server with a port that must be valid."""
    default_port = 9999

    def __init__(self, host, port=None):
        self.host = host
        self._port = self.default_port if port is None else port
        self.log = []

    @property
    def port(self):
        """The port it listens on."""
        self.log.append('get')
        return self._port

    @port.setter
    def port(self, value):
        if not 0 <= value <= 65535:
            raise ValueError('port must be 0-65535')
        self.log.append('set %d' % value)
        self._port = value

    @port.deleter
    def port(self):
        self.log.append('del')
        self._port = 0

    @property
    def address(self):
        return (self.host, self.port)

    @staticmethod
    def valid(port):
        return 0 <= port <= 65535

    @classmethod
    def local(cls, port=0):
        return cls('127.0.0.1', port)

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self.host, self._port)

s = Server('0.0.0.0')
print(s.port, s.address)
s.port = 8080
print(s.port)
s.port += 1
print(s.port, getattr(s, 'port'), hasattr(s, 'port'))
setattr(s, 'port', 7788)
print(s._port)
try:
    s.port = 70000
except ValueError as e:
    print('ValueError:', e)
del s.port
print(s._port, s.log)
print(f'{s.port} {s.address!r}')

print(Server.valid(80), s.valid(-1), Server.local(), s.local(5))
print(Server.port.__doc__, Server.__doc__)

class TLSServer(Server):
    default_port = 443
    @classmethod
    def local(cls, port=4433):
        server = super().local(port)
        server.log.append('tls')
        return server
    @property
    def address(self):
        return ('tls',) + super().address

t = TLSServer.local()
print(t, type(t).__name__, t.address, t.log)
print(TLSServer('h').port, TLSServer.valid(1))

class ReadOnly:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    def get_y(self):
        return 'y'
    def set_y(self, v):
        print('set_y', v)
    y = property(get_y, set_y, doc='the y')
    z = property(get_y)
r = ReadOnly()
for attempt in ('set', 'del'):
    try:
        if attempt == 'set':
            r.x = 2
        else:
            del r.x
    except AttributeError as e:
        print('AttributeError:', e)
r.y = 5
print(r.y, ReadOnly.y.__doc__, ReadOnly.z.__doc__)
try:
    r.z = 1
except AttributeError as e:
    print('AttributeError:', e)

class Empty:
    nothing = property()
try:
    Empty().nothing
except AttributeError as e:
    print('AttributeError:', e)

print(type(Server.port), Server.port.fget.__name__, Server.port.fset.__qualname__, ReadOnly.x.fset)
print(repr(Server.port).split(' at ')[0], repr(Server.__dict__['valid']).split(' at ')[0])
print(repr(Server.__dict__['local']).split(' at ')[0], repr(Server.valid).split(' at ')[0])
print(repr(Server.local).split(' at ')[0], isinstance(Server.port, property))
print(property, staticmethod, classmethod)
