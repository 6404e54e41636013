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
