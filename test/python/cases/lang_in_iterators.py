# `x in it` over an iterator steps it up to the first match (PySequence_Contains), so the items
# after the match are still there: generators in a variable, map/filter/zip/enumerate/reversed,
# iter() of a list or a dict, a Python class's iterator, and a class with only __getitem__.
g = (i * i for i in range(6))
print(4 in g, list(g))
print(100 in (i for i in range(3)))
m = map(str.upper, ['a', 'b', 'c'])
print('B' in m, list(m))
f = filter(None, [0, 1, 0, 2, 3])
print(2 in f, list(f))
z = zip('abc', [1, 2, 3])
print(('b', 2) in z, list(z))
e = enumerate(['x', 'y', 'z'])
print((1, 'y') in e, next(e))
r = reversed([1, 2, 3, 4])
print(3 in r, list(r))
it = iter([5, 6, 7])
print(6 in it, 6 in it, list(it))
keys = iter({'k1': 1, 'k2': 2})
print('k1' in keys, list(keys))
print(2 not in iter([1, 2]), 'q' not in iter('abc'))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Countdown(5)
print(3 in c, next(c), 9 in c)


class Squares:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError(i)
        return i * i


print(9 in Squares(), 10 in Squares())


class Box:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v


print(Box(2) in iter([Box(1), Box(2)]), Box(2) in (Box(i) for i in range(2)))
try:
    print(1 in 5)
except TypeError as exc:
    print('TypeError:', exc)
