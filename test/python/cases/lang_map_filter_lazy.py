# map() and filter() are lazy (CPython's map_next/filter_next): f runs when an item is asked for,
# so prints interleave with the loop, next(map(f, xs)) calls f once, an endless iterator works;
# enumerate/zip/iter() objects keep their place after a break and have CPython's type names;
# iter(f, sentinel) calls f until the sentinel.
def f(x):
    print('f', x)
    return x * 10
m = map(f, [1, 2, 3])
print('made', type(m).__name__)
print(next(m))
for v in m:
    print('got', v)
def keep(x):
    print('keep?', x)
    return x % 2
for v in filter(keep, range(4)):
    print('kept', v)
class Count:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
sq = map(lambda x: x * x, Count())
print(next(sq), next(sq), next(sq))
ev = filter(lambda x: x % 2 == 0, Count())
print(next(ev), next(ev))
print(list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda a, b: a + b, 'ab', 'xyz')))
a, b = map(int, '4 5'.split())
print(a + b)
x, *rest = map(str, range(4))
print(x, rest)
print(sorted(map(abs, [-3, 1, -2])), sum(map(int, ['1', '2'])))
print(dict(map(lambda k: (k, len(k)), ['aa', 'b'])))
print(tuple(filter(None, [0, '', 'a', [], [1]])))
print(' '.join(map(str, [1, 2, 3])))
print(set(map(len, ['a', 'bb', 'cc'])) == {1, 2})
print(max(map(len, ['a', 'bbb'])), min(filter(lambda v: v > 1, [5, 3, 1])))
print(list(zip(map(str, [1, 2]), filter(None, [0, 7, 8]))))
print(list(enumerate(map(str.upper, 'ab'), 1)))
e = enumerate(map(str.upper, 'abc'))
print(type(e).__name__, next(e))
for pair in e:
    print(pair)
print([y for y in map(lambda v: v + 1, [1, 2])], any(map(bool, [0, 1])), all(map(bool, [0, 1])))
it = iter([1, 2, 3])
print(type(it).__name__, next(it), list(it))
print(type(iter((1,))).__name__, type(iter('é')).__name__, type(iter(b'a')).__name__, type(iter({1})).__name__, type(iter(range(1))).__name__)
d = {'a': 1}
print(type(iter(d.items())).__name__, type(iter(d.values())).__name__, type(iter(d)).__name__, type(zip()).__name__)
calls = iter(['x', 'y', '', 'z'])
print(list(iter(lambda: next(calls), '')))
for fn in [lambda: map(len), lambda: map(len, 5), lambda: filter(len, 5), lambda: filter(len), lambda: enumerate(5), lambda: zip(1), lambda: iter(5, 1)]:
    try:
        fn()
    except TypeError as exc:
        print('TypeError:', exc)
m = map(int, ['1', 'x', '3'])
print(next(m))
try:
    next(m)
except ValueError as exc:
    print('ValueError:', exc)
print(list(map(str, [])), list(filter(None, [])), next(map(str, []), 'empty'))
print(repr(map(str, [])).startswith('<map object at 0x'), str(filter(None, [])).startswith('<filter object at'))
e = enumerate('abcd')
for i, c in e:
    break
print(list(e)[:1])
z = zip('ab', 'cd', 'ef')
for t in z:
    break
print(list(z))
r = reversed('xyz')
for c in r: break
print(list(r))
m = map(int, '123')
for c in m: break
print(list(m))
it = iter([1,2,3])
for x in it: break
print(list(it))
a, b = map(int, '12')
print(a, b, next(iter(range(3))))
print(sorted(e), type(e).__name__, type(z).__name__, type(it).__name__, type(iter('a')).__name__, type(iter({})).__name__)
