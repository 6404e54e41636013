# Special methods: __enter__/__exit__ in with (its return value swallowing the exception; return,
# break and continue inside), __call__, __contains__ and its fallback to __iter__ and __getitem__,
# __hash__ = None and __eq__ without __hash__ making instances unhashable, __len__'s errors.
class CM:
    def __init__(self, swallow): self.swallow = swallow
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None, ev, tb is None)
        return self.swallow
with CM(True) as c:
    print('body', c.swallow)
    raise ValueError('boom')
print('after swallowed')
try:
    with CM(False):
        raise KeyError('k')
except KeyError as e: print('propagated', repr(e))
with CM(0) as c: print('clean')
def f():
    with CM(False):
        return 'returned'
print(f())
for i in range(3):
    with CM(1):
        if i == 1: continue
        if i == 2: break
        print('i', i)
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, y=0): return self.n + x + y
a = Adder(10)
print(a(1), a(1, y=5), callable(a), callable(CM(1)), list(map(a, [1, 2])))
try: CM(1)()
except TypeError as e: print(e)
class It:
    def __iter__(self): return iter([1, 2, 3])
class Co:
    def __contains__(self, x): return x == 'yes'
class G:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(2 in It(), 5 in It(), 'yes' in Co(), 'no' in Co(), 'no' not in Co(), 1 in G(), 7 in G())
try: 1 in CM(1)
except TypeError as e: print(e)
class H:
    __hash__ = None
class EqOnly:
    def __eq__(self, o): return True
class Hh:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Hh) and o.k == self.k
for cls in (H, EqOnly):
    for f in (lambda: hash(cls()), lambda: {cls(): 1}, lambda: {cls()}, lambda: set([cls()])):
        try: f(); print('hashable?')
        except TypeError as e: print(e)
d = {Hh('a'): 1}
d[Hh('a')] = 2
print(len(d), d[Hh('a')], Hh('a') in d, Hh('b') in {Hh('b')}, len({Hh(1), Hh(1), Hh(2)}))
class Neg:
    def __len__(self): return -1
class Big:
    def __len__(self): return 2.5
for f in (lambda: len(Neg()), lambda: len(Big()), lambda: bool(Big()), lambda: not Neg()):
    try: f()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
