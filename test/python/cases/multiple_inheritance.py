# Multiple inheritance (issue 9): the C3 MRO, __bases__, lookup in MRO order, cooperative super()
# in a diamond (zero- and two-argument), class attributes set later, mixins before dict and an
# exception, classmethods, and CPython's TypeErrors for an inconsistent MRO, duplicate and
# incompatible builtin bases.
class A:
    tag = 'A'
    def __init__(self, **kw):
        print('A.__init__', sorted(kw))
        super().__init__()
    def who(self):
        return 'A'
    def hello(self):
        return 'A.hello'

class B(A):
    def __init__(self, b=0, **kw):
        print('B.__init__', b)
        self.b = b
        super().__init__(**kw)
    def who(self):
        return 'B>' + super().who()

class C(A):
    tag = 'C'
    def __init__(self, c=0, **kw):
        print('C.__init__', c)
        self.c = c
        super().__init__(**kw)
    def who(self):
        return 'C>' + super().who()
    def hello(self):
        return 'C.hello'

class D(B, C):
    def __init__(self, **kw):
        print('D.__init__')
        super().__init__(**kw)
    def who(self):
        return 'D>' + super().who()

d = D(b=1, c=2, extra=3)
print(d.who(), d.b, d.c, d.tag, d.hello())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print([k.__name__ for k in D.__bases__], [k.__name__ for k in B.__bases__])
print(isinstance(d, A), isinstance(d, B), isinstance(d, C), isinstance(d, D))
print(issubclass(D, A), issubclass(D, C), issubclass(C, B), issubclass(D, object))
print(isinstance(B(), C), isinstance(C(), C))
print(type(d).__name__, d.__class__.__name__)
print(super(B, d).who(), super(C, d).who())
print(super(B, d).hello())
# A class attribute set later reaches every subclass, through any base.
C.extra = 'late'
print(d.extra, D.extra)
C.hello = lambda self: 'C.late'
print(d.hello())
del C.extra
print(hasattr(d, 'extra'))

class Base1:
    def m(self): return 'Base1'
class Base2:
    def m(self): return 'Base2'
    def only2(self): return 'only2'
class Both(Base1, Base2):
    pass
x = Both()
print(x.m(), x.only2(), [k.__name__ for k in Both.__mro__])
class Other(Base2, Base1):
    def m(self): return 'Other>' + super().m()
print(Other().m())

# Errors, as CPython words them.
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print('TypeError:', e)
class P(Base1, Base2): pass
class Q(Base2, Base1): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class L(int, str): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class L2(dict, list): pass
except TypeError as e:
    print('TypeError:', e)

# A mixin before a builtin base.
class ReprMixin:
    def __repr__(self):
        return f'<{type(self).__name__} {dict.__repr__(self)}>'
class Registry(ReprMixin, dict):
    def add(self, k, v):
        self[k] = v
r = Registry()
r.add('a', 1)
print(repr(r), len(r), isinstance(r, dict), [k.__name__ for k in Registry.__mro__])

# A mixin with an exception.
class CodeMixin:
    code = 7
    def describe(self):
        return f'{type(self).__name__}({self.code}): {self}'
class AppError(CodeMixin, ValueError):
    pass
try:
    raise AppError('bad value')
except ValueError as e:
    print(e.describe(), isinstance(e, CodeMixin), [k.__name__ for k in AppError.__mro__])

# classmethods and super() through the MRO.
class K1:
    @classmethod
    def make(cls):
        return 'K1.make(' + cls.__name__ + ')'
class K2(K1):
    @classmethod
    def make(cls):
        return 'K2>' + super().make()
class K3(K1):
    @classmethod
    def make(cls):
        return 'K3>' + super().make()
class K4(K2, K3):
    pass
print(K4.make())
