# globals() as a live view of the module's names (reading, assigning, deleting, 'x' in globals()),
# locals() in functions and methods (a snapshot), and functions' introspection attributes:
# __defaults__, __kwdefaults__, __name__, __qualname__, __doc__, __module__, __dict__, __code__'s
# counts; vars() as locals(), vars(x) as x.__dict__.

x = 5
def f(a, b=2, *args, c=3, **kw):
    "Docstring of f."
    return a
def g():
    pass
class K:
    def m(self, y=[1]):
        "m's doc"
        def inner():
            pass
        return inner
print('x' in globals(), 'nope' in globals())
print(globals()['x'])
globals()['y'] = 10
print(y)
print(type(globals()).__name__)
print(globals()['__name__'])
print(sorted(k for k in globals() if not k.startswith('__')))
print(f.__defaults__, g.__defaults__, K.m.__defaults__)
print(f.__kwdefaults__, g.__kwdefaults__)
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(K.m.__qualname__, K().m().__qualname__, K.m.__doc__, g.__doc__)
print(f.__code__.co_name, f.__code__.co_argcount, K.m.__code__.co_argcount)
print((lambda q: q).__name__, (lambda q: q).__qualname__)
def h():
    z = 1
    w = 'a'
    return locals()
print(h())
print(len.__name__, len.__qualname__, len.__module__)
f.__doc__ = 'new'
print(f.__doc__)
f.attr = 1
print(f.attr)
print(g.__dict__ if hasattr(g, '__dict__') else None)

counter = 0
def bump():
    globals()['counter'] += 1
    return globals()['counter']
bump(); bump()
print(counter, 'bump' in globals(), globals().get('missing', 'default'))
def make():
    globals()['made_later'] = 'yes'
make()
print(made_later)
del globals()['made_later']
print('made_later' in globals())
try:
    print(made_later)
except NameError as e:
    print('NameError', e)
g = globals()
g.update(a1=1, a2=2)
print(a1 + a2, g is globals(), len([k for k in g if k.startswith('a')]))
print([k for k in globals() if k in ('counter', 'bump', 'make', 'g')])
print(globals()['__name__'], __name__ in globals().values())
def f(a, b, *rest, key=None, **kw):
    total = a + b
    names = sorted(locals())
    return names
print(f(1, 2))
def local_snapshot(x):
    y = x * 2
    snap = locals()
    y = 0
    return snap
print(local_snapshot(4))
class Box:
    def m(self, n=1, *, sep='-'):
        inner = n
        return locals()
print(sorted(Box().m(5)))
print(locals() is globals(), type(globals()) is dict, type(locals()) is dict)
def d(a, b=[1], c='x', *args, e, f=3.5, **kw):
    pass
print(d.__defaults__, d.__kwdefaults__, d.__code__.co_argcount, d.__code__.co_kwonlyargcount, d.__code__.co_name)
print(Box.m.__defaults__, Box().m.__defaults__, Box.m.__kwdefaults__, Box.m.__code__.co_argcount)
lam = lambda x, y=10: x
print(lam.__defaults__, lam.__name__, lam.__code__.co_argcount)
def nodefaults(): pass
print(nodefaults.__defaults__, nodefaults.__kwdefaults__, nodefaults.__code__.co_argcount)
def outer():
    def inner(q=outer):
        "Inner doc."
    return inner
i = outer()
print(i.__name__, i.__qualname__, i.__doc__, i.__module__, i.__defaults__[0].__name__)
d.calls = 3
print(d.__dict__, d.calls)
def acc(x, seen=[]):
    seen.append(x)
    return len(seen)
acc(1); acc(2)
print(acc.__defaults__)
xv = 1
print("xv" in vars())
class A:
    def __init__(self):
        self.a = 1
print(vars(A()))
def f(q):
    return vars()
print(f(2))
class A:
    x = 1
print(sorted(k for k in vars(A) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(e)
