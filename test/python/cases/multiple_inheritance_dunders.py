# Multiple inheritance (issue 9): special methods, a property, a staticmethod and __getattr__ found
# through mixins in MRO order; object.__init__'s TypeError for arguments a cooperative
# super().__init__(**kw) leaves over.
class Addable:
    def __add__(self, other):
        return type(self)(self.v + other.v)
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
class Shown:
    def __repr__(self):
        return f'{type(self).__name__}({self.v})'
    def __str__(self):
        return f'<{self.v}>'
    def __len__(self):
        return self.v
    def __iter__(self):
        return iter(range(self.v))
    @property
    def double(self):
        return self.v * 2
    @staticmethod
    def kind():
        return 'shown'
class Lazy:
    def __getattr__(self, name):
        return f'lazy {name}'
class Val(Addable, Shown, Lazy):
    def __init__(self, v):
        self.v = v
a = Val(2) + Val(3)
print(repr(a), str(a), len(a), list(a), a.double, a.kind(), Val.kind(), a.missing)
print(a == Val(5), {a, Val(5)}, f'{a!r} {a}')
class Sub(Val):
    def __init__(self, v):
        super().__init__(v + 1)
print(repr(Sub(1)), Sub(1).double, [k.__name__ for k in Sub.__mro__])
class O:
    def __init__(self, **kw):
        super().__init__(**kw)
try:
    O(x=1)
except TypeError as e:
    print(e)
