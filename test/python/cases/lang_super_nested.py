# Zero-argument super() in functions nested in methods (issue 9): a def, a lambda or a comprehension
# inside a method or a decorated method uses the class's __class__ cell and its own first argument;
# without one it is CPython's RuntimeError, never invalid JavaScript.
class A:
    def x(self): return 'A.x'
    def y(self): return 'A.y'
class B(A):
    def x(self): return 'B.x'
    def handle(self):
        def helper():
            return super().x()
        try:
            print(helper())
        except RuntimeError as e:
            print('RuntimeError', e)
    def handle2(self):
        def helper(obj):
            return super().x()
        print(helper(self))
    def handle3(self):
        f = lambda: super().x()
        try: print(f())
        except RuntimeError as e: print('RE', e)
    def handle4(self):
        f = lambda s: super().y()
        print(f(self))
    def handle5(self):
        def helper(*a):
            return super().x()
        try: print(helper(self))
        except RuntimeError as e: print('RE', e)
    def handle7(self):
        def helper(obj):
            return super(B, obj).x()
        print(helper(self))
    def handle8(self):
        def helper(obj):
            def inner(o2):
                return super().y()
            return inner(obj)
        print(helper(self))
    def handle9(self):
        def helper():
            return super().x
        try: print(helper())
        except RuntimeError as e: print('RE', e)
    def handle10(self):
        def helper(obj):
            return super().x
        print(helper(self)())
    def handle11(self):
        def helper(n):
            return super().x()
        try: print(helper(3))
        except TypeError as e: print('TE', e)
b = B()
for m in 'handle handle2 handle3 handle4 handle5 handle7 handle8 handle9 handle10 handle11'.split():
    getattr(b, m)()
def top():
    return super().x()
try: top()
except RuntimeError as e: print('RE', e)
def top2(a):
    return super().x()
try: top2(1)
except RuntimeError as e: print('RE', e)
class A3:
    def x(self): return 'A.x'
class B3(A3):
    def m(self):
        try: print([super().x() for _ in range(1)])
        except TypeError as e: print('TE', e)
    @staticmethod
    def s():
        try: super().x()
        except RuntimeError as e: print('RE', e)
B3().m(); B3.s()
import functools
def logged(f):
    @functools.wraps(f)
    def wrapper(self, *a):
        print('call', f.__name__)
        return f(self, *a)
    return wrapper
class A4:
    def x(self): return 'A4.x'
    @property
    def p(self): return 'A4.p'
    @classmethod
    def make(cls): return cls.__name__
class B4(A4):
    def x(self): return 'B4.x'
    @logged
    def run(self):
        def inner(obj):
            return super().x()
        def bad():
            return super().x()
        try: bad()
        except RuntimeError as e: print('RE', e)
        return inner(self) + [super().x() for _ in 'a'][0] if False else inner(self)
    @property
    def p(self):
        return (lambda me: super().p)(self) + '!'
    @classmethod
    def make(cls):
        def inner(c):
            return super().make()
        return inner(cls)
    def method(self):
        class C(A4):
            def x(self):
                def h(o):
                    return super().x() + '/C'
                return h(self)
        return C().x()
    def gen(self):
        return sorted(super().x() for _ in range(1))
print(B4().run())
print(B4().p)
print(B4.make())
print(B4().method())
try: print(B4().gen())
except TypeError as e: print('TE', e)
