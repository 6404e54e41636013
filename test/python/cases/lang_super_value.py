# super() as a value and the two-argument form (issue 9): `s = super(); s.method()`, a class
# attribute read through it, its repr and type, super(B, self) in a method and super(B, b) at
# module level, super(B, B) (a class's), super(A, self) skipping A, the TypeError for an object
# that is not an instance, super().__init__ on builtin bases (dict, list, Exception, object), and
# object's __repr__ and __str__ reached through super() from a class's own.
class A:
    def hello(self):
        return 'A.hello ' + type(self).__name__
    def __repr__(self):
        return 'A-repr'
    x = 5

class B(A):
    def hello(self):
        s = super()
        print(s)
        print(type(s))
        print(s.hello(), s.x)
        return 'B.hello'
    def two(self):
        return super(B, self).hello()
        return super(A, self).__repr__

print(B().hello())
print(B().two())
b = B()
print(super(B, b).hello())
print(super(B, B).hello)
print(repr(super(B, b)).startswith('<super: <class \'B\'>, <B object>>'))
try:
    super(B, 5)
except TypeError as e:
    print('TypeError', e)

class D(dict):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
class L(list):
    def __init__(self, items):
        super(L, self).__init__(items)
class E(Exception):
    def __init__(self, msg):
        super().__init__(msg, 2)
class O:
    def __init__(self):
        super().__init__()
        s = super()
        s.__init__()
print(D([(1, 2)]), L([1, 2]), E('m').args, type(O()).__name__)
class S(str):
    def shout(self):
        return super().upper() + '!'
print(S('hi').shout())


class C(B):
    def skip(self):
        return super(A, self).__repr__().startswith('<__main__.C object at')


print(C().skip(), C().two())


class R:
    def __str__(self):
        return 'S:' + super().__str__()[:12]

    def __repr__(self):
        return 'R:' + super().__repr__()[:12]


print(str(R()), repr(R()))


def outside():
    try:
        super()
    except RuntimeError as e:
        print('RuntimeError', e)


outside()
