# exit: 1
# Special methods: __getitem__/__setitem__/__delitem__ (and += on an item), unary __neg__,
# __add__/__radd__ (sum() too), a subclass's reflected __eq__ going first, and an exception
# class's own __str__ in the last line of an uncaught traceback.
class M:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): print('del', k); del self.d[k]
    def __neg__(self): return 'neg'
    def __len__(self): return len(self.d)
m = M()
m['a'] = 1
m['a'] += 5
print(m['a'], len(m))
del m['a']
print(len(m), -m)
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __mul__(self, o): return V(self.x * o)
    def __sub__(self, o): return V(self.x - o.x)
    def __repr__(self): return 'V(%r)' % self.x
print(V(1) + V(2), 3 + V(1), V(2) * 3, sum([V(1), V(2)]), V(5) - V(1))
class Base:
    def __eq__(self, o): print('Base.eq'); return NotImplemented
class Sub(Base):
    def __eq__(self, o): print('Sub.eq'); return True
print(Base() == Sub())
class E(Exception):
    def __str__(self): return 'custom E'
raise E('x')
