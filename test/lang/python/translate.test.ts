// What `socklab translate` prints: the JavaScript `socklab run` runs, whose helpers say what they
// do, with the two idioms a hand translation gets wrong (empty bytes are falsy, bytes compare by
// value). test/python/translation.test.ts runs what it prints.
import { describe, expect, it } from 'vitest';
import { createPythonSession } from '../../../src/lang/python/index.ts';

const session = createPythonSession({ write: () => {}, readLine: async () => undefined });
const translate = (src: string): string => session.translate(src, 'prog.py');

describe('socklab translate', () => {
  const CASES: [string, string, string][] = [
    ['if not data: break', 'while True:\n    data = s.recv(1024)\n    if not data:\n        break\n', 'if (!(py.truthy(data) ?? await py.dunder())) {'],
    ["== b'quit'", "if recv_data == b'quit':\n    pass\n", 'if ((py.eq(recv_data, py.b("quit")) ?? await py.dunder())) {'],
    ['a method call is awaited', "s.sendto(b'hi', ('127.0.0.1', 9999))\n", `await py.callMethod(s, 'sendto', py.b("hi"), py.tuple("127.0.0.1", 9999));`],
    ['keyword arguments', "print('a', 'b', sep='-', end='')\n", `await py.call(print, "a", "b", py.kw({ sep: "-", end: "" }));`],
    ['unpacking', 'data, addr = s.recvfrom(1024)\n', `[data, addr] = (py.unpack(await py.callMethod(s, 'recvfrom', 1024), 2) ?? await py.dunder());`],
    ['a loop gives other tasks a turn', 'while 1:\n    pass\n', 'if (py.due()) await py.turn();'],
    ['a def is an async function', 'def f(a, b=2):\n    return a\n', "f = py.def(async function (a, b = 2) {"],
    ['a def is named by py.def (its own name in its body is the module\'s f)', 'def f():\n    return f\n', "}, [], 'f');"],
    ['a default\'s value for __defaults__', 'def f(a, b=2):\n    return a\n', "}, ['a','b='], 'f', void 0, () => ({ b: 2 }));"],
    ['floats stay floats', 's.settimeout(5.0)\n', "await py.callMethod(s, 'settimeout', py.float(5));"],
    ['a nested def records its __qualname__', 'def outer():\n    def inner():\n        pass\n', "}, [], 'outer.<locals>.inner');"],
    ["a lambda's __qualname__", 'f = lambda: 0\n', "py.def(async () => 0, [], '<lambda>')"],
  ];
  it.each(CASES)('%s', (_name, source, expected) => {
    expect(translate(source)).toContain(expected);
  });

  it("leaves out the emitter's position marks (they only map tracebacks to expressions)", () => {
    const js = translate("def f(d, x):\n    raise ValueError(d['k'] + g(x).y // 2)\n");
    expect(js).not.toMatch(/[\u0001\u0002]/);
    expect(js).toContain("throw await py.raise((await py.call(ValueError, (py.add((py.getitem(d, \"k\") ?? await py.dunder())");
  });

  it('prints the fallback to special methods that running needs (a map() of a def, an import of __add__)', () => {
    expect(translate('x = a + b\n')).toContain('x = (py.add(a, b) ?? await py.dunder());');
    expect(translate(`import socket\nprint('x')\n`)).toContain("import { py, print } from 'socklab/python';");
  });

  it('compares with a literal through __eq__ when the program defines one', () => {
    const js = translate('class E:\n    def __eq__(self, o):\n        return True\nif E() == 3:\n    pass\n');
    expect(js).toContain('if ((py.eq((await py.call(E)), 3) ?? await py.dunder())) {');
  });

  it("unpacks and spreads through a class's __iter__ when the program defines one", () => {
    const js = translate('class P:\n    def __iter__(self):\n        return iter([1, 2])\na, b = P()\nprint(*P())\n');
    expect(js).toContain('[a, b] = (py.unpack(await py.call(P), 2) ?? await py.dunder());');
    expect(js).toContain('await py.call(print, ...(py.spreadFor((await py.call(P)), () => print) ?? await py.dunder()));');
    expect(translate('print(*xs)\n')).toContain('await py.call(print, ...(py.spreadFor(xs, () => print) ?? await py.dunder()));');
  });

  it('asks a class with special methods for its truth (__bool__, __len__)', () => {
    const js = translate('class Box:\n    def __len__(self):\n        return 0\nif not Box():\n    pass\nx = Box() or 1\n');
    expect(js).toContain('if (!(py.truthy((await py.call(Box))) ?? await py.dunder())) {');
    expect(js).toMatch(/\(\(py\.truthy\(\$?\w+ = \(await py\.call\(Box\)\)\) \?\? await py\.dunder\(\)\) \?/);
  });

  it('declares the module names it assigns and parses as JavaScript', () => {
    const js = translate('import socket\nx = 1\ndef f():\n    return x\n');
    expect(js).toContain('let socket, x, f;');
    expect(() => new Function(`return async (py) => {\n${js.replace(/^import .*$/m, '')}\n}`)).not.toThrow();
  });

  it("does not declare a comprehension's own variables as the module's", () => {
    const js = translate('xs = [i * i for i in range(3)]\nd = {k: v for k, v in []}\n');
    expect(js).toContain('let xs, d;');
    expect(js).toContain('for await (const i of');
  });
});
