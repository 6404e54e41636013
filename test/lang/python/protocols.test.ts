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
