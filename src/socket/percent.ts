// Python's printf-style string formatting, `'%s:%d' % (host, port)`, as older socket tutorials
// print addresses and messages (Objects/unicodeobject.c, PyUnicode_Format). The REPL turns a
// string literal's `%` into a call of percentFormat(); JavaScript itself would give NaN.
import { ValueError } from './exceptions.ts';
import { repr, str } from './format.ts';
import { pyTypeName } from './pytype.ts';
import { isTuple } from './tuple.ts';

const _SPEC = /%(?:\(([^)]*)\))?([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d*))?(.?)/gs;

/**
 * `format % right`: `right` is a tuple of arguments (a Python tuple, or `literalTuple` when the
 * REPL read `(a, b)` as an array), or one argument.
 */
export function percentFormat(format: string, right: unknown, literalTuple = false): string {
  const many = literalTuple || isTuple(right);
  const args: unknown[] = many ? [...(right as unknown[])] : [right];
  let used = 0;
  const next = (): unknown => {
    if (used >= args.length) throw new TypeError('not enough arguments for format string');
    return args[used++];
  };
  const out = format.replace(_SPEC, (whole, key: string | undefined, flags: string, width: string | undefined, precision: string | undefined, conv: string, index: number) => {
    if (conv === '%' && whole === '%%') return '%';
    if (key !== undefined) throw new TypeError('format requires a mapping');
    const w = width === '*' ? _int(next(), '* wants int') : width === undefined ? 0 : Number(width);
    const p = precision === '*' ? _int(next(), '* wants int') : precision === undefined ? undefined : Number(precision || '0');
    if (!'sradiufFeEgGxXoc'.includes(conv) || conv === '') {
      if (conv === '') throw new ValueError('incomplete format');
      throw new ValueError(`unsupported format character '${conv}' (0x${conv.codePointAt(0)!.toString(16)}) at index ${index + whole.length - 1}`);
    }
    return _pad(_convert(conv, next(), flags, p), Math.abs(w), flags.includes('-') || w < 0, flags.includes('0') && 'diufFeEgGxXo'.includes(conv));
  });
  if (used < args.length && !(many === false && args.length === 1 && used === 0 && _isMapping(right))) {
    throw new TypeError('not all arguments converted during string formatting');
  }
  return out;
}

function _isMapping(x: unknown): boolean {
  return x !== null && typeof x === 'object' && !Array.isArray(x) && !ArrayBuffer.isView(x);
}

function _int(x: unknown, message: string): number {
  if (typeof x !== 'number' || !Number.isInteger(x)) throw new TypeError(message);
  return x;
}

/** The number behind a numeric conversion, or CPython's TypeError. */
function _number(conv: string, x: unknown): number {
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return Number(x);
  if (typeof x === 'number') return x;
  const what = 'diu'.includes(conv) ? 'a real number is required' : 'xXo'.includes(conv) ? 'an integer is required' : 'must be real number';
  if (what === 'must be real number') throw new TypeError(`must be real number, not ${pyTypeName(x)}`);
  throw new TypeError(`%${conv} format: ${what}, not ${pyTypeName(x)}`);
}

function _signed(text: string, negative: boolean, flags: string): string {
  if (negative) return `-${text}`;
  if (flags.includes('+')) return `+${text}`;
  if (flags.includes(' ')) return ` ${text}`;
  return text;
}

/** Python's two-digit (at least) exponent: 1.5e+04, not JavaScript's 1.5e+4. */
function _exponent(text: string): string {
  return text.replace(/e([+-])(\d)$/, 'e$10$2');
}

function _convert(conv: string, x: unknown, flags: string, precision: number | undefined): string {
  switch (conv) {
    case 's': case 'r': case 'a': {
      const text = conv === 's' ? str(x) : repr(x);
      return precision === undefined ? text : [...text].slice(0, precision).join('');
    }
    case 'c': {
      if (typeof x === 'string' && [...x].length === 1) return x;
      if (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 0x10ffff) return String.fromCodePoint(x);
      throw new TypeError('%c requires int or char');
    }
    case 'd': case 'i': case 'u': {
      // An int past 2**53 is a BigInt: its digits, not a float's.
      if (typeof x === 'bigint') return _signed(String(x < 0n ? -x : x), x < 0n, flags);
      const n = Math.trunc(_number(conv, x));
      return _signed(String(Math.abs(n)), n < 0, flags);
    }
    case 'x': case 'X': case 'o': {
      if (typeof x === 'number' && !Number.isInteger(x)) throw new TypeError(`%${conv} format: an integer is required, not float`);
      const big = typeof x === 'bigint';
      const n = big ? 0 : _number(conv, x);
      let digits = big ? (x < 0n ? -x : x).toString(conv === 'o' ? 8 : 16) : Math.abs(n).toString(conv === 'o' ? 8 : 16);
      if (flags.includes('#')) digits = (conv === 'o' ? '0o' : '0x') + digits;
      return _signed(conv === 'X' ? digits.toUpperCase() : digits, big ? (x as bigint) < 0n : n < 0, flags);
    }
    default: { // f F e E g G
      const v = _number(conv, x);
      const p = precision ?? 6;
      let text: string;
      if (!Number.isFinite(v)) text = Number.isNaN(v) ? 'nan' : 'inf';
      else if (conv === 'f' || conv === 'F') text = fixedHalfEven(Math.abs(v), p);
      else if (conv === 'e' || conv === 'E') text = _exponent(Math.abs(v).toExponential(p));
      else text = _general(Math.abs(v), p === 0 ? 1 : p, flags.includes('#'));
      if ('FEG'.includes(conv)) text = text.toUpperCase();
      return _signed(text, v < 0 || Object.is(v, -0), flags);
    }
  }
}

/**
 * `v` with `p` decimals as C's printf and Python's format give it: from v's exact binary value,
 * an exact tie rounded to even ('%.0f' % 2.5 is '2', '%.2f' % 2.675 is '2.67' since 2.675 is
 * really 2.67499…), and no exponent for large values ('%.0f' % 1e22). toFixed is exact apart
 * from ties (it rounds them up) and values from 1e21 on, so only those take the BigInt way.
 */
export function fixedHalfEven(v: number, p: number): string {
  const scaled = Math.abs(v) * 10 ** p;
  if (Math.abs(v) < 1e21 && Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) return v.toFixed(p);
  if (!Number.isFinite(v)) return String(v);
  const [n, d] = _exactRatio(Math.abs(v));
  const num = n * 10n ** BigInt(p);
  let q = num / d;
  const twice = 2n * (num % d);
  if (twice > d || (twice === d && q % 2n === 1n)) q += 1n;
  const digits = q.toString().padStart(p + 1, '0');
  const text = p === 0 ? digits : `${digits.slice(0, -p)}.${digits.slice(-p)}`;
  return v < 0 ? `-${text}` : text;
}

/** A finite double v >= 0 as numerator / denominator (a power of two), exactly. */
function _exactRatio(v: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  if (biased !== 0) mantissa |= 1n << 52n;
  const e = (biased === 0 ? 1 : biased) - 1075;
  return e >= 0 ? [mantissa << BigInt(e), 1n] : [mantissa, 1n << BigInt(-e)];
}

/** %g: fixed or exponent notation by the exponent, trailing zeros removed (kept with #). */
function _general(v: number, p: number, alternate: boolean): string {
  const exp = v === 0 ? 0 : Math.floor(Math.log10(Number(v.toExponential(p - 1))));
  let text = exp >= -4 && exp < p ? v.toFixed(Math.max(0, p - 1 - exp)) : _exponent(v.toExponential(p - 1));
  if (!alternate) {
    text = text.replace(/(\.\d*?)0+(?=e|$)/, '$1').replace(/\.(?=e|$)/, '');
  }
  return text;
}

function _pad(text: string, width: number, left: boolean, zeros: boolean): string {
  const length = [...text].length;
  if (length >= width) return text;
  const fill = width - length;
  if (left) return text + ' '.repeat(fill);
  if (zeros) {
    const sign = /^[-+ ]/.test(text) ? text[0]! : '';
    const body = text.slice(sign.length);
    const prefix = /^0[xo]/i.test(body) ? body.slice(0, 2) : '';
    return sign + prefix + '0'.repeat(fill) + body.slice(prefix.length);
  }
  return ' '.repeat(fill) + text;
}
