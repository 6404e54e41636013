# A metaclass calling type's own methods by name (type.__new__, type.__init__, type.__call__), class
# keywords reaching its __new__ and not __init_subclass__, and the metaclass called directly.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, kw)
        return type.__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        type.__init__(cls, name, bases, ns)
    def __call__(cls, *a):
        return type.__call__(cls, *a)

class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)

class A(Base, metaclass=Meta, flag=True):
    def __init__(self, x):
        self.x = x

print(A(3).x, type(A))
Dyn = Meta('Dyn', (A,), {'y': 2})
print(Dyn(1).y, type(Dyn), Dyn.__mro__)
print(repr(A), A.__name__)
