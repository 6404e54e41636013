# Unpacking errors with CPython's texts in every form (assignment, for targets, starred, nested,
# *x in a display and in a call), and object(): its name in messages, type(), repr(), isinstance(),
# no attributes of its own, a class deriving object explicitly.
def tryit(f):
    try: f()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
def f1(): a, b = 'xyz'
def f2(): a, b = 1
def f3():
    for a, c in 'xy': print(a, c)
def f4(): a, *b, c = [1]
def f5(): a, b = None
def f6(): a, b = [1]
def f7(): a, *b = 5
def f8():
    for a, b in [(1, 2), 3]: print(a, b)
def f9(): [a, b] = (1, 2, 3)
def f10(): (a, b), c = (1, 2), 3; print(a, b, c)
def f11(): (a, b), c = 1, 2
def f12(): a, b = {'x': 1, 'y': 2}; print(a, b)
def f13():
    for (a, b), c in [((1, 2), 3)]: print(a, b, c)
def f14(): a, b = 2.5
class Box: pass
def f15(): a, b = Box()
def f16(): x = [*5]
def f17(): print(*None)
def f18(): a, b, c = range(2)
for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18]: tryit(f)
o = object()
try: o.foo
except AttributeError as e: print(e)
try: o.x = 1
except AttributeError as e: print(e)
print(type(o), repr(o)[:17], isinstance(o, object), isinstance(3, object), type(o) is object)
class D(object):
    def __init__(self): self.v = 1
d = D()
print(isinstance(d, object), issubclass(D, object), d.v, type(d).__name__, D.__name__, repr(d)[:20])
print(type(object()).__name__, str(o)[:17])
