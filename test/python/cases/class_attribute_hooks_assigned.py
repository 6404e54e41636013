# Attribute hooks given to a class as class attributes (issue 9): `__getattr__ = fallback` in the
# body, `B.__getattr__ = f` and `setattr(C, '__setattr__', f)` after the class was made (the
# function takes the instance as its first argument), `del B.__getattr__`, an inherited one; and
# the builtins that read attributes through them: vars(x), functools.update_wrapper and wraps.
def fallback(self, name):
    return 'missing ' + name

class A:
    __getattr__ = fallback

a = A()
print(a.foo)

class B:
    pass

b = B()
try:
    b.foo
except AttributeError as e:
    print('AttributeError', e)
B.__getattr__ = lambda self, name: name.upper()
print(b.foo)
del B.__getattr__
try:
    b.foo
except AttributeError as e:
    print('AttributeError', e)

log = []
def logging_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value * 2)

class C:
    def __init__(self):
        self.x = 1

setattr(C, '__setattr__', logging_setattr)
c = C()
c.y = 5
print(c.x, c.y, log)

class D:
    pass
def ga(self, name):
    if name == 'secret':
        return 42
    return object.__getattribute__(self, name)
D.__getattribute__ = ga
d = D()
d.z = 3
print(d.secret, d.z)
print(getattr(d, 'secret'), hasattr(d, 'secret'))

def da(self, name):
    print('deleting', name)
class E:
    __delattr__ = da
e = E()
e.q = 1
del e.q
print(e.q)

class F(A):
    pass
print(F().bar)
print(vars(c))
import functools


class Callable:
    def __getattr__(self, name):
        if name in ('__name__', '__qualname__'):
            return 'virtual_' + name
        raise AttributeError(name)

    def __call__(self):
        return 1


def wrapper():
    pass


functools.update_wrapper(wrapper, Callable())
print(wrapper.__name__, wrapper.__qualname__, wrapper.__doc__)
w2 = functools.wraps(Callable())(lambda: 0)
print(w2.__name__)


class Dicted:
    def __getattribute__(self, name):
        if name == '__dict__':
            return {'fake': 2}
        return object.__getattribute__(self, name)


print(vars(Dicted()))
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
