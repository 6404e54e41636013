# collections.namedtuple: defaults=, rename=, _make, _asdict, _replace, _fields, _field_defaults,
# the class's repr and isinstance, CPython's errors for bad calls and bad field names.
from collections import namedtuple
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, repr(p), p.x, p[1], p._fields, Point._fields, len(p), list(p), p == (1, 2), tuple(p))
x, y = p
print(x, y, p._asdict(), p._replace(x=10), Point._make([3, 4]), Point._make(range(2)))
print(Point, type(p), type(p).__name__, isinstance(p, tuple), isinstance(p, Point), Point.__name__)
Peer = namedtuple('Peer', 'host port name', defaults=['anon'])
print(Peer('::1', 80), Peer('h', 1, 'n'), Peer._field_defaults, Peer._fields)
Opt = namedtuple('Opt', 'a, b, c', defaults=(1, 2))
print(Opt(0), Opt(0, c=5), Opt._field_defaults)
t(lambda: Point(1))
t(lambda: Point(1, 2, 3))
t(lambda: Point(1, z=3))
t(lambda: Point(1, 2, x=3))
t(lambda: p._replace(z=1))
t(lambda: Point._make([1]))
t(lambda: namedtuple('Bad', ['x', 'x']))
t(lambda: namedtuple('Bad', ['1x']))
t(lambda: namedtuple('Bad', ['def']))
t(lambda: namedtuple('Bad', ['_x']))
t(lambda: namedtuple('R', ['_x', 'def'], rename=True)._fields)
t(lambda: namedtuple('D', 'a b', defaults=[1, 2, 3]))
def setx():
    p.x = 5
t(setx)
print(sorted([Point(2, 1), Point(1, 5)]), {p: 'a'}[Point(1, 2)], p + (3,), p[:1], p.count(1), p.index(2))
print(Point(x=1, y=[1]))
print(str(p), f'{p}', '%s' % (p,))
Nested = namedtuple('Nested', ['p', 'label'])
print(Nested(p, 'a'), Nested(Point(1, 2), None)._asdict())
