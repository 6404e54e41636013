# Generator expressions are lazy: items are computed one at a time, when asked for.
calls = []


def f(x):
    calls.append(x)
    return x > 2


data = [1, 5, 2, 7, 3]
print(any(x > 2 for x in data), all(x > 0 for x in data), all(x > 1 for x in data))
print(any(f(x) for x in range(10)), calls)
calls.clear()
print(all(not f(x) for x in range(10)), calls)
print(sum(x * x for x in data), sum((x for x in data), 100), min(x for x in data), max(-x for x in data))
print(sorted(x % 3 for x in data), list(x for x in 'abc'), tuple(x + 1 for x in data))
print(sorted(set(x % 4 for x in range(20))), dict((x, x * x) for x in range(4)))
print(' '.join(str(x) for x in data), '-'.join(c.upper() for c in 'hey'), max((len(w), w) for w in ['a', 'bbb', 'cc']))
print(min((x for x in []), default='empty'), max(data, key=lambda v: -v))

g = (x * 10 for x in data if x != 2)
print(type(g).__name__, next(g), next(g))
print(list(g), list(g), next(g, 'done'))
try:
    next(g)
except StopIteration:
    print('StopIteration')

# the first iterable is evaluated at once, the rest when the generator runs
try:
    bad = (x for x in 5)
except TypeError as e:
    print('TypeError:', e)
late = (y for y in range(3) if y < limit)
limit = 2
print(list(late))
print(list((i, j) for i in range(3) for j in range(i)))


class Countdown:
    """An iterator without end until it hits zero, driven by a while loop in __next__."""

    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        while self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Naturals:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n


evens = (n for n in Naturals() if n % 2 == 0)
print(next(evens), next(evens), next(evens))
for v in evens:
    if v > 12:
        break
print(v, next(evens))
print(any(n > 1000 for n in Naturals()), list(n * n for n in Countdown(4)))
for i, sq in enumerate((n * n for n in Naturals()), start=1):
    if i == 3:
        print('third', sq)
        break
print(list(zip('abc', (n for n in Naturals()))))
print(list(map(str, (n for n in Countdown(3)))), list(filter(None, (n % 2 for n in range(5)))))

# where the code around it needs every item at once, it gets them
a, b = (x for x in [1, 2])
first, *rest = (c for c in 'abc')
print(a, b, first, rest, *(x for x in [1, 2]), 2 in (x for x in [1, 2]))
s = {1}
s.update(x for x in [5, 9])
words = ['x']
words.extend(w * 2 for w in 'ab')
print(s, s.union(x for x in [3]), words, b''.join(bytes([x]) for x in b'hi'))
