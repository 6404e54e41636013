// The contract of the operators the translated code calls (runtime/dunders.ts): on builtin values
// they answer at once, so `if not data` and `data == b'quit'` in a recv loop never await; on an
// instance of a Python class with the special method they return undefined and py.dunder()
// holds the method's result.
import { describe, expect, it } from 'vitest';
import { b } from '../../../src/socket/bytes.ts';
import { tuple } from '../../../src/socket/tuple.ts';
import { PyObject, defineClass } from '../../../src/lang/python/runtime/call.ts';
import * as dunders from '../../../src/lang/python/runtime/dunders.ts';

class Box extends PyObject {
  async __bool__(): Promise<boolean> {
    return false;
  }
  async __eq__(o: unknown): Promise<unknown> {
    return o === 3;
  }
}
defineClass(Box, { __bool__: [], __eq__: ['o'] });

describe('operators on builtin values answer synchronously', () => {
  it.each([[b(''), false], [b('x'), true], ['', false], [[], false], [null, false], [0, false], [tuple(1), true]])('truthy(%o)', (x, expected) => {
    expect(dunders.truthy(x)).toBe(expected);
  });

  it('compares bytes, str and tuples at once', () => {
    expect(dunders.eq(b('quit'), b('quit'))).toBe(true);
    expect(dunders.eq('a', 'b')).toBe(false);
    expect(dunders.ne(tuple(1, 2), tuple(1, 2))).toBe(false);
  });
});

describe('an instance of a Python class defers to its special method', () => {
  it('__bool__', async () => {
    expect(dunders.truthy(new Box())).toBeUndefined();
    expect(await dunders.dunder()).toBe(false);
  });

  it('__eq__ with a literal on either side, and != derived from it', async () => {
    const box = new Box();
    const cases: [() => unknown, boolean][] = [[() => dunders.eq(box, 3), true], [() => dunders.eq(3, box), true], [() => dunders.ne(box, 3), false], [() => dunders.eq(box, b('x')), false]];
    for (const [op, expected] of cases) {
      expect(op()).toBeUndefined();
      expect(await dunders.dunder()).toBe(expected);
    }
  });
});
