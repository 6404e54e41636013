// The runtime's Python semantics beyond the basics: bytearray in place, bytes %, dunder
// protocols on user classes, hashing, set order, lazy generator expressions, math. Each program
// runs under python3 (live) and under socklab's Python session; the outputs must be the same.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, runCPython, runSocklab } from './harness.ts';

afterAll(cleanup);

const CASES: [string, string][] = [
  ['bytearray in place', `ba = bytearray(b'abc')
alias = ba
ba += b'de'
ba.append(102)
ba.extend([103, 104])
ba[0:2] = b'XYZ'
ba[::3] = b'123'
del ba[-1]
ba.insert(0, 33)
print(alias, alias is ba, len(ba), ba.pop(), ba.upper(), ba.find(b'Z'), ba.split(b'd'), ba.decode(errors='replace'))
def extended():
    ba[::2] = b'x'
for bad in (lambda: ba.append(256), extended, lambda: bytearray().pop()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)`],
  ['bytes % and its TypeErrors', `print(b'%s:%d %5b| %x %.2f %r %c' % (b'host', 80, b'ab', 255, 2.5, 'x', 65))
for bad in (lambda: b'%s' % 'str', lambda: b'%b' % 5, lambda: 5 % 0, lambda: chr(-1), lambda: chr(1.5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)`],
  ['decode and encode keywords', `data = 'hi 世界'.encode(encoding='utf-8', errors='strict')
print(data.decode(encoding='ascii', errors='replace'), data.decode('utf-8', errors='ignore'), b'\\xff'.decode(errors='backslashreplace'), str(None), str())`],
  ['defaults evaluated once, at the def', `funcs = [lambda i=i: i * 2 for i in range(3)]
base = 10
def f(x=[], n=-1, b=base * 2):
    x.append(n)
    return x, b
base = 0
print([g() for g in funcs], f(), f(), f([0]))`],
  ['singletons, type() and __mro__', `import socket
class A: pass
class B(A): pass
print(NotImplemented, ..., type(...), type(NotImplemented), [..., NotImplemented], ... is Ellipsis)
print(type(socket.socket), type(socket.AF_INET), len, type(len), B, B.__bases__, [c.__name__ for c in B.__mro__])
print([c.__name__ for c in socket.gaierror.__mro__], [c.__name__ for c in ConnectionRefusedError.__mro__], BaseException.__mro__)`],
  ['math', `import math
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(10 ** 20), math.sqrt(2), math.pi, math.inf, -math.inf, math.nan)
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1), math.isclose(0.1 + 0.2, 0.3), math.log(8, 2), math.gcd(12, 18), math.fsum([0.1] * 10))
for bad in (lambda: math.sqrt(-1), lambda: math.floor(math.inf), lambda: math.floor('a'), lambda: math.log(0)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)`],
  ['dunder protocols on Python classes', `class Message:
    def __init__(self, text):
        self.text = text
    def __eq__(self, other):
        return isinstance(other, Message) and self.text == other.text
    def __len__(self):
        return len(self.text)
    def __hash__(self):
        return hash(self.text)
    def __lt__(self, other):
        return self.text < other.text
    def __repr__(self):
        return 'M(%r)' % self.text
print(Message('x') in [Message('x')], len({Message('x'), Message('x')}), Message('a') == Message('a'), Message('a') != Message('b'))
d = {Message('k'): 1}
d[Message('k')] = 2
print(len(d), d[Message('k')], Message('k') in d, Message('z') in d, Message('a') < Message('b'))
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __bool__(self):
        return bool(self.x or self.y)
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
v = Vec(1, 2) + Vec(3, 4)
v += Vec(1, 1)
print(v, v * 2, 3 * v, bool(Vec(0, 0)), bool(Vec(1, 0)))
class Box:
    def __init__(self):
        self.items = {}
    def __getitem__(self, k):
        return self.items.get(k, 'none')
    def __setitem__(self, k, v):
        self.items[k] = v
    def __contains__(self, k):
        return k in self.items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
b = Box()
b['a'] = 1
b['a'] += 10
print(b['a'], b['zz'], 'a' in b, 'q' in b, len(b), bool(b), [k for k in b])
for k in b:
    print('key', k)
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(e)
class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
    def __call__(self, x):
        return x * self.n
print(list(Counter(3)), tuple(Counter(2)), sorted(Counter(3), reverse=True), sum(Counter(4)) if False else '', Counter(5)(2), callable(Counter(1)), callable(Message('x')))
ms = [Message('b'), Message('c'), Message('a')]
print(sorted(ms), min(ms), max(ms), any(Counter(2)), all([Vec(0, 0)]))
print(hash(1) == hash(1.0), hash((1, 2)) == hash((1, 2)), hash('x') == hash('x'), hash(Message('q')) == hash('q'))
class Plain:
    pass
try:
    len(Plain())
except TypeError as e:
    print(e)
try:
    Plain()()
except TypeError as e:
    print(e)
try:
    for x in Plain(): pass
except TypeError as e:
    print(e)
try:
    Plain() < Plain()
except TypeError as e:
    print(e)
try:
    Plain() + 1
except TypeError as e:
    print(e)
try:
    Plain()[0]
except TypeError as e:
    print(e)
p = Plain()
print(p == p, p != Plain(), p in [p], bool(p))`],
];

describe('Python runtime semantics, compared with python3', () => {
  it.each(CASES)('%s', async (_name, source) => {
    const cpython = runCPython(source);
    expect(cpython.stderr).toBe('');
    const ours = await runSocklab(source);
    expect(ours.stderr).toBe('');
    expect(ours.stdout).toBe(cpython.stdout);
  });
});
