// Generator expressions and generator functions: lazy objects with CPython's repr and type, whose
// translation reads as an async generator; only a lambda with `yield` is refused before it runs.
import { afterAll, describe, expect, it } from 'vitest';
import { createPythonSession } from '../../../src/lang/python/index.ts';
import { cleanup, runCPython, runSocklab } from './harness.ts';

afterAll(cleanup);

describe('generator expressions', () => {
  it('print as <generator object <genexpr> at 0x…> and have the type generator', async () => {
    const source = 'g = (x for x in [1])\nprint(g)\nprint(type(g), type(g).__name__)\nh = (x for x in [1])\nprint(g is h, repr(g) == repr(h))\n';
    const py = runCPython(source);
    const ours = await runSocklab(source);
    const mask = (s: string): string => s.replace(/0x[0-9a-f]+/g, '0x…');
    expect(mask(ours.stdout)).toBe(mask(py.stdout));
    expect(ours.stdout).toMatch(/^<generator object <genexpr> at 0x[0-9a-f]+>\n/);
  });

  it('translate to an async generator that py.genexp() runs an item at a time', () => {
    const session = createPythonSession({ write: () => {}, readLine: async () => undefined });
    const ts = session.translate('total = sum(x * 2 for x in data if x)\n', 'prog.py');
    session.space.closeAll();
    expect(ts).toContain('py.genexp(data, async function* $genexpr($outer) {');
    expect(ts).toContain('yield (py.mul(x, 2) ?? await py.dunder());');
  });

  it('stop at the first true value in any()', async () => {
    const source = 'seen = []\ndef f(x):\n    seen.append(x)\n    return x == 3\nprint(any(f(x) for x in range(10)), seen)\n';
    expect((await runSocklab(source)).stdout).toBe(runCPython(source).stdout);
  });

  it('make a def with yield an async generator function, a method with yield an async generator method', () => {
    const session = createPythonSession({ write: () => {}, readLine: async () => undefined });
    const ts = session.translate('def gen(n):\n    x = yield n\n    yield from x\nclass A:\n    def items(self):\n        yield\n', 'prog.py');
    session.space.closeAll();
    expect(ts).toContain('gen = py.def(async function* (n) {');
    expect(ts).toContain('x = ((yield n) ?? null);');
    expect(ts).toContain('yield* py.iter(x);');
    expect(ts).toContain('async *items() {');
  });

  it('run a generator function lazily: no code before the first next()', async () => {
    const source = 'def gen():\n    print("started")\n    yield 1\ng = gen()\nprint(repr(g)[:24])\nprint(next(g))\n';
    expect((await runSocklab(source)).stdout).toBe(runCPython(source).stdout);
  });

  it('refuse a lambda with yield, with its sentence', async () => {
    const r = await runSocklab('gen = lambda: (yield 1)\n');
    expect(r.error).toMatch(/generator \(yield\) in a lambda/);
  });
});
