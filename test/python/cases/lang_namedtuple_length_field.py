# A namedtuple field called length (a packet header's), from collections.namedtuple and typing.NamedTuple:
# len() stays the number of fields, .length reads the field, _replace/_make/_asdict keep it.
from collections import namedtuple
H = namedtuple("H", "magic length")
h = H(b"x", 6)
print(len(h), list(h), h, h.length, h[1], h[-1], h == (b"x", 6), tuple(h), [x for x in h], h.count(6), h._asdict())
P = namedtuple("P", ["name", "push", "map", "constructor", "toString"])
p = P(1, 2, 3, 4, 5)
print(p, len(p), p.push, p.map, p.constructor, p.toString, list(p))
from typing import NamedTuple
class Hdr(NamedTuple):
    kind: int
    length: int = 0
x = Hdr(1, 9)
print(x, len(x), x.length, x[1], list(x), x._replace(length=3), Hdr._make([2, 4]).length, x._asdict())
h2 = h._replace(length=7)
print(h2, len(h2), h2.length, H._make([b"y", 1]).length, H(magic=1, length=2))
try:
    h.length = 3
except AttributeError as e:
    print(e)
print(len((1, 2, 3)))
t = (1, 2)
try:
    t.length
except AttributeError as e:
    print(e)
