# Special methods: iteration. for (with unpacking), a, b = x, a, *b = x, list/tuple/sorted/dict/set,
# zip/enumerate/map/filter/sum/min/max/any/all, 'in', *x in a call, comprehensions, iter()/next()
# and str.join on instances with __iter__/__next__, and with only __getitem__ (IndexError ends it).
class Pairs:
    def __init__(self, items): self.items = items
    def __iter__(self): return iter(self.items)
class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
p = Pairs([(1, 2), (3, 4)])
for a, b in p: print(a, b)
x, y = Pairs([5, 6])
print(x, y)
h, *t = Count(4)
print(h, t)
print(list(Count(3)), tuple(Seq()), sorted(Pairs([3, 1, 2])), list(Seq()))
print(dict(Pairs([('a', 1), ('b', 2)])))
print(list(zip(Count(3), Seq())), list(enumerate(Seq())))
for i, v in enumerate(Count(2)): print(i, v)
print(2 in Count(3), 20 in Seq(), 5 in Seq())
print(sum(Count(4)), min(Seq()), max(Count(3)), set(Seq()) == {0, 10, 20})
def f(*args): return args
print(f(*Count(3)), f(0, *Seq()))
print([v * 2 for v in Seq()], {v for v in Count(2)})
it = iter(Count(2))
print(next(it), next(it), next(it, 'end'))
s = iter(Seq())
print(next(s), list(s))
print(any(Count(0)), all(Seq()))
print(' '.join(Pairs(['a', 'b'])))
for c in Seq():
    for d in Count(2): print(c, d, end='; ')
print()
print(list(map(str, Count(3))), list(filter(None, Seq())))
