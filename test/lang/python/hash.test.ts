// hash.ts against python3, run live: the hashes that lay out a set as CPython's table does.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pyHash } from '../../../src/lang/python/runtime/hash.ts';
import { PyFloat, PyFrozenSet } from '../../../src/lang/python/runtime/values.ts';
import { tuple } from '../../../src/socket/tuple.ts';

const f = (v: number): PyFloat => new PyFloat(v);

// [Python source, the same value in the runtime]
const CASES: [string, unknown][] = [
  ['0', 0], ['1', 1], ['-1', -1], ['-2', -2], ['2**53 - 1', 2 ** 53 - 1], ['-(2**40)', -(2 ** 40)],
  ['2**61 - 1', 2n ** 61n - 1n], ['2**70', 2n ** 70n], ['-(2**65)', -(2n ** 65n)], ['True', true], ['False', false],
  ['1.5', f(1.5)], ['-0.1', f(-0.1)], ['1e300', f(1e300)], ['5e-324', f(5e-324)], ['2.0**60', f(2 ** 60)],
  ["float('inf')", f(Infinity)], ["float('-inf')", f(-Infinity)], ['-0.0', f(-0)], ['3.0', f(3)],
  ['()', tuple()], ['(1, 2)', tuple(1, 2)], ['(1, (2.5, -1))', tuple(1, tuple(f(2.5), -1))], ['(-1,)', tuple(-1)],
  ['frozenset()', new PyFrozenSet()], ['frozenset({1, 2})', new PyFrozenSet([1, 2])], ['frozenset({(1, 2), 3.5})', new PyFrozenSet([tuple(1, 2), f(3.5)])],
  ['frozenset(range(100))', new PyFrozenSet(Array.from({ length: 100 }, (_, i) => i))], ['(frozenset({-1}),)', tuple(new PyFrozenSet([-1]))],
];

describe('pyHash', () => {
  it('agrees with python3 on ints, bools, floats, tuples and frozensets', () => {
    const out = execFileSync('python3', ['-c', `print(*[hash(v) for v in [${CASES.map(([src]) => src).join(', ')}]])`], { encoding: 'utf8' });
    expect(CASES.map(([, v]) => String(pyHash(v))).join(' ')).toBe(out.trim());
  });

  it('has no answer for values CPython hashes differently in every run', () => {
    for (const v of ['a', null, f(NaN), tuple('a', 1), {}, new PyFrozenSet(['a'])]) expect(pyHash(v)).toBeUndefined();
  });
});
