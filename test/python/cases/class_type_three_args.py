# type(name, bases, dict) makes a class: the dict's functions are its methods, the tuple its
# bases (their MRO), its repr and __name__ the name; type() with two arguments is a TypeError.


def greet(self):
    return 'hi from ' + type(self).__name__


def init(self, port):
    self.port = port


Base = type('Base', (), {'greet': greet, 'kind': 'base'})
Server = type('Server', (Base,), {'__init__': init, 'describe': lambda self: f'{self.kind} on {self.port}', 'kind': 'server'})
s = Server(8080)
print(Base, Server, Server.__name__, Server.__qualname__, Server.__module__)
print(s.greet(), s.describe(), s.port, Server.kind, Base.kind)
print(Server.__mro__, Server.__bases__, Base.__bases__)
print(isinstance(s, Base), issubclass(Server, Base), type(Server), type(s) is Server)


class Mixin:
    def tag(self):
        return 'mixin'


Both = type('Both', (Mixin, Server), {})
b = Both(1)
print(b.tag(), b.describe(), [c.__name__ for c in Both.__mro__])
Empty = type('Empty', (), {})
print(repr(Empty()).startswith('<__main__.Empty object at'))
for args in [('X', ()), ('X', [], {}), (1, (), {}), ('X', (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print('TypeError:', e)
