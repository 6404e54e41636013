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
      const n = Math.trunc(_number(conv, x));
      return _signed(String(Math.abs(n)), n < 0, flags);
    }
    case 'x': case 'X': case 'o': {
      if (typeof x === 'number' && !Number.isInteger(x)) throw new TypeError(`%${conv} format: an integer is required, not float`);
      const n = _number(conv, x);
      let digits = Math.abs(n).toString(conv === 'o' ? 8 : 16);
      if (flags.includes('#')) digits = (conv === 'o' ? '0o' : '0x') + digits;
      return _signed(conv === 'X' ? digits.toUpperCase() : digits, n < 0, flags);
    }
    default: { // f F e E g G
      const v = _number(conv, x);
      const p = precision ?? 6;
      let text: string;
      if (!Number.isFinite(v)) text = Number.isNaN(v) ? 'nan' : 'inf';
      else if (conv === 'f' || conv === 'F') text = _fixed(Math.abs(v), p);
      else if (conv === 'e' || conv === 'E') text = _exponent(Math.abs(v).toExponential(p));
      else text = _general(Math.abs(v), p === 0 ? 1 : p, flags.includes('#'));
      if ('FEG'.includes(conv)) text = text.toUpperCase();
      return _signed(text, v < 0 || Object.is(v, -0), flags);
    }
  }
}

/** toFixed, but an exact tie rounds to even as C's printf does ('%.0f' % 0.5 is '0', not '1'). */
function _fixed(v: number, p: number): string {
  const scaled = v * 10 ** p;
  if (Number.isInteger(scaled - 0.5) && Math.abs(scaled) < 2 ** 52) {
    const low = scaled - 0.5;
    return ((low % 2 === 0 ? low : low + 1) / 10 ** p).toFixed(p);
  }
  return v.toFixed(p);
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
