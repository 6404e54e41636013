// Python's int() and float() for what tutorials parse: a port typed at input('port: '), a
// number in a received message. CPython's rules and messages (Objects/longobject.c, floatobject.c).
import { OverflowError, ValueError } from './exceptions.ts';
import { repr } from './format.ts';
import { pyTypeName } from './pytype.ts';

const _DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

function _text(x: unknown): string | undefined {
  if (typeof x === 'string') return x;
  if (ArrayBuffer.isView(x)) return Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString('latin1');
  return undefined;
}

/** Python's int(x=0, base=10). Results beyond 2**53 lose precision (JavaScript numbers). */
export function int(x: unknown = 0, base?: unknown): number {
  if (base === undefined) {
    if (typeof x === 'boolean') return x ? 1 : 0;
    if (typeof x === 'bigint') return Number(x);
    if (typeof x === 'number') {
      if (Number.isNaN(x)) throw new ValueError('cannot convert float NaN to integer');
      if (!Number.isFinite(x)) throw new OverflowError('cannot convert float infinity to integer');
      return Math.trunc(x) + 0; // + 0: no -0
    }
  }
  const text = _text(x);
  if (text === undefined) {
    if (base !== undefined) throw new TypeError("int() can't convert non-string with explicit base");
    throw new TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(x)}'`);
  }
  if (base !== undefined && (typeof base !== 'number' || !Number.isInteger(base))) {
    throw new TypeError(`'${pyTypeName(base)}' object cannot be interpreted as an integer`);
  }
  let b: number = base === undefined ? 10 : base;
  if (b !== 0 && (b < 2 || b > 36)) throw new ValueError('int() base must be >= 2 and <= 36, or 0');
  const invalid = () => new ValueError(`invalid literal for int() with base ${b}: ${repr(x)}`);
  let s = text.trim().toLowerCase();
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  const prefix = /^0([xob])/.exec(s);
  const prefixBase = prefix ? { x: 16, o: 8, b: 2 }[prefix[1] as 'x' | 'o' | 'b'] : undefined;
  if (b === 0) {
    b = prefixBase ?? 10;
    if (prefixBase === undefined && /^0+[1-9_]/.test(s)) throw invalid();
  }
  if (prefixBase !== undefined && prefixBase === b) s = s.slice(2).replace(/^_/, '');
  if (s === '' || s.startsWith('_') || s.endsWith('_') || s.includes('__')) throw invalid();
  let n = 0;
  for (const ch of s.replaceAll('_', '')) {
    const d = _DIGITS.indexOf(ch);
    if (d < 0 || d >= b) throw invalid();
    n = n * b + d;
  }
  return sign * n + 0;
}

/** Python's float(x=0.0). */
export function float(x: unknown = 0): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return Number(x);
  const text = _text(x);
  if (text === undefined) throw new TypeError(`float() argument must be a string or a real number, not '${pyTypeName(x)}'`);
  const s = text.trim().toLowerCase();
  const special = /^([+-]?)(inf|infinity|nan)$/.exec(s);
  if (special) return special[2] === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  if (!/^[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)(e[+-]?\d(_?\d)*)?$/.test(s)) {
    throw new ValueError(`could not convert string to float: ${repr(x)}`);
  }
  return Number(s.replaceAll('_', ''));
}
