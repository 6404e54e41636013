# A class deriving from a namedtuple (its fields, methods, _replace/_make of the subclass, isinstance),
# `__module__ = ...` in a class body in its repr, and the __dict__/__weakref__ descriptors type_new
# adds to vars() of the first class over object, a builtin type or an exception (not a subclass's).
# (vars(P) sorted: socklab lists a body's defs before its other names.)
from collections import namedtuple


class P(namedtuple('P', 'x y')):
    __slots__ = ()

    def norm(self):
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return f'P<{self.x},{self.y}>'


Base = P.__bases__[0]
p = P(1, -2)
print(p, repr(p), p.norm(), p.x, p[1], tuple(p), isinstance(p, tuple), isinstance(p, Base), issubclass(P, Base))
print(P._fields, p._replace(x=5), P._make([3, 4]), p._asdict(), type(p._replace(y=0)).__name__)
x, y = p
print(x, y, p == (1, -2), len(p), type(p).__name__, hash(p) == hash((1, -2)))


class Q(namedtuple('Q', ['host', 'port'], defaults=[80])):
    @property
    def url(self):
        return f'http://{self.host}:{self.port}/'


print(Q('h'), Q('h').url, Q('h', 8080).url, sorted({Q('a'), Q('a'), Q('b')}))


class M:
    __module__ = 'proto'


print(M, repr(M()).split(' at ')[0], M.__module__)


class Z:
    x = 1


class Y(Z):
    y = 2


class W:
    def m(self):
        pass


class E(Exception):
    pass


class D(dict):
    pass


class T(tuple):
    pass


print(list(vars(Z)), list(vars(Y)), list(vars(W)))
print(list(vars(E)), list(vars(D)), list(vars(T)), sorted(vars(P)))
print(vars(Z)['__dict__'], vars(Z)['__weakref__'], '__dict__' in vars(Y))
