# A subclass of tuple (issue 9): __new__ through super().__new__(cls, items), a property and __repr__
# of its own, tuple's operators and methods on it (results are plain tuples), tuple.__repr__, an
# attribute of the instance, hashing, and item assignment refused with the class's name.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f'Point({self[0]}, {self[1]})'
p = Point(1, 2)
print(p, p.x, p[1], len(p), list(p), p == (1, 2), p + (3,), type(p + (3,)).__name__, isinstance(p, tuple), hash(p) == hash((1, 2)))
a, b = p
print(a, b, p.count(1), p.index(2), tuple.__repr__(p), p[:1], sorted(p, reverse=True), 2 in p)
class Pair(tuple):
    pass
q = Pair([5, 6])
print(q, repr(q), type(q).__name__, q * 2, {q: 1})
q.tag = 'x'
print(q.tag, Pair(), Pair.__mro__)
try:
    p[0] = 5
except TypeError as e:
    print(e)
