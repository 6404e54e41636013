// int(), float() and str(bytes, encoding): every expected text below is what python3 printed.
import { describe, expect, it } from 'vitest';
import { b, createGlobals, repr } from '../../src/socket/index.ts';

const { globals } = createGlobals({ write: () => {}, readLine: async () => undefined });
const { int, float, str } = globals;

const cases: Array<[string, () => unknown, string]> = [
  ["int(' 42 ')", () => int(' 42 '), '42'],
  ["int('1_000')", () => int('1_000'), '1000'],
  ["int('abc')", () => int('abc'), "ValueError: invalid literal for int() with base 10: 'abc'"],
  ["int('ff', 16)", () => int('ff', 16), '255'],
  ["int('0x1f', 16)", () => int('0x1f', 16), '31'],
  ["int('0x1f', 0)", () => int('0x1f', 0), '31'],
  ['int(3.9)', () => int(3.9), '3'],
  ['int(-3.9)', () => int(-3.9), '-3'],
  ["int(b'12')", () => int(b('12')), '12'],
  ['int([1])', () => int([1]), "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'"],
  ['int(5, 10)', () => int(5, 10), "TypeError: int() can't convert non-string with explicit base"],
  ["int('')", () => int(''), "ValueError: invalid literal for int() with base 10: ''"],
  ['int(NaN)', () => int(NaN), 'ValueError: cannot convert float NaN to integer'],
  ["float(' 1.5 ')", () => float(' 1.5 '), '1.5'],
  ["float('abc')", () => float('abc'), "ValueError: could not convert string to float: 'abc'"],
  ["float('1e3')", () => float('1e3'), '1000'],
  ["float('inf')", () => float('inf'), 'inf'],
  ["str(b'\\xe4\\xbd\\xa0', 'utf-8')", () => str(b([0xe4, 0xbd, 0xa0]), 'utf-8'), "'你'"],
  ["str('x', 'utf-8')", () => str('x', 'utf-8'), 'TypeError: decoding str is not supported'],
  ["str(5, 'utf-8')", () => str(5, 'utf-8'), 'TypeError: decoding to str: need a bytes-like object, int found'],
  ["str(b'hi')", () => str(b('hi')), '"b\'hi\'"'],
];

describe('int, float, str', () => {
  it.each(cases)('%s', (_label, call, expected) => {
    let got: string;
    try {
      got = repr(call());
    } catch (e) {
      got = `${(e as Error).name}: ${(e as Error).message}`;
    }
    expect(got).toBe(expected);
  });
});
