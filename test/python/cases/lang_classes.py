# Subset: classes with __init__, methods, attributes, class attributes, single inheritance, super(),
# __str__/__repr__/__eq__/__len__, isinstance/issubclass, type(x).__name__.
class Peer:
    count = 0
    def __init__(self, name, addr):
        self.name = name
        self.addr = addr
        Peer.count += 1
    def describe(self):
        return '%s at %s:%d' % (self.name, self.addr[0], self.addr[1])
    def __repr__(self):
        return 'Peer(%r, %r)' % (self.name, self.addr)

class Server(Peer):
    kind = 'server'
    def __init__(self, name, addr, backlog=5):
        super().__init__(name, addr)
        self.backlog = backlog
    def describe(self):
        return 'server ' + super().describe() + ' backlog %d' % self.backlog
    def __str__(self):
        return '<%s>' % self.name

class Message:
    def __init__(self, text):
        self.text = text
    def __eq__(self, other):
        return isinstance(other, Message) and self.text == other.text
    def __len__(self):
        return len(self.text)
    def __hash__(self):
        return hash(self.text)

p = Peer('B', ('127.0.0.1', 9999))
s = Server('A', ('127.0.0.1', 9998))
print(p.describe())
print(s.describe())
print(repr(p), repr(s), str(s), s)
print([p, s])
print(Peer.count, s.count, Server.kind, s.kind)
print(isinstance(s, Peer), isinstance(p, Server), issubclass(Server, Peer), issubclass(bool, int))
print(type(s).__name__, type(s) is Server, Server.__name__, Server.__bases__[0].__name__)
print(Message('hi') == Message('hi'), Message('hi') != Message('yo'), len(Message('hello')))
print(Message('x') in [Message('x')], len({Message('x'), Message('x')}))
s.backlog = 128
print(getattr(s, 'backlog'), hasattr(s, 'missing'), getattr(s, 'missing', 'default'))
setattr(p, 'name', 'C')
print(p)
class Empty:
    pass
e = Empty()
e.value = 42
print(e.value, type(e).__name__)
