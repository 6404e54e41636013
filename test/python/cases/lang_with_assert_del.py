# Subset: with (sockets and a class with __enter__/__exit__), assert, del of names, items and keys.
import socket
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
    s.bind(('127.0.0.1', 0))
    print('inside with:', s.fileno() >= 0)
print('after with:', s.fileno())
class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.name == 'swallow'
with Tracker('plain') as value:
    print('body got', value)
with Tracker('swallow'):
    raise ValueError('hidden')
print('after swallowed error')
try:
    with Tracker('keep'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
with Tracker('a') as a, Tracker('b') as b:
    print(a, b)
assert 1 + 1 == 2
assert True, 'never shown'
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert []
except AssertionError as e:
    print('empty message:', repr(str(e)))
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
items = [0, 1, 2, 3, 4]
del items[1]
del items[-1]
print(items)
del items[0:2]
print(items)
d = {'a': 1, 'b': 2, ('127.0.0.1', 1): 3}
del d['a']
del d[('127.0.0.1', 1)]
print(d)
try:
    del d['zzz']
except KeyError as e:
    print('KeyError', e)
class Obj:
    pass
o = Obj()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
