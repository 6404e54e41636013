# Subset: def with defaults, *args, **kwargs, keyword-only arguments, return, lambda, recursion, starred calls.
def greet(name, greeting='hello', punctuation='!'):
    return greeting + ', ' + name + punctuation
print(greet('A'))
print(greet('B', 'hi'))
print(greet('C', punctuation='?'))
print(greet(greeting='yo', name='D'))
def total(*args):
    return sum(args), len(args), type(args).__name__
print(total(), total(1, 2, 3))
def describe(**kwargs):
    return sorted(kwargs.items())
print(describe(host='127.0.0.1', port=9999))
def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8, e=9))
def only_kw(*, timeout=None):
    return timeout
print(only_kw(), only_kw(timeout=5.0))
nums = [3, 1, 2]
print(max(*nums), min(nums))
opts = {'greeting': 'hey', 'punctuation': '.'}
print(greet('E', **opts))
print(greet(*['F', 'howdy']))
square = lambda x: x * x
print(square(7), (lambda: 'no args')(), (lambda a, b=10: a + b)(1))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: len(s)))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: (-t[0], t[1])))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
def nothing():
    pass
print(nothing())
def pair():
    return 1, 'two'
one, two = pair()
print(one, two, pair())
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_to(1), append_to(2))
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(greet, 'G', greeting='bye'))
print(greet.__name__, callable(greet), callable(3))
def doc():
    """A docstring is just the first statement."""
    return 'doc'
print(doc())
