# Methods a program's class defines under names that are also JavaScript's (push, keys, get, has,
# toString, valueOf, map, constructor, …) are the class's own: normal lookup and super() find them,
# on subclasses of list, dict, str, int, Exception and object alike, and a subclass's super()
# reaches its Python base's method, not the JS one underneath.
class P(list):
    def push(self, x): return 'mine'
    def keys(self): return 'k'
    def toString(self): return 'ts'
    def map(self, f): return 'map'
class Q(P):
    def push(self, x): return super().push(x)
    def keys(self): return super().keys()
    def toString(self): return super().toString()
print(Q().push(1), Q().keys(), Q().toString(), Q().map(1), P().push(2))
class M(dict):
    def get(self, k, d=None): return 'g'
    def set(self, k): return 's'
    def has(self, k): return 'h'
    def entries(self): return 'e'
    def forEach(self): return 'fe'
class N(M):
    def get(self, k, d=None): return super().get(k)
    def has(self, k): return super().has(k)
print(N().get(1), N().set(1), N().has(1), N().entries(), N().forEach())
class S(str):
    def valueOf(self): return 'v'
    def toString(self): return 't'
    def at(self): return 'at'
class T(S):
    def valueOf(self): return super().valueOf()
print(T('x').valueOf(), T('x').toString(), T('x').at(), T('x'))
class O:
    def toString(self): return 'o'
    def valueOf(self): return 'vo'
    def hasOwnProperty(self): return 'hop'
class O2(O):
    def toString(self): return super().toString()
print(O2().toString(), O2().valueOf(), O2().hasOwnProperty())
class L(list):
    def pop(self, i=-1): return ('pop', super().pop(i))
    def sort(self, key=None): super().sort(key=key); return 'sorted'
    def join(self, s): return 'join' + s
    def slice(self): return 'slice'
    def includes(self, x): return 'inc'
    def indexOf(self, x): return 'io'
    def concat(self, x): return 'cc'
    def at(self, i): return 'at'
    def reverse(self): return ('rev', super().reverse())
    def splice(self): return 'sp'
    def fill(self): return 'fill'
    def find(self): return 'find'
    def some(self): return 'some'
l = L([3, 1, 2])
print(l.pop(), l.sort(), l, l.join('-'), l.slice(), l.includes(1), l.indexOf(1), l.concat(1), l.at(0))
print(l.reverse(), l, l.splice(), l.fill(), l.find(), l.some())
print(l + [9], l * 2, len(l), 2 in l, l[0], l[-1:], sorted(l), list(reversed(l)), str(l), repr(l))
l.append(7); l.extend([8]); l.insert(0, 0); print(l, l.index(7), l.count(7))
class L2(L):
    def join(self, s): return 'L2' + super().join(s)
    def at(self, i): return 'L2' + super().at(i)
print(L2([1]).join('x'), L2([1]).at(0), L2([5, 6]).pop())
print(L.pop(l), getattr(l, 'join')('+'), hasattr(l, 'map'), hasattr(l, 'push'))
class D(dict):
    def keys(self): return ['K'] + list(super().keys())
    def values(self): return ('V', list(super().values()))
    def items(self): return 'I'
    def get(self, k, d=None): return ('G', super().get(k, d))
    def pop(self, k, *a): return ('P', super().pop(k, *a))
    def clear(self): return ('C', super().clear())
    def set(self, k, v): self[k] = v; return 'set'
    def delete(self, k): return 'del'
    def has(self, k): return 'has'
    def forEach(self): return 'fe'
    def size(self): return 'size'
d = D(a=1, b=2)
print(d.keys(), d.values(), d.items(), d.get('a'), d.get('z', 0), d.pop('a'), d)
print(d.set('c', 3), d, d.delete('c'), d.has('c'), d.forEach(), d.size(), len(d), 'c' in d, d['c'])
print(dict(d), list(d), {**d}, sorted(d), d == {'b': 2, 'c': 3}, d.copy(), d.setdefault('e', 5), d.update(f=6), d)
print(d.clear(), d)
class S(str):
    def split(self, sep=None): return ['S'] + super().split(sep)
    def replace(self, a, b): return 'R' + super().replace(a, b)
    def trim(self): return 'trim'
    def charAt(self, i): return 'ca'
    def startsWith(self, x): return 'sw'
    def includes(self, x): return 'inc'
    def upper(self): return 'U' + super().upper()
    def toUpperCase(self): return 'tuc'
    def padStart(self): return 'ps'
    def substring(self): return 'sub'
s = S('a b')
print(s.split(), s.replace('a', 'z'), s.trim(), s.charAt(0), s.startsWith('a'), s.includes('a'), s.upper(), s.toUpperCase(), s.padStart(), s.substring())
print(s + 'x', s * 2, len(s), 'a' in s, s[0], s.startswith('a'), s.strip(), f'{s}', '%s' % s, str(s), repr(s), s == 'a b', s.lower())
class I(int):
    def toString(self): return 'ts'
    def valueOf(self): return 'vo'
    def toFixed(self): return 'tf'
i = I(5)
print(i + 1, i * 2, i.toString(), i.valueOf(), i.toFixed(), str(i), repr(i), i == 5, i < 6, f'{i:3d}', hex(i), [1, 2, 3, 4, 5, 6][i])
class A:
    def toString(self): return 'A!'
    def valueOf(self): return 5
    def constructor(self): return 'ctor'
    def hasOwnProperty(self, x): return 'hop'
a = A()
print(type(a).__name__, a.toString(), a.valueOf(), a.constructor(), a.hasOwnProperty(1))
print(str(a)[:10], repr(a)[:10], f'{a}'[:10], '%s' % a == str(a))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a < a
except TypeError as e:
    print(e)
class E(Exception):
    def toString(self): return 'E!'
    def valueOf(self): return 'ev'
print(E('m').toString(), E('m').valueOf(), str(E('m')), repr(E('m')))
class B:
    pass
for n in ['toString', 'valueOf', 'constructor', 'hasOwnProperty', 'push', '__proto__', 'isPrototypeOf']:
    print(n, hasattr(B(), n), hasattr([], n), hasattr({}, n), hasattr('', n), hasattr(1, n))
class A:
    def constructor(self): return 1
class B(A):
    def constructor(self): return super().constructor() + 1
print(B().constructor(), A.constructor(A()), hasattr(A(), "constructor"), hasattr(object(), "constructor"))
print(type(B()).__name__, isinstance(B(), A))
