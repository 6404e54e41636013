// Python's values, operators, builtins and methods: each program's output compared with
// python3's, run live.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, runCPython, runSocklab } from './harness.ts';

afterAll(cleanup);

const CASES: [string, string][] = [
  ['numbers', 'print(5.0, 7/2, 7//2, -7//2, 7 % 3, -7 % 3, 2**64, 2**-1, 10/5, 1e16, 1e15, 0.1 + 0.2, 3 * 1.5, int(3.9), float(2), round(2.5), round(3.14159, 2), abs(-3), divmod(7, 2))'],
  ['big ints', 'x = 2**53 + 1\nprint(x, x * x, x // 3, x % 1000, -x, hex(x), 10**20 - 1)'],
  ['truthiness', "print(not b'', not '', not [], not {}, not 0, not 0.0, not None, bool(b'x'), bool([0]), bool(' '))"],
  ['equality', "print(b'quit' == b'quit', (1, 2) == (1, 2), [1] == (1,), 1 == 1.0, True == 1, {'a': [1]} == {'a': [1]}, 'a' != 'b', None is None, [1] is [1])"],
  ['chained comparisons', 'x = 5\nprint(1 < x < 10, 1 < x > 6, 0 <= x <= 5 == 5, "a" < "b" < "c")'],
  ['str methods', "s = ' Hello, World '\nprint(s.strip(), s.lower(), s.upper(), s.split(','), s.strip().split(), s.replace('l', 'L', 2), s.find('o'), s.count('l'), s.startswith(' H'), s.strip().endswith(('x', 'd')), '-'.join(['a', 'b']), s.center(20, '*'), 'ab'.zfill(5), 'a,b,c'.split(',', 1), 'a b'.partition(' '))"],
  ['str formatting', "name = 'Tom'\nn = 3.14159\nprint(f'{name!r:>6}|{n:.2f}|{42:05d}|{255:x}|{1234567:,}|{name=}', '%s is %d years, %.1f%%' % ('Tom', 3, 99.5), '{} {name} {}'.format('x', 'z', name='y'), '{0}{1}{0}'.format('a', 'b'), '%-5s|%5s|' % ('a', 'b'), format(0.5, '%'))"],
  ['bytes', "data = b'hello world'\nprint(data[0], data[1:5], data.split(), data.upper(), len(data), data.decode(), b'%s:%d' % (b'x', 5), b'ab' + b'cd', b'-' * 3, b'lo' in data, data.find(b'o'), list(b'ab'), bytes([104, 105]), bytes(3), 'é'.encode(), bytearray(b'x'))"],
  ['lists', "xs = [3, 1, 2]\nxs.append(4)\nxs.extend([5])\nxs.insert(0, 9)\nprint(xs, xs.pop(), xs.pop(0), sorted(xs), sorted(xs, reverse=True), xs.index(2), xs.count(1), xs[-1], xs[::-1], xs[1:3], len(xs), min(xs), max(xs), sum(xs), 2 in xs)\nxs.sort(key=lambda v: -v)\nxs.remove(2)\ndel xs[0]\nprint(xs, [1, 2] + [3], [0] * 3, list(range(5)), list(range(10, 0, -3)))"],
  ['tuples', "t = (1, 'a', None)\nprint(t, t[1], len(t), t + (2,), (1,), (), t.index('a'), tuple([1, 2]))\na, *rest = [1, 2, 3]\nprint(a, rest)"],
  ['dicts', "d = {'b': 1}\nd['a'] = 2\nd[('127.0.0.1', 80)] = 'conn'\nprint(d, d.get('x'), d.get('x', 0), list(d.keys()), list(d.values()), d.items(), len(d), 'a' in d, d.pop('b'), d.setdefault('z', []), d)\nfor k, v in d.items():\n    print(k, v)\nd.update({'a': 3}, q=1)\nprint(d, dict([(1, 2)]), dict(a=1), {k: k * 2 for k in range(3)}, d.keys())"],
  ['sets', "s = {1, 2, 3}\ns.add(4)\ns.discard(1)\nprint(s, 2 in s, len(s), sorted(s | {9}), s & {2, 3}, s - {2}, set(), sorted({3, 1, 2}))"],
  ['builtins', "print(list(enumerate('ab')), list(zip([1, 2], 'xy')), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), any([0, 1]), all([]), chr(65), ord('a'), repr('it\\'s'), isinstance(1, int), isinstance(True, int), isinstance('a', (int, str)), type(1), type('a').__name__, type(1.5), len('你好'), str(b'x'), int('ff', 16), int(' 42 '), float('1.5'), list(reversed([1, 2])))"],
  ['comprehensions', "print([x * x for x in range(5) if x % 2], {x % 3 for x in range(10)}, [(i, j) for i in range(2) for j in range(2)], sum(x for x in range(4)), ''.join(c.upper() for c in 'ab'))"],
  ['functions', "def f(a, b=2, *args, key='k', **kw):\n    return a, b, args, key, kw\nprint(f(1), f(1, 3, 4, 5, key='x', z=1), f(*[1, 2], **{'key': 'y'}))\ng = lambda x, y=1: x + y\nprint(g(1), g(1, y=5))\ndef outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    inc(); inc()\n    return n\nprint(outer())\ncount = 0\ndef bump():\n    global count\n    count += 1\nbump(); bump()\nprint(count)"],
  ['classes', "class Animal:\n    kind = 'animal'\n    def __init__(self, name):\n        self.name = name\n    def speak(self):\n        return self.name + ' makes a sound'\n    def __str__(self):\n        return 'Animal(' + self.name + ')'\nclass Dog(Animal):\n    def __init__(self, name, breed):\n        super().__init__(name)\n        self.breed = breed\n    def speak(self):\n        return super().speak() + ' (woof)'\nd = Dog('Rex', 'lab')\nprint(d.speak(), d.kind, d.breed, str(d), isinstance(d, Animal), Dog.kind, Animal.speak(d))\nprint(d)"],
  ['exceptions', "class MyError(Exception):\n    pass\ntry:\n    raise MyError('boom', 2)\nexcept MyError as e:\n    print('caught', e, e.args, repr(e))\ntry:\n    [][1]\nexcept (KeyError, IndexError) as e:\n    print(type(e).__name__, e)\ntry:\n    1 / 0\nexcept ArithmeticError as e:\n    print(e)\nelse:\n    print('no')\nfinally:\n    print('finally')\ntry:\n    int('x')\nexcept ValueError as e:\n    print(e)\ntry:\n    try:\n        raise OSError(111, 'Connection refused')\n    except OSError as e:\n        print(type(e).__name__, e.errno, e.strerror, e)\n        raise\nexcept ConnectionError:\n    print('reraised')\ntry:\n    'a' + 1\nexcept TypeError as e:\n    print(e)\ntry:\n    assert 1 == 2, 'math'\nexcept AssertionError as e:\n    print('assert', e)"],
  ['loops with else', "for i in range(3):\n    if i == 5:\n        break\nelse:\n    print('no break')\nn = 0\nwhile n < 10:\n    n += 1\n    if n == 3:\n        break\nelse:\n    print('unreachable')\nprint(n)"],
  ['with and files', "import os\npath = os.path.join(os.path.dirname(os.path.abspath(__file__)) if False else '.', 'socklab-test.txt')\nwith open(path, 'w') as f:\n    f.write('line1\\nline2\\n')\nwith open(path) as f:\n    print(f.read().split())\nwith open(path) as f:\n    for line in f:\n        print(line.strip())\nos.remove(path)\nprint(os.path.exists(path))"],
  ['assorted statements (assorted.py)', readFileSync(new URL('./assorted.py', import.meta.url), 'utf8')],
];

describe('Python values and builtins, compared with python3', () => {
  it.each(CASES)('%s', async (_name, source) => {
    const cpython = runCPython(source);
    expect(cpython.stderr).toBe('');
    const ours = await runSocklab(source);
    expect(ours.stderr).toBe('');
    expect(ours.stdout).toBe(cpython.stdout);
  });
});
