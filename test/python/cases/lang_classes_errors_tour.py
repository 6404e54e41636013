# Classes, inheritance and super(), class vs instance attributes, exception subclasses, closures and
# nonlocal, *args/**kwargs, and the argument errors CPython names by __qualname__ (Dog.__init__()).
class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return '...'
    def __str__(self):
        return f'{type(self).__name__}({self.name})'
class Dog(Animal):
    def __init__(self, name, breed='mutt'):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return 'Woof ' + super().speak()
d = Dog('rex')
print(d, str(d), [str(d)], d.speak(), Animal.count, d.count, isinstance(d, Animal), issubclass(Dog, Animal))
d.count = 99
print(Animal.count, d.count, Dog.count)
print(Dog.__name__, Dog.__bases__, Dog.__mro__)
print(hasattr(d, 'breed'), getattr(d, 'nope', 'dflt'), vars(d))
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyError(42, 'bad thing')
except MyError as e:
    print(e, e.code, e.args, repr(e), type(e).__name__)
try:
    raise ValueError('x', 1)
except (TypeError, ValueError) as e:
    print(e, repr(e), e.args)
def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = make_counter()
c(); c(5)
print(c(), c.__name__)
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
def f(*args, **kwargs):
    return args, kwargs
print(f(1, 2, a=3), f(*[1, 2], **{'b': 4}))
def g(a, b=2, *rest, key=None, **other):
    return a, b, rest, key, other
print(g(1), g(1, 3, 4, 5, key='k', z=0))
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1, key=2, key2=3, b=4)
except TypeError as e:
    print(e)
try:
    Dog()
except TypeError as e:
    print(e)
try:
    d.missing
except AttributeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    {'a': 1}['b']
except KeyError as e:
    print(e, repr(e))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    '1' + 1
except TypeError as e:
    print(e)
try:
    1 + '1'
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    x = [1, 2, 3]
    a, b = x
except ValueError as e:
    print(e)
finally:
    print('finally')
def risky():
    try:
        return 'try'
    finally:
        print('cleanup')
print(risky())
import sys
print(sys.argv[0].endswith('.py'), type(sys.argv))
