# Special methods: comparisons. == and != with a literal on either side call __eq__ (reflected
# for 3 == e), != is derived from __eq__, NotImplemented falls back to identity, lists and tuples
# compare their items with __eq__, 'in' asks each item, < > use __lt__ and its reflection.
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v, o)
        return o == self.v
class N:
    pass
class NI:
    def __eq__(self, o): return NotImplemented
e = E(3)
print(e == 3, 3 == e, e != 3, 3 != e, e == 'x', b'x' == e, e == None)
n = N()
print(n == n, n == 1, n != 1, 1 != n)
ni = NI()
print(ni == ni, ni == 1, ni != ni, ni != 1)
print(e in [1, 3], 3 in [e], [e] == [3], (3,) == (e,))
class NE:
    def __ne__(self, o): return 'ne!'
print(bool(NE() != 1), bool(1 != NE()), NE() == 1)
if e == 3: print('yes')
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < (o.v if isinstance(o, Lt) else o)
    def __repr__(self): return 'Lt(%d)' % self.v
print(Lt(1) < 2, 2 > Lt(1), sorted([Lt(3), Lt(1)]))
try: print(Lt(1) <= 2)
except TypeError as ex: print(ex)
print(e in [1, 3])
print(3 in [e])
print([e] == [3])
print((3,) == (e,))
try: print(e in {1: 2})
except TypeError as ex: print(ex)
# A comparison gives what the method returned (a str, an int), and an if tests its truth.
class NE2:
    def __ne__(self, o): return 'ne!'
    def __eq__(self, o): return 0
    def __lt__(self, o): return []
print(NE2() != 1, 1 != NE2(), NE2() == 1, 1 == NE2())
if NE2() == 1: print('no')
if not (NE2() < 1): print('empty list is falsy')
if NE2() != 1: print('ne! is truthy')
print(NE2() in [1], [NE2()] == [1])
