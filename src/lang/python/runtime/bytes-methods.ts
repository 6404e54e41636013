// The bytes methods a Python program reaches that JavaScript code has no use for (splitlines,
// rsplit, ljust, title, the is*() tests, …), as Objects/bytes_methods.c and
// Objects/bytesobject.c run them: ASCII-only case and class tests, and CPython 3.11's argument
// errors. bytearray gets every one of them too (attributes.ts makes its results bytearrays).
import { bytes, toBytesLike } from '../../../socket/bytes.ts';
import { ValueError } from '../../../socket/exceptions.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { tuple } from '../../../socket/tuple.ts';
import type { NativeFunction } from './call.ts';
import { intValue, isInt, isNone, PyFloat } from './values.ts';

type Methods = Record<string, NativeFunction>;

// bytes' whitespace and line ends: ASCII only (Py_ISSPACE; splitlines knows \n, \r and \r\n).
const _isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const _isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const _isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const _isAlpha = (c: number): boolean => _isUpper(c) || _isLower(c);
const _isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const _toUpper = (c: number): number => (_isLower(c) ? c - 0x20 : c);
const _toLower = (c: number): number => (_isUpper(c) ? c + 0x20 : c);

const _self = (a: unknown[]): Uint8Array => a[0] as Uint8Array;
const _typeOf = (a: unknown[]): string => pyTypeName(a[0]);
const _out = (values: ArrayLike<number>): bytes => bytes.from(values);

/** An `__index__` argument (a width, a tab size, maxsplit): a float or a str is a TypeError. */
function _index(x: unknown): number {
  if (!isInt(x)) throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
  return Number(intValue(x));
}

/** A positional-only method (`bytes.ljust(width, fillchar=b' ', /)`) given a keyword. */
function _noKeywords(a: unknown[], kw: Record<string, unknown> | undefined, name: string): void {
  if (kw && Object.keys(kw).length > 0) throw new TypeError(`${_typeOf(a)}.${name}() takes no keyword arguments`);
}

function _noArguments(a: unknown[], kw: Record<string, unknown> | undefined, name: string): void {
  _noKeywords(a, kw, name);
  if (a.length > 1) throw new TypeError(`${_typeOf(a)}.${name}() takes no arguments (${a.length - 1} given)`);
}

/** A keyword-or-positional argument, as argument clinic reads it. */
function _arg(a: unknown[], kw: Record<string, unknown> | undefined, i: number, name: string): unknown {
  return i < a.length ? a[i] : kw?.[name];
}

/** ljust/rjust/center's fill byte: a bytes or bytearray of length 1 (CPython's "c" format). */
function _fill(name: string, x: unknown): number {
  if (x === undefined) return 0x20;
  if (x instanceof Uint8Array && x.length === 1) return x[0]!;
  throw new TypeError(`${name}() argument 2 must be a byte string of length 1, not ${pyTypeName(x)}`);
}

/** The justifiers' shared arguments: width (required) and fillchar. */
function _justify(a: unknown[], kw: Record<string, unknown> | undefined, name: string): [Uint8Array, number, number] {
  _noKeywords(a, kw, name);
  if (a.length < 2) throw new TypeError(`${name} expected at least 1 argument, got 0`);
  if (a.length > 3) throw new TypeError(`${name} expected at most 2 arguments, got ${a.length - 1}`);
  return [_self(a), _index(a[1]), _fill(name, a[2])];
}

/** pad() in bytes_methods.c: `left` fill bytes, the data, `right` fill bytes. */
function _pad(s: Uint8Array, left: number, right: number, fill: number): bytes {
  const out = new Uint8Array(left + s.length + right).fill(fill);
  out.set(s, left);
  return _out(out);
}

/** The one separator argument of rpartition/removeprefix: any bytes-like object. */
function _bytesArg(x: unknown): Uint8Array {
  return toBytesLike(x);
}

function _exactlyOne(a: unknown[], kw: Record<string, unknown> | undefined, name: string): void {
  _noKeywords(a, kw, name);
  if (a.length !== 2) throw new TypeError(`${_typeOf(a)}.${name}() takes exactly one argument (${a.length - 1} given)`);
}

function _lastIndex(hay: Uint8Array, needle: Uint8Array): number {
  for (let i = hay.length - needle.length; i >= 0; i--) {
    let k = 0;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/** rsplit with no separator: runs of whitespace, from the right, at most `max` splits. */
function _rsplitWhitespace(s: Uint8Array, max: number): bytes[] {
  const parts: bytes[] = [];
  let j = s.length;
  while (j > 0) {
    while (j > 0 && _isSpace(s[j - 1]!)) j--;
    if (j === 0) break;
    if (max >= 0 && parts.length === max) {
      parts.push(_out(s.subarray(0, j)));
      break;
    }
    let i = j;
    while (i > 0 && !_isSpace(s[i - 1]!)) i--;
    parts.push(_out(s.subarray(i, j)));
    j = i;
  }
  return parts.reverse();
}

function _rsplit(s: Uint8Array, sep: Uint8Array, max: number): bytes[] {
  if (sep.length === 0) throw new ValueError('empty separator');
  const parts: bytes[] = [];
  let end = s.length;
  for (let i = end - sep.length; i >= 0 && (max < 0 || parts.length < max); i--) {
    let k = 0;
    while (k < sep.length && s[i + k] === sep[k]) k++;
    if (k < sep.length) continue;
    parts.push(_out(s.subarray(i + sep.length, end)));
    end = i;
    i -= sep.length - 1;
  }
  parts.push(_out(s.subarray(0, end)));
  return parts.reverse();
}

/** The is*() tests: false for empty bytes, else every byte passes. */
function _every(name: string, test: (c: number) => boolean): NativeFunction {
  return (a, kw) => {
    _noArguments(a, kw, name);
    const s = _self(a);
    return s.length > 0 && s.every(test);
  };
}

/** Byte-wise case mappings (title, capitalize, swapcase), ASCII letters only. */
function _mapCase(name: string, map: (s: Uint8Array) => Uint8Array): NativeFunction {
  return (a, kw) => {
    _noArguments(a, kw, name);
    return _out(map(_self(a)));
  };
}

/** bytes.istitle(): uppercase only after uncased bytes, lowercase only after cased ones, some cased byte. */
function _isTitle(s: Uint8Array): boolean {
  let cased = false;
  let previousCased = false;
  for (const c of s) {
    if (_isUpper(c)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (_isLower(c)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}

export const BYTES_METHODS: Methods = {
  splitlines: (a, kw) => {
    const keepends = _arg(a, kw, 1, 'keepends');
    const keep = keepends === undefined ? false : _index(keepends) !== 0;
    const s = _self(a);
    const lines: bytes[] = [];
    let start = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      if (c !== 0x0a && c !== 0x0d) continue;
      const end = c === 0x0d && s[i + 1] === 0x0a ? i + 2 : i + 1;
      lines.push(_out(s.subarray(start, keep ? end : i)));
      start = end;
      i = end - 1;
    }
    if (start < s.length) lines.push(_out(s.subarray(start)));
    return lines;
  },
  rsplit: (a, kw) => {
    const sep = _arg(a, kw, 1, 'sep');
    const maxsplit = _arg(a, kw, 2, 'maxsplit');
    const max = maxsplit === undefined ? -1 : _index(maxsplit);
    return sep === undefined || isNone(sep) ? _rsplitWhitespace(_self(a), max) : _rsplit(_self(a), _bytesArg(sep), max);
  },
  rpartition: (a, kw) => {
    _exactlyOne(a, kw, 'rpartition');
    const s = _self(a);
    const sep = _bytesArg(a[1]);
    if (sep.length === 0) throw new ValueError('empty separator');
    const i = _lastIndex(s, sep);
    if (i < 0) return tuple(_out([]), _out([]), _out(s));
    return tuple(_out(s.subarray(0, i)), _out(sep), _out(s.subarray(i + sep.length)));
  },
  isdigit: _every('isdigit', _isDigit),
  isalpha: _every('isalpha', _isAlpha),
  isalnum: _every('isalnum', (c) => _isAlpha(c) || _isDigit(c)),
  isspace: _every('isspace', _isSpace),
  isascii: (a, kw) => { _noArguments(a, kw, 'isascii'); return _self(a).every((c) => c < 0x80); },
  isupper: (a, kw) => { _noArguments(a, kw, 'isupper'); const s = _self(a); return s.some(_isUpper) && !s.some(_isLower); },
  islower: (a, kw) => { _noArguments(a, kw, 'islower'); const s = _self(a); return s.some(_isLower) && !s.some(_isUpper); },
  istitle: (a, kw) => { _noArguments(a, kw, 'istitle'); return _isTitle(_self(a)); },
  ljust: (a, kw) => { const [s, w, f] = _justify(a, kw, 'ljust'); return _pad(s, 0, Math.max(0, w - s.length), f); },
  rjust: (a, kw) => { const [s, w, f] = _justify(a, kw, 'rjust'); return _pad(s, Math.max(0, w - s.length), 0, f); },
  center: (a, kw) => {
    const [s, w, f] = _justify(a, kw, 'center');
    const margin = Math.max(0, w - s.length);
    // CPython's rounding: the odd byte goes left when both the margin and the width are odd.
    const left = Math.floor(margin / 2) + (margin & w & 1);
    return _pad(s, left, margin - left, f);
  },
  zfill: (a, kw) => {
    _noKeywords(a, kw, 'zfill');
    if (a.length !== 2) throw new TypeError(`${_typeOf(a)}.zfill() takes exactly one argument (${a.length - 1} given)`);
    const s = _self(a);
    const width = _index(a[1]);
    if (width <= s.length) return _out(s);
    const out = _pad(s, width - s.length, 0, 0x30);
    // A sign moves to the front, before the zeros.
    if (s[0] === 0x2b || s[0] === 0x2d) {
      out[0] = s[0];
      out[width - s.length] = 0x30;
    }
    return out;
  },
  title: _mapCase('title', (s) => {
    let previousCased = false;
    return s.map((c) => {
      const out = previousCased ? _toLower(c) : _toUpper(c);
      previousCased = _isAlpha(c);
      return out;
    });
  }),
  capitalize: _mapCase('capitalize', (s) => s.map((c, i) => (i === 0 ? _toUpper(c) : _toLower(c)))),
  swapcase: _mapCase('swapcase', (s) => s.map((c) => (_isUpper(c) ? _toLower(c) : _toUpper(c)))),
  removeprefix: (a, kw) => {
    _exactlyOne(a, kw, 'removeprefix');
    const s = _self(a);
    const p = _bytesArg(a[1]);
    const has = p.length <= s.length && p.every((c, i) => s[i] === c);
    return _out(has ? s.subarray(p.length) : s);
  },
  removesuffix: (a, kw) => {
    _exactlyOne(a, kw, 'removesuffix');
    const s = _self(a);
    const p = _bytesArg(a[1]);
    const at = s.length - p.length;
    const has = p.length > 0 && at >= 0 && p.every((c, i) => s[at + i] === c);
    return _out(has ? s.subarray(0, at) : s);
  },
  expandtabs: (a, kw) => {
    const size = _arg(a, kw, 1, 'tabsize');
    const tab = size === undefined ? 8 : _index(size);
    const out: number[] = [];
    let column = 0;
    for (const c of _self(a)) {
      if (c === 0x09) {
        const n = tab > 0 ? tab - (column % tab) : 0;
        for (let k = 0; k < n; k++) out.push(0x20);
        column += n;
      } else {
        out.push(c);
        column = c === 0x0a || c === 0x0d ? 0 : column + 1;
      }
    }
    return _out(out);
  },
  // bytes.maketrans(frm, to, /): a static method (the instance, when there is one, is not used);
  // bytearray's returns bytes too (bytes_maketrans_impl).
  maketrans: (a, kw) => {
    if (kw && Object.keys(kw).length > 0) throw new TypeError('maketrans() takes no keyword arguments');
    if (a.length !== 3) throw new TypeError(`maketrans expected 2 arguments, got ${a.length - 1}`);
    const from = _bytesArg(a[1]);
    const to = _bytesArg(a[2]);
    if (from.length !== to.length) throw new ValueError('maketrans arguments must have same length');
    const table = Uint8Array.from({ length: 256 }, (_, i) => i);
    from.forEach((c, i) => { table[c] = to[i]!; });
    return _out(table);
  },
  // translate(table, /, delete=b''): each byte through the table (None: as it is), `delete`'s dropped.
  translate: (a, kw) => {
    if (a.length < 2) throw new TypeError('translate() takes at least 1 positional argument (0 given)');
    const extra = kw ? Object.keys(kw).filter((k) => k !== 'delete') : [];
    if (extra.length > 0) throw new TypeError(`translate() got an unexpected keyword argument '${extra[0]}'`);
    const given = a.length - 1 + (kw?.delete === undefined ? 0 : 1);
    if (given > 2) throw new TypeError(`translate() takes at most 2 arguments (${given} given)`);
    const table = isNone(a[1]) ? undefined : _bytesArg(a[1]);
    if (table && table.length !== 256) throw new ValueError('translation table must be 256 characters long');
    const deleted = a.length > 2 ? a[2] : kw?.delete;
    const drop = new Set(deleted === undefined ? [] : _bytesArg(deleted));
    const out: number[] = [];
    for (const c of _self(a)) if (!drop.has(c)) out.push(table ? table[c]! : c);
    return _out(out);
  },
  // count(sub[, start[, end]]) is the socket module's; a float index is CPython's TypeError here,
  // where the JavaScript call would have made it a number.
  count: (a) => {
    if (a.slice(2).some((x) => x instanceof PyFloat)) throw new TypeError('slice indices must be integers or None or have an __index__ method');
    return bytes.prototype.count.call(_self(a) as bytes, a[1] as Uint8Array, a[2] as number, a[3] as number);
  },
};

/** The bytes methods that are static methods: the type calls them with no instance first. */
export const BYTES_STATICS = new Set(['maketrans']);
