# iter() and next() on the builtin types, reversed(), enumerate(start=), zip(strict=), map and filter
# objects, dict views that see later changes, and range as a sequence.
it = iter([1, 2, 3])
print(next(it), next(it), list(it), next(it, 'end'))
for src in ([1], (2,), {'k': 3}, 'ab', b'xy', range(2), {5}):
    i = iter(src)
    print(next(i), end=' ')
print()
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', repr(e))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), list(reversed('abc')), list(reversed((1, 2))))
print(list(enumerate('ab', start=5)), list(enumerate('ab', 1)))
print(list(zip([1, 2], 'ab', strict=True)))
try:
    list(zip([1, 2, 3], 'ab', strict=True))
except ValueError as e:
    print('ValueError:', e)
m = map(str, [1, 2])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(None, [0, 1, 2])
print(type(f).__name__, next(f), list(f))
d = {'a': 1}
k, v, items = d.keys(), d.values(), d.items()
d['b'] = 2
print(k, v, items, len(k), 'a' in k, ('a', 1) in items, 1 in v)
r = range(2, 20, 3)
print(r, len(r), r[1], r[-1], r[1:3], r.index(8), 8 in r, list(r[::-1]), range(5), range(0, -5, -1))
print(type(reversed([1])).__name__, type(reversed(range(3))).__name__, type(reversed('ab')).__name__, type(map(str, [])).__name__)
for args in (([1, 2, 3], 'ab'), ([1], 'ab'), ([1, 2], 'ab', [0]), ('ab', 'ab', 'abc')):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print('ValueError:', e)
print(list(zip('abc', range(10))), list(zip()), dict(zip('ab', (n * n for n in range(2)))))
print(range(10).count(3), range(10).count(11), range(0, 10, 2).index(4), True in range(2), range(3).index(True))
try:
    range(0, 10, 2).index(3)
except ValueError as e:
    print('ValueError:', e)
a, b = map(int, '3 4'.split())
print(a + b, *map(str, [7, 8]))
import os
path = 'socklab-iterators.txt'
with open(path, 'w') as fh:
    fh.write('first\nsecond\n')
with open(path) as fh:
    lines = iter(fh)
    print(next(lines).rstrip(), next(lines).rstrip(), next(lines, 'at the end'))
os.remove(path)
