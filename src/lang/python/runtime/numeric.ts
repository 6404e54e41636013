// int's and float's methods beyond the operators (bit_count, as_integer_ratio, to_bytes,
// from_bytes, is_integer) and the numeric builtins divmod(), pow() with a modulus and round(),
// as Objects/longobject.c and Objects/floatobject.c compute them, with CPython 3.11's errors.
import { bytes } from '../../../socket/bytes.ts';
import { OverflowError, ValueError } from '../../../socket/exceptions.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { tuple } from '../../../socket/tuple.ts';
import type { NativeFunction } from './call.ts';
import { ZeroDivisionError } from './exceptions.ts';
import { floordiv, iter, mod, truthy } from './ops.ts';
import { intValue, isInt, isNone, normInt, PyFloat, realValue } from './values.ts';

type Methods = Record<string, NativeFunction>;
type Keywords = Record<string, unknown> | undefined;

const _big = (x: unknown): bigint => BigInt(intValue(x));

function _index(x: unknown): number {
  if (!isInt(x)) throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
  return Number(intValue(x));
}

/** to_bytes/from_bytes's byteorder: 'little' or 'big'. */
function _byteorder(method: string, x: unknown): 'little' | 'big' {
  if (x === undefined) return 'big';
  if (typeof x !== 'string') throw new TypeError(`${method}() argument 'byteorder' must be str, not ${pyTypeName(x)}`);
  if (x !== 'little' && x !== 'big') throw new ValueError("byteorder must be either 'little' or 'big'");
  return x;
}

const _arg = (a: unknown[], kw: Keywords, i: number, name: string): unknown => (i < a.length ? a[i] : kw?.[name]);
const _signed = (kw: Keywords): boolean => kw?.signed !== undefined && truthy(kw.signed);

/** A finite double as numerator / denominator in lowest terms (float_as_integer_ratio). */
function _ratio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) throw new ValueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw new OverflowError('cannot convert Infinity to integer ratio');
  if (x === 0) return [0n, 1n];
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  let exponent = biased === 0 ? -1074 : biased - 1075;
  if (biased !== 0) mantissa |= 1n << 52n;
  while (exponent < 0 && (mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    exponent++;
  }
  const sign = x < 0 ? -1n : 1n;
  return exponent >= 0 ? [sign * (mantissa << BigInt(exponent)), 1n] : [sign * mantissa, 1n << BigInt(-exponent)];
}

export const INT_METHODS: Methods = {
  conjugate: (a) => intValue(a[0]),
  bit_count: (a) => { let v = _big(a[0]); if (v < 0n) v = -v; let n = 0; for (; v > 0n; v >>= 1n) n += Number(v & 1n); return n; },
  as_integer_ratio: (a) => tuple(intValue(a[0]), 1),
  to_bytes: (a, kw) => {
    const n = _big(a[0]);
    const lengthArg = _arg(a, kw, 1, 'length');
    const length = lengthArg === undefined ? 1 : _index(lengthArg);
    const order = _byteorder('to_bytes', _arg(a, kw, 2, 'byteorder'));
    if (length < 0) throw new ValueError('length argument must be non-negative');
    const signed = _signed(kw);
    if (n < 0n && !signed) throw new OverflowError("can't convert negative int to unsigned");
    const bits = BigInt(8 * length);
    const fits = signed ? length > 0 ? n >= -(1n << (bits - 1n)) && n < 1n << (bits - 1n) : n === 0n : n < 1n << bits;
    if (!fits) throw new OverflowError('int too big to convert');
    const out = new Uint8Array(length);
    let v = n < 0n ? (1n << bits) + n : n;
    for (let i = length - 1; i >= 0; i--) {
      out[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return bytes.from(order === 'little' ? out.reverse() : out);
  },
  // A class method: int.from_bytes(…) and (5).from_bytes(…) alike; the instance is not used.
  from_bytes: (a, kw) => {
    const source = _arg(a, kw, 1, 'bytes');
    if (typeof source === 'string') throw new TypeError("cannot convert 'str' object to bytes");
    const data = source instanceof Uint8Array ? [...source] : [...iter(source)].map(_index);
    const order = _byteorder('from_bytes', _arg(a, kw, 2, 'byteorder'));
    const list = order === 'little' ? data.reverse() : data;
    let v = 0n;
    for (const x of list) v = (v << 8n) | BigInt(x);
    if (_signed(kw) && list.length > 0 && list[0]! & 0x80) v -= 1n << BigInt(8 * list.length);
    return normInt(v);
  },
};

/** The int methods that are class methods: the type calls them with no instance first. */
export const INT_STATICS = new Set(['from_bytes']);

/** The float methods that are class methods. */
export const FLOAT_STATICS = new Set(['fromhex']);

/** float.hex(): float_hex's text, `[-]0x1.<13 hex digits>p<sign><exponent>` (a subnormal: `0x0.…p-1022`). */
function _floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = ((BigInt(high & 0xfffff) << 32n) | BigInt(view.getUint32(4))).toString(16).padStart(13, '0');
  const exponent = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${biased === 0 ? 0 : 1}.${fraction}p${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`;
}

const _HEX_FLOAT = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?/i;

/** float.fromhex(s): float_fromhex, correctly rounded (half to even), with its two errors. */
function _floatFromHex(text: unknown): PyFloat {
  if (typeof text !== 'string') throw new TypeError(`bad argument type for built-in operation`);
  const s = text.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special) return new PyFloat(special[2]!.toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity);
  const m = _HEX_FLOAT.exec(s);
  const whole = m?.[2] ?? '';
  const fraction = m?.[3] ?? '';
  if (!m || whole + fraction === '') throw new ValueError('invalid hexadecimal floating-point string');
  const negative = m[1] === '-';
  // float_fromhex computes the number before it looks past it: `0x2p1023x` is an OverflowError.
  const value = _hexValue(BigInt(`0x${whole}${fraction}`), Number(m[4] ?? '0') - 4 * fraction.length);
  if (m[0].length !== s.length) throw new ValueError('invalid hexadecimal floating-point string');
  return new PyFloat(negative ? -value : value);
}

/** mantissa * 2**exp as the nearest double (ties to even), or OverflowError. */
function _hexValue(mantissa: bigint, exp: number): number {
  if (mantissa === 0n) return 0;
  // Its leading bit is at 2**top.
  const top = mantissa.toString(2).length - 1 + exp;
  const overflow = (): never => { throw new OverflowError('hexadecimal value too large to represent as a float'); };
  if (top > 1024) overflow();
  if (top < -1076) return 0;
  const lsb = Math.max(top - 52, -1074);
  const shift = lsb - exp;
  let q: bigint;
  if (shift > 0) {
    const big = BigInt(shift);
    q = mantissa >> big;
    const rest = mantissa & ((1n << big) - 1n);
    const half = 1n << (big - 1n);
    if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  } else {
    q = mantissa << BigInt(-shift);
  }
  // q < 2**54 is exact as a Number, and so is its product with a power of two in range.
  const value = Number(q) * 2 ** lsb;
  if (!Number.isFinite(value)) overflow();
  return value;
}

export const FLOAT_METHODS: Methods = {
  hex: (a) => _floatHex((a[0] as PyFloat).value),
  // A class method: float.fromhex(…) and (1.0).fromhex(…) alike; the instance is not used.
  fromhex: (a) => _floatFromHex(a[1]),
  is_integer: (a) => Number.isInteger((a[0] as PyFloat).value),
  conjugate: (a) => a[0],
  as_integer_ratio: (a) => { const [n, d] = _ratio((a[0] as PyFloat).value); return tuple(normInt(n), normInt(d)); },
};

const _isReal = (x: unknown): boolean => isInt(x) || x instanceof PyFloat;

/** divmod(a, b): ints by floor division; floats as float_divmod() does it (the quotient is a whole float). */
export function divmod(a: unknown, b: unknown): unknown {
  if (!_isReal(a) || !_isReal(b)) throw new TypeError(`unsupported operand type(s) for divmod(): '${pyTypeName(a)}' and '${pyTypeName(b)}'`);
  if (isInt(a) && isInt(b)) return tuple(floordiv(a, b), mod(a, b));
  const x = realValue(a);
  const y = realValue(b);
  if (y === 0) throw new ZeroDivisionError('float divmod()');
  let m = x % y;
  let div = (x - m) / y;
  if (m !== 0) {
    if (y < 0 !== m < 0) {
      m += y;
      div -= 1;
    }
  } else {
    m = Math.sign(1 / y) * 0;
  }
  let q: number;
  if (div !== 0) {
    q = Math.floor(div);
    if (div - q > 0.5) q += 1;
  } else {
    q = Object.is(x / y, -0) || x / y < 0 ? -0 : 0;
  }
  return tuple(new PyFloat(q), new PyFloat(m));
}

/** pow(base, exp, mod): ints only; a negative exponent is the modular inverse's power. */
export function powMod(base: unknown, exp: unknown, modulus: unknown): unknown {
  if (!isInt(base) || !isInt(exp) || !isInt(modulus)) throw new TypeError('pow() 3rd argument not allowed unless all arguments are integers');
  let m = _big(modulus);
  if (m === 0n) throw new ValueError('pow() 3rd argument cannot be 0');
  const negative = m < 0n;
  if (negative) m = -m;
  let b = ((_big(base) % m) + m) % m;
  let e = _big(exp);
  if (e < 0n) {
    b = _inverse(b, m);
    e = -e;
  }
  let r = 1n % m;
  for (; e > 0n; e >>= 1n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
  }
  // The result has the modulus's sign, as % does.
  return normInt(negative && r !== 0n ? r - m : r);
}

function _inverse(b: bigint, m: bigint): bigint {
  let [r0, r1] = [b, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new ValueError('base is not invertible for the given modulus');
  return ((s0 % m) + m) % m;
}

/** A float's round() to an int: infinities and NaN have none. */
function _toInt(x: number): number | bigint {
  if (Number.isNaN(x)) throw new ValueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new OverflowError('cannot convert float infinity to integer');
  return Number.isSafeInteger(x) ? x + 0 : normInt(BigInt(x));
}

/** An int rounded to 10**-digits (digits < 0), ties to even, exactly (long_round). */
function _roundInt(x: bigint, digits: number): number | bigint {
  const m = 10n ** BigInt(-digits);
  let q = x / m;
  let r = x % m;
  if (r < 0n) {
    q -= 1n;
    r += m;
  }
  if (2n * r > m || (2n * r === m && (q & 1n) === 1n)) q += 1n;
  return normInt(q * m);
}

/**
 * round(x, ndigits): `roundFloat` is the correctly rounded decimal of a float to `digits` places
 * (builtins.ts); ints stay ints, exactly.
 */
export function round(x: unknown, ndigits: unknown, roundFloat: (x: number, digits: number) => number): unknown {
  if (!_isReal(x)) throw new TypeError(`type ${pyTypeName(x)} doesn't define __round__ method`);
  if (ndigits === undefined || isNone(ndigits)) return isInt(x) ? intValue(x) : _toInt(roundFloat(realValue(x), 0));
  const digits = _index(ndigits);
  if (isInt(x)) return digits >= 0 ? intValue(x) : _roundInt(_big(x), digits);
  return new PyFloat(roundFloat(realValue(x), digits));
}
