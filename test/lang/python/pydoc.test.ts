// help() of a program's own functions and classes: pydoc's plain text (the differential case
// help_pydoc_own.py compares whole pages with python3); here the pieces, and that socklab's own
// texts still win for what is not the program's.
import { describe, expect, it } from 'vitest';
import { setColor } from '../../../src/colors.ts';
import { createPythonSession } from '../../../src/lang/python/index.ts';
import { pythonHelpText } from '../../../src/lang/python/interactive.ts';
import { cleandoc, pydocText } from '../../../src/lang/python/pydoc.ts';

setColor(false);
const session = createPythonSession({ write: () => {}, readLine: async () => undefined });
const g = session.globals as Record<string, unknown>;

describe('pydoc for the program', () => {
  it('cleans a docstring as inspect.cleandoc does', () => {
    expect(cleandoc('\n    First.\n\n      Indented.\n    Last.\n    ')).toBe('First.\n\n  Indented.\nLast.');
    expect(cleandoc('One line.')).toBe('One line.');
  });

  it.each([
    ['def f(a, b=1):\n    "Doc."', 'f', 'Help on function f in module __main__:\n\nf(a, b=1)\n    Doc.\n'],
    ['def g(*a, k, **kw): pass', 'g', 'Help on function g in module __main__:\n\ng(*a, k, **kw)\n'],
    ['def h(x, *, y=None): pass', 'h', 'Help on function h in module __main__:\n\nh(x, *, y=None)\n'],
    ['lam = lambda x: x', 'lam', 'Help on function <lambda> in module __main__:\n\n<lambda> lambda x\n'],
    ['class E: pass', 'E', 'Help on class E in module __main__:\n\nclass E(builtins.object)\n |  Data descriptors defined here:\n |  \n |  __dict__\n |      dictionary for instance variables\n |  \n |  __weakref__\n |      list of weak references to the object\n'],
  ])('documents %j', async (source, name, text) => {
    const r = await session.exec(source);
    expect(r.ok).toBe(true);
    expect(pydocText(g[name])).toBe(text);
    expect(pythonHelpText(g[name], g)).toBe(text);
  });

  it("keeps socklab's texts for what is not the program's", async () => {
    await session.exec('import pickle');
    expect(pydocText(g.len)).toBeUndefined();
    expect(pythonHelpText((g.pickle as Record<string, unknown>).loads, g)).toMatch(/^pickle\.loads\(data/);
    expect(pythonHelpText(g.eval, g)).toMatch(/^eval\(source/);
  });
});
