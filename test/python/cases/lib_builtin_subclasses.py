# Subclasses of dict, list and int, as learners write them (a registry of clients, a list of
# messages, a port number): construction with and without __init__, super().__init__, the
# builtin's methods and operators on instances, overridden methods, __missing__, attributes on
# instances, repr/str, isinstance, type(x).__name__ and __mro__, json.dumps.
import json


class Clients(dict):
    pass


c = Clients(alice=('127.0.0.1', 1234))
c['bob'] = ('127.0.0.1', 1235)
print(c, len(c), 'bob' in c, c['alice'], c.get('carol', 'none'))
print(type(c).__name__, isinstance(c, dict), isinstance(c, Clients), type(c) is Clients)
print(sorted(c), list(c.keys()), c == {'alice': ('127.0.0.1', 1234), 'bob': ('127.0.0.1', 1235)})
print(repr(c), str(c), f'{c}', bool(Clients()), bool(c))
for name, addr in c.items():
    print(name, addr)
print(Clients([('x', 1)]), Clients({'y': 2}, z=3), Clients())
print(type(c).__mro__, Clients.__bases__, issubclass(Clients, dict))
print(json.dumps(c), json.dumps(Clients(a=[1, 2])))
del c['bob']
print(c.pop('alice'), c)


class Registry(dict):
    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.changes = 0

    def __setitem__(self, key, value):
        self.changes += 1
        super().__setitem__(key, value.upper())

    def __repr__(self):
        return 'Registry(%s, %s)' % (self.owner, dict.__repr__(self))

    def names(self):
        return sorted(self)


r = Registry('server')
r['a'] = 'x'
r['b'] = 'y'
print(r, r.owner, r.changes, r.names(), r['a'], len(r), str(r))
print([r], {'k': r})


class Defaults(dict):
    def __missing__(self, key):
        return '<%s?>' % key


d = Defaults(host='localhost')
print(d['host'], d['port'], 'port' in d, d.get('port'))
print('{host}:{port}'.format_map(d))
print('%(host)s' % d)


class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0


n = Counter()
for word in 'a b a c a b'.split():
    n[word] += 1
print(n, sorted(n.items()))


class Messages(list):
    def __init__(self, *items):
        super().__init__(items)
        self.total = len(items)

    def append(self, item):
        self.total += 1
        super().append(item.strip())


m = Messages(' hi ', 'there')
m.append('  bye  ')
print(m, m.total, len(m), m[0], m[-1], m[1:], 'there' in m, m.index('bye'))
print(m + ['x'], type(m + ['x']).__name__, m * 2, m == [' hi ', 'there', 'bye'])
print(type(m).__name__, isinstance(m, list), type(m[1:]).__name__, sorted(m), list(reversed(m)))
m.sort()
m.extend(['z'])
print(m, m.pop(), m, json.dumps(m))
for i, x in enumerate(m):
    print(i, x)
a, b, c2 = m
print(a, b, c2, [*m], bool(Messages()), str(m), repr(m))


class Stack(list):
    def push(self, x):
        self.append(x)

    def __getitem__(self, i):
        return 'item %s' % list.__getitem__(self, i)


s = Stack([1, 2])
s.push(3)
print(s, s[0], len(s), list(s), [x for x in s])


class Port(int):
    def is_privileged(self):
        return self < 1024


p = Port(80)
q = Port('8080')
print(p, repr(p), p + 1, p * 2, p == 80, p < 100, p.is_privileged(), q.is_privileged())
print(type(p).__name__, isinstance(p, int), type(p + 1).__name__, str(p), f'{p:>6}', '%d' % p, hex(p))
print({p: 'http'}[80], {80: 'http'}[p], sorted([q, p, 443]), json.dumps({'port': p}), int(p), -p)


class Code(int):
    def __repr__(self):
        return 'Code(%d)' % int(self)

    def __str__(self):
        return 'code %d' % int(self)


k = Code(5)
print(k, repr(k), [k], str(k), f'{k}', k + 1)
