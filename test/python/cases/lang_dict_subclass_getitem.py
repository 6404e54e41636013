# A dict subclass's own __getitem__ (and __missing__) answer d[k], '%(k)s' % d, '{0[k]}'.format(d) and
# format_map, but not d.get, items(), values(), dict(d), {**d}, f(**d) or update(d), which copy
# the stored values as CPython's dict_merge does, unless the class overrides __iter__: then, as
# for any mapping with keys() and __getitem__, keys() is asked and each key looked up.
import json
class D(dict):
    def __getitem__(self, k): return 42
d = D(a=1, b=2)
print(d['a'], d.get('a'), dict(d), {**d}, list(d.items()), list(d.values()), [d[k] for k in d])
print(d.pop('a'), d.setdefault('b', 3), d.copy(), type(d.copy()).__name__)
def f(**kw): return kw
print(f(**d), json.dumps(d), str(d), repr(d), d == {'b': 2}, 'b' in d)
print('%(b)s' % d, '{b}'.format(**d), '{0[b]}'.format(d), '{b}'.format_map(d))
e = {}
e.update(d)
print(e, dict(d, c=1), {**d, 'z': 0})
class S(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 10)
s = S(a=1)
s['b'] = 2
s.update(c=3)
s.setdefault('d', 4)
print(s, S({'x': 1}), dict.fromkeys('ab', 0))
class C(dict):
    def __contains__(self, k): return True
    def __len__(self): return 7
c = C(a=1)
print('zz' in c, len(c), bool(C()), c.get('zz'), c.keys())
class It(dict):
    def __iter__(self): return iter(['a', 'q'])
    def __getitem__(self, k): return k * 2
    def keys(self): return ['a', 'q']
i = It(a=1)
print(list(i), dict(i), {**i}, f(**i), sorted(i), list(i.items()), [k for k in i])
e2 = {}; e2.update(i); print(e2)
class M(dict):
    def __missing__(self, k): return 'missing:' + k
m = M(a=1)
print(m['a'], m['zz'], m.get('zz'), 'zz' in m, '%(zz)s' % m, '{zz}'.format_map(m), '{0[zz]}'.format(m))
class K:
    def keys(self): return ['a']
    def __getitem__(self, k): return k+'!'
print(dict(K()), {**K()}, f(**K()))
d = {}; d.update(K()); print(d)
try:
    {**[1]}
except TypeError as e: print(e)
try:
    f(**{1: 2})
except TypeError as e: print(e)
