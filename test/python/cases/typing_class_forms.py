# typing's class forms (issue 9): class Addr(NamedTuple) with annotated fields, a default, methods, a
# property, _fields/_replace/_asdict/_make/_field_defaults, its repr (or the class's own __repr__),
# tuple behaviour, a subclass, read-only fields and the default-order TypeError; class Movie(TypedDict)
# and TypedDict('Point', {...}), whose instances are dicts.
from typing import NamedTuple
class Addr(NamedTuple):
    """An address."""
    host: str
    port: int = 0
    def url(self): return f"{self.host}:{self.port}"
    @property
    def pair(self): return (self.host, self.port)
a = Addr('h', 5)
print(a, repr(a), a.url(), a._fields, a._replace(port=1), a._asdict(), a.pair)
print(Addr('x'), Addr._fields, Addr._field_defaults, Addr.__doc__, type(a).__name__, isinstance(a, tuple), isinstance(a, Addr))
h, p = a
print(h, p, a[0], a == ('h', 5), len(a), Addr._make(['q', 9]), Addr.__annotations__)
try:
    Addr()
except TypeError as e:
    print(e)
class Addr6(Addr):
    def url(self): return f"[{self.host}]:{self.port}"
print(Addr6('::1', 1).url(), Addr6('::1', 2))
try:
    a.port = 9
except AttributeError as e:
    print('AttributeError:', e)
class Named(NamedTuple):
    name: str
    def __repr__(self):
        return f'<{self.name}>'
    def __str__(self):
        return self.name.upper()
n = Named('x')
print(repr(n), str(n), n, {a: 1}[Addr('h', 5)], a < Addr('h', 6), sorted([Addr('b'), Addr('a', 2)]))
print([k.__name__ for k in Addr.__mro__], Addr.__bases__, Addr6.__bases__[0].__name__)
try:
    class Wrong(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print('TypeError:', e)

from typing import TypedDict
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title='Blade Runner', year=1982)
print(m, type(m).__name__, m['year'], Movie.__annotations__, isinstance(m, dict), m == {'title': 'Blade Runner', 'year': 1982})
m['year'] += 1
print(m)
Point = TypedDict('Point', {'x': int, 'y': int})
p = Point(x=1, y=2)
print(p, type(p).__name__, Point.__annotations__)
