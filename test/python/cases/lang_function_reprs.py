# Function reprs as CPython's: <function f at 0x…> with the __qualname__ (A.m, outer.<locals>.inner,
# <lambda>), bound methods <bound method A.m of <repr of self>> (a __repr__ of its class too),
# <built-in method upper of str object at 0x…>, A.m is A.m, type() of a bound method.
def f(): pass
class A:
    def m(self): pass
    g = lambda self: 1
class R:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'R(%r)' % self.v
    def show(self): pass
def outer():
    def inner():
        return lambda: 0
    class Local:
        def meth(self):
            pass
    return inner, Local
inner, Local = outer()
print(f)
print(A().m)
print(A.m, A.g, A().g)
print(len, print)
print(lambda: 0)
print(inner, inner())
print(Local, Local.meth, Local().meth)
print(repr(f), str(f), [f], (f,), {'k': f})
print(f.__name__, f.__qualname__, inner.__qualname__, inner().__qualname__, A.m.__qualname__, A.m.__name__, Local.__qualname__, A.__qualname__, (lambda: 0).__name__)
print(A, type(A()), R(3).show, [R(4).show])
print(f'{f}', '%s' % f, '%r' % (A.m,), str(R(5).show), repr(R(6).show))
print("abc".upper)
print([].append, {}.get)
print(A.m is A.m, id(A.m) == id(A.m), A().m == A().m, f == f)
print(int, str, type(None), type(f), type(len), type(A().m))
