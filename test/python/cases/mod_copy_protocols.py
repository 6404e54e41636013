# copy and deepcopy beyond the containers (stdlib_copy): what each keeps as it is (frozenset,
# tuples of atomic values, functions, classes), the memo argument (id() to copy, and the list that
# keeps the originals alive), __copy__/__deepcopy__(memo), __reduce_ex__ and __reduce__ results
# (a global name, state, list items and dict items, a (dict, slots) state), __setstate__,
# __getstate__ returning None, __slots__, subclasses of list/dict/tuple/int, bound methods,
# SimpleNamespace, Counter, recursive objects, and the TypeErrors of what cannot be copied.
import copy
import collections
import types

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

fs = frozenset({1, 2})
attempt('fs', lambda: (copy.copy(fs) is fs, copy.deepcopy(fs) is fs, copy.deepcopy(fs) == fs))
t = (1, 'a', None)
print(copy.deepcopy(t) is t, copy.deepcopy(()) == (), copy.copy(range(3)) == range(3))
r = range(5); print(copy.deepcopy(r) is r)
f = lambda: 1
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(len) is len, copy.deepcopy(int) is int)
class K: pass
print(copy.copy(K) is K, copy.deepcopy(K) is K)
print(copy.deepcopy(1.5), copy.deepcopy(True), copy.deepcopy(...), copy.deepcopy(NotImplemented))
bl = [1]; tt = (bl, bl)
dt = copy.deepcopy(tt); print(dt[0] is dt[1], dt[0] is bl)
# recursive tuple through a list
lst = []; tup = (lst,); lst.append(tup)
c = copy.deepcopy(tup); print(c[0][0] is c, c is not tup)
# memo argument
memo = {}
a = [1, 2]
b = copy.deepcopy(a, memo)
print(memo[id(a)] is b, id(memo) in memo, memo[id(memo)] == [a], len(memo))
memo2 = {id(a): 'preset'}
print(copy.deepcopy([a, a], memo2))
# __deepcopy__ receives the memo
class D:
    def __deepcopy__(self, memo):
        print('memo keys', len(memo), type(memo).__name__)
        return 'D!'
print(copy.deepcopy([D(), D()]))
class C:
    def __copy__(self): return 'C!'
print(copy.copy(C()), type(copy.copy([C()])[0]).__name__)
# __reduce_ex__
class R:
    def __init__(self, v): self.v = v
    def __reduce_ex__(self, proto):
        print('reduce_ex', proto)
        return (R, (self.v + 1,))
    def __repr__(self): return f'R({self.v})'
print(copy.copy(R(1)), copy.deepcopy(R(5)))
class R2:
    def __reduce__(self):
        return 'R2 global'
x = R2(); print(copy.copy(x) is x, copy.deepcopy(x) is x)
class R3:
    def __init__(self): self.items = []
    def __reduce_ex__(self, p):
        return (R3, (), {'a': [1]}, iter([1, 2]), None)
    def append(self, v): self.items.append(v)
y = copy.deepcopy(R3()); print(y.a, y.items)
class R4(dict):
    def __reduce_ex__(self, p):
        return (R4, (), None, None, iter([('k', [1])]))
print(copy.deepcopy(R4()))
class R5:
    def __reduce_ex__(self, p):
        return (R5, (), ({'a': 1}, {'b': 2}))
z = copy.copy(R5()); print(z.a, z.b)
class R6:
    def __reduce_ex__(self, p): return 42
attempt('R6', lambda: copy.copy(R6()))
class R7:
    def __reduce_ex__(self, p): return (R7,)
class SetS:
    def __init__(self): self.v = 1
    def __setstate__(self, st): print('setstate', st); self.v = st
s = copy.copy(SetS()); print(s.v)
class GetS:
    def __init__(self): self.v = 1
    def __getstate__(self): return None
g = copy.copy(GetS()); print(vars(g))
class GetF:
    def __init__(self): self.v = 1
    def __getstate__(self): return False
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
sl = Slotted(); sc = copy.copy(sl); sd = copy.deepcopy(sl)
print(sc.a is sl.a, sd.a == sl.a, sd.a is sl.a, hasattr(sc, 'b'))
class Both:
    __slots__ = ('s', '__dict__')
bo = Both(); bo.s = 1; bo.d = 2
bc = copy.copy(bo); print(bc.s, bc.d)
class Init:
    def __init__(self):
        print('init ran')
        self.v = [0]
i1 = Init(); i2 = copy.copy(i1); i3 = copy.deepcopy(i1); print(i2.v is i1.v, i3.v is i1.v)
class SubL(list):
    pass
sub = SubL([1, [2]]); sub.tag = 't'
sc2 = copy.copy(sub); print(type(sc2).__name__, sc2, sc2.tag, sc2[1] is sub[1])
class SubD(dict):
    pass
sd2 = SubD(a=[1]); sd2.x = 1
dd = copy.deepcopy(sd2); print(type(dd).__name__, dd, dd.x, dd['a'] is sd2['a'])
class SubT(tuple): pass
print(type(copy.copy(SubT((1, 2)))).__name__, copy.deepcopy(SubT((1, [2]))))
class SubI(int): pass
si = SubI(5); print(copy.copy(si) is si, copy.deepcopy(si), type(copy.deepcopy(si)).__name__)
bm = copy.deepcopy(R(1).__repr__ if False else R(1).__init__); print(type(bm).__name__, bm.__self__)
ns = types.SimpleNamespace(a=[1]); nc = copy.deepcopy(ns); print(nc, nc.a is ns.a)
gen = (i for i in range(2))
attempt('gen', lambda: copy.copy(gen))
attempt('gendeep', lambda: copy.deepcopy(gen))
attempt('module', lambda: copy.copy(copy) is copy)
attempt('module deep', lambda: copy.deepcopy(copy) is copy)
print(copy.deepcopy(bytearray(b'x')), copy.copy(b'ab'), copy.deepcopy({1: {2: [3]}}))
cnt = collections.Counter('aab'); print(copy.deepcopy(cnt), copy.copy(cnt))
class Eq:
    def __init__(self): self.me = self
e = copy.deepcopy(Eq()); print(e.me is e)
print(copy.Error.__name__, copy.Error.__module__, copy.Error.__mro__[1].__name__)
