# Methods of a dict or list subclass named as JavaScript's own Map and Array methods (get, keys, set,
# pop, sort, reverse, index) override the builtin's without disturbing it; super() reaches the
# builtin's; attributes on instances; vars(); CPython's errors for a missing attribute or key.
class Config(dict):
    def get(self, key, default='?'):
        return 'got ' + str(super().get(key, default))
    def keys(self):
        return sorted(super().keys())
    def pop(self, key):
        return 'popped ' + str(super().pop(key))
    def set(self, key, value):
        self[key] = value
c = Config(b=2, a=1)
c.set('c', 3)
print(c.get('a'), c.get('zz'), c.keys(), c['b'], c, len(c), 'c' in c, list(c), c.pop('a'), c)
print(Config.get(c, 'b'), c.__class__.__name__)
c.owner = 'me'
print(c.owner, vars(c), hasattr(c, 'owner'), hasattr(c, 'nothing'))
class L(list):
    def sort(self):
        super().sort(reverse=True)
    def reverse(self):
        return 'no'
    def index(self, x):
        return 'idx'
l = L([3, 1, 2])
l.sort()
print(l, l.reverse(), l.index(1), l, sorted(l), l[::-1], list(reversed(l)))
l.name = 'x'
print(l.name, l)
try:
    l.nothing
except AttributeError as e:
    print(e)
try:
    c.nothing
except AttributeError as e:
    print(e)
try:
    Config(1, 2)
except TypeError as e:
    print(e)
try:
    c['missing']
except KeyError as e:
    print(repr(e))


# Attributes named as the JavaScript value's own properties (a Map's size, an array's length, a
# boxed int's value) are the instance's, and the builtin's behaviour is unchanged.
class Cache(dict):
    def __init__(self, size):
        super().__init__()
        self.size = size
        self.keys_seen = []
        self.get = 'shadowed'


class Queue(list):
    def __init__(self):
        super().__init__([1, 2])
        self.length = 10
        self.push = 'p'


class Port(int):
    def __init__(self, value):
        self.value = 'v%d' % value
        self.name = 'http'


class Word(str):
    def __init__(self, text):
        self.length = 99


cache = Cache(3)
cache['a'] = 1
q = Queue()
q.append(3)
port = Port(80)
w = Word('hey')
print(cache.size, len(cache), cache, cache.get, sorted(vars(cache)))
print(q.length, len(q), q, q.push, q[2])
print(port.value, port.name, port + 1, port)
print(w.length, len(w), w, w.upper())
