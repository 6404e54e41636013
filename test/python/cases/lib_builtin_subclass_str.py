# A subclass of str (a name, a host): the str's methods, operators, formatting, dict keys, json,
# socket calls take its instances; methods it defines (split, __repr__) answer first; str() of it
# is a plain str; attributes on instances.
import json, socket
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n, repr(n), n.shout(), n + '?', '>' + n, n * 2, len(n), n[0], n[1:], 'o' in n, n == 'bob', n != 'x')
print(type(n).__name__, isinstance(n, str), type(n.upper()).__name__, type(n + '').__name__, str(n), type(str(n)).__name__)
print(f'{n}', f'{n!r}', f'{n:>6}|', '%s/%r' % (n, n), '{}'.format(n), '-'.join([n, 'x']), n.split('o'), n.startswith('b'))
print({n: 1}['bob'], {'bob': 2}[n], sorted([Name('c'), n, 'a']), json.dumps({n: n}), list(n), hash(n) == hash('bob'), n < 'c')
print(n.encode(), bool(Name('')), bool(n), Name(42), Name(), [n], n.replace('b', 'B'), 'xbobx'.strip('x') == n)
n.note = 'extra'
print(n.note, vars(n))
class Host(str):
    def __repr__(self):
        return 'Host(%s)' % str.__repr__(self)
    def split(self, sep=None):
        return 'mine'
h = Host('127.0.0.1')
print(h, repr(h), [h], h.split(), h.upper(), str(h))
s = socket.socket()
s.bind((h, 0))
print(s.getsockname()[0])
s.close()
for c in Name('ab'):
    print(c)
