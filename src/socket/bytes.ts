// Python's bytes, as a Uint8Array subclass: what recv() returns and what send() wants. It prints as
// CPython prints bytes (`b'it\'s'`, `b'\xe4\xbd\xa0'`) and has the methods a socket program uses,
// with CPython 3.11's semantics and error messages (Objects/bytesobject.c, Objects/bytes_methods.c).
import { inspect, types } from 'node:util';
import { decode as _decode, encode as _encode } from './encodings.ts';
import { OverflowError, ValueError } from './exceptions.ts';
import { allocateBuffer } from './memory.ts';
import { pyTypeName } from './pytype.ts';
import { tuple } from './tuple.ts';

/** Anything Python would accept as a bytes-like object. */
export type BytesLike = ArrayBufferView | ArrayBufferLike;

/** What b() accepts besides a template: text, a count of zero bytes, byte values, or a buffer. */
export type BytesSource = string | number | BytesLike | Iterable<number | bigint | boolean>;

// Python's bytes.split()/strip() whitespace: ASCII space, \t, \n, \v, \f, \r.
const _WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);

export class bytes extends Uint8Array<ArrayBuffer> {
  /** Read by pyTypeName(): CPython's error messages call this type 'bytes'. */
  static readonly pyTypeName = 'bytes';

  /** Python's `bytes.fromhex(s)`: hex digits, optionally separated by ASCII whitespace. */
  static fromhex(s: string): bytes {
    if (typeof s !== 'string') throw new TypeError(`fromhex() argument must be str, not ${pyTypeName(s)}`);
    const out: number[] = [];
    const hex = (i: number): number => {
      const c = s[i];
      return c !== undefined && /^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1;
    };
    for (let i = 0; i < s.length;) {
      if (_WHITESPACE.has(s.charCodeAt(i))) {
        i++;
        continue;
      }
      const top = hex(i);
      const bot = hex(i + 1);
      if (top < 0 || bot < 0) {
        throw new ValueError(`non-hexadecimal number found in fromhex() arg at position ${top < 0 ? i : i + 1}`);
      }
      out.push(top * 16 + bot);
      i += 2;
    }
    return _fromValues(out);
  }

  /** `s.encode(encoding, errors)` as a static, for code that prefers not to touch String.prototype. */
  static fromString(s: string, encoding = 'utf-8', errors = 'strict'): bytes {
    return _fromU8(_encode(s, _strArg('encode', 'encoding', encoding), _strArg('encode', 'errors', errors)));
  }

  static override from(source: ArrayLike<number> | Iterable<number>, mapfn?: (v: number, k: number) => number): bytes {
    const values = source as Iterable<number>;
    return _fromU8(mapfn ? Uint8Array.from(values, mapfn) : Uint8Array.from(values));
  }

  decode(encoding = 'utf-8', errors = 'strict'): string {
    return _decode(this, _strArg('decode', 'encoding', encoding), _strArg('decode', 'errors', errors));
  }

  /** Python's `b.hex(sep, bytes_per_sep)`: groups are counted from the right unless bytes_per_sep < 0. */
  hex(sep?: string | BytesLike, bytesPerSep = 1): string {
    const digits = Array.from(this, (c) => c.toString(16).padStart(2, '0'));
    if (sep === undefined) return digits.join('');
    const sepText = typeof sep === 'string' ? sep : String.fromCharCode(...toBytesLike(sep));
    if (sepText.length !== 1) throw new ValueError('sep must be length 1.');
    if (sepText.charCodeAt(0) > 0x7f) throw new ValueError('sep must be ASCII.');
    const n = Math.abs(bytesPerSep);
    if (n === 0 || digits.length <= n) return digits.join('');
    const groups: string[] = [];
    if (bytesPerSep > 0) {
      for (let end = digits.length; end > 0; end -= n) groups.unshift(digits.slice(Math.max(0, end - n), end).join(''));
    } else {
      for (let start = 0; start < digits.length; start += n) groups.push(digits.slice(start, start + n).join(''));
    }
    return groups.join(sepText);
  }

  /** Python's `str(b)`, which is `repr(b)`: `b'abc'`. */
  override toString(): string {
    return reprBytes(this);
  }

  [inspect.custom](): string {
    return reprBytes(this);
  }

  /**
   * `String(x)` and templates (hint 'string') give Python's str(); `'Jack:' + data` (hint
   * 'default') raises as CPython does instead of quietly building "Jack:b'...'". Comparisons
   * (hint 'number') keep comparing the reprs, which orders bytes as Python does.
   */
  [Symbol.toPrimitive](hint: 'string' | 'number' | 'default'): string {
    if (hint === 'default') throw new TypeError('can only concatenate str (not "bytes") to str');
    return reprBytes(this);
  }

  startswith(prefix: BytesLike | readonly BytesLike[], start?: number, end?: number): boolean {
    return _affix(this, 'startswith', prefix, start, end);
  }

  endswith(suffix: BytesLike | readonly BytesLike[], start?: number, end?: number): boolean {
    return _affix(this, 'endswith', suffix, start, end);
  }

  /** Python's `b.find(sub, start, end)`; with a function it is still TypedArray's find(predicate). */
  override find(predicate: (value: number, index: number, obj: this) => boolean, thisArg?: unknown): number | undefined;
  override find(sub: BytesLike | number, start?: number, end?: number): number;
  override find(sub: unknown, start?: unknown, end?: unknown): number | undefined {
    if (typeof sub === 'function') return super.find(sub as (value: number) => boolean, start);
    const [lo, hi] = _range(this.length, start, end);
    return lo > this.length ? -1 : _indexIn(this, _subArg(sub), lo, hi);
  }

  rfind(sub: BytesLike | number, start?: number, end?: number): number {
    const [lo, hi] = _range(this.length, start, end);
    if (lo > this.length) return -1;
    const needle = _subArg(sub);
    for (let i = hi - needle.length; i >= lo; i--) if (_matchesAt(this, needle, i)) return i;
    return -1;
  }

  index(sub: BytesLike | number, start?: number, end?: number): number {
    const i = this.find(sub, start, end);
    if (i < 0) throw new ValueError('subsection not found');
    return i;
  }

  rindex(sub: BytesLike | number, start?: number, end?: number): number {
    const i = this.rfind(sub, start, end);
    if (i < 0) throw new ValueError('subsection not found');
    return i;
  }

  /** Non-overlapping occurrences; an empty `sub` occurs len + 1 times, as in Python. */
  count(sub: BytesLike | number, start?: number, end?: number): number {
    const [lo, hi] = _range(this.length, start, end);
    if (lo > this.length) return 0;
    const needle = _subArg(sub);
    if (hi < lo) return 0;
    if (needle.length === 0) return hi - lo + 1;
    let n = 0;
    for (let i = _indexIn(this, needle, lo, hi); i >= 0; i = _indexIn(this, needle, i + needle.length, hi)) n++;
    return n;
  }

  /** Python's `b.split(sep=None, maxsplit=-1)`, returning a list (JS array) of bytes. */
  split(sep?: BytesLike | null, maxsplit = -1): bytes[] {
    const limit = _intArg(maxsplit);
    const parts: bytes[] = [];
    if (sep === undefined || sep === null) {
      // No separator: runs of ASCII whitespace split, and leading/trailing runs give no empty parts.
      let i = 0;
      while (i < this.length) {
        while (i < this.length && _WHITESPACE.has(this[i] ?? 0)) i++;
        if (i >= this.length) break;
        if (limit >= 0 && parts.length === limit) {
          parts.push(this.slice(i)); // the rest, trailing whitespace included
          break;
        }
        const start = i;
        while (i < this.length && !_WHITESPACE.has(this[i] ?? 0)) i++;
        parts.push(this.slice(start, i));
      }
      return parts;
    }
    const needle = toBytesLike(sep);
    if (needle.length === 0) throw new ValueError('empty separator');
    let start = 0;
    for (let i = _indexIn(this, needle, 0, this.length); i >= 0 && (limit < 0 || parts.length < limit);
      i = _indexIn(this, needle, start, this.length)) {
      parts.push(this.slice(start, i));
      start = i + needle.length;
    }
    parts.push(this.slice(start));
    return parts;
  }

  /** Python's `b.partition(sep)`: (head, sep, tail), or (b, b'', b'') when sep is absent. */
  partition(sep: BytesLike): readonly [bytes, bytes, bytes] {
    const needle = toBytesLike(sep);
    if (needle.length === 0) throw new ValueError('empty separator');
    const i = _indexIn(this, needle, 0, this.length);
    return i < 0
      ? tuple(this.slice(), bytesOver(new ArrayBuffer(0)), bytesOver(new ArrayBuffer(0)))
      : tuple(this.slice(0, i), _fromU8(needle.slice()), this.slice(i + needle.length));
  }

  strip(chars?: BytesLike | null): bytes {
    return _strip(this, chars, true, true);
  }

  lstrip(chars?: BytesLike | null): bytes {
    return _strip(this, chars, true, false);
  }

  rstrip(chars?: BytesLike | null): bytes {
    return _strip(this, chars, false, true);
  }

  /** ASCII letters only, as Python's bytes.upper(). */
  upper(): bytes {
    return _fromU8(this.map((c) => (c >= 0x61 && c <= 0x7a ? c - 0x20 : c)));
  }

  lower(): bytes {
    return _fromU8(this.map((c) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c)));
  }

  /** Python's `b.replace(old, new, count=-1)`; an empty `old` inserts `new` around every byte. */
  replace(old: BytesLike, replacement: BytesLike, count = -1): bytes {
    const from = toBytesLike(old);
    const to = toBytesLike(replacement);
    const limit = _intArg(count);
    const out: number[] = [];
    let done = 0;
    let i = 0;
    if (from.length === 0) {
      for (; i <= this.length; i++) {
        if (limit < 0 || done < limit) {
          out.push(...to);
          done++;
        }
        if (i < this.length) out.push(this[i] ?? 0);
      }
      return _fromValues(out);
    }
    while (i < this.length) {
      if ((limit < 0 || done < limit) && _matchesAt(this, from, i)) {
        out.push(...to);
        i += from.length;
        done++;
      } else {
        out.push(this[i++] ?? 0);
      }
    }
    return _fromValues(out);
  }

  /**
   * Python's `sep.join(iterable)`. Called with no argument or a string it is still TypedArray's
   * join(separator), so JS code that joins byte values keeps working.
   */
  override join(separator?: string): string;
  override join(iterable: Iterable<BytesLike>): bytes;
  override join(iterable?: unknown): string | bytes {
    if (iterable === undefined || typeof iterable === 'string') return super.join(iterable);
    if (typeof iterable !== 'object' || iterable === null || !(Symbol.iterator in iterable)) {
      throw new TypeError(`can only join an iterable`);
    }
    const out: number[] = [];
    let n = 0;
    for (const item of iterable as Iterable<unknown>) {
      if (!_isBytesLike(item)) {
        throw new TypeError(`sequence item ${n}: expected a bytes-like object, ${pyTypeName(item)} found`);
      }
      if (n++ > 0) out.push(...this);
      out.push(...toBytesLike(item));
    }
    return _fromValues(out);
  }

  /** Python's `a + b + …`, which JS cannot overload. */
  concat(...others: BytesLike[]): bytes {
    const parts = others.map((o) => {
      if (!_isBytesLike(o)) throw new TypeError(`can't concat ${pyTypeName(o)} to bytes`);
      return toBytesLike(o);
    });
    const out = bytesOver(new ArrayBuffer(parts.reduce((n, p) => n + p.length, this.length)));
    out.set(this);
    let at = this.length;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  /** Python's `a == b`: equal contents, whatever kind of bytes-like object `other` is. */
  equals(other: unknown): boolean {
    if (!_isBytesLike(other)) return false;
    const o = toBytesLike(other);
    return o.length === this.length && _matchesAt(this, o, 0);
  }

  override slice(start?: number, end?: number): bytes {
    return _fromU8(super.slice(start, end));
  }

  override subarray(start?: number, end?: number): bytes {
    const view = super.subarray(start, end);
    return bytesOver(view.buffer, view.byteOffset, view.length);
  }
}

/** Python's repr() of bytes (bytes_repr in Objects/bytesobject.c). */
export function reprBytes(data: Uint8Array): string {
  // Single quotes unless the data has a ' and no ", exactly CPython's choice.
  const hasSingle = data.includes(0x27);
  const quote = hasSingle && !data.includes(0x22) ? '"' : "'";
  let out = 'b' + quote;
  for (const c of data) {
    if (c === quote.charCodeAt(0) || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/**
 * Makes bytes, like Python's `bytes(...)` and `b'...'` literals:
 * `b('text')` (utf-8), `b('你好', 'gbk')`, `` b`GET / HTTP/1.0\r\n` ``, `b([104, 105])`, `b(3)` (three
 * zero bytes), `b(uint8array)`, `b(arrayBuffer)`. As a template tag the text is read like a Python
 * bytes literal (`\xe4` is one byte); interpolated bytes are inserted as they are, anything else as text.
 */
export function b(strings: TemplateStringsArray, ...values: unknown[]): bytes;
export function b(source?: BytesSource, encoding?: string, errors?: string): bytes;
export function b(...args: unknown[]): bytes {
  const [source, ...rest] = args;
  if (args.length === 0) return new bytes(new ArrayBuffer(0));
  if (Array.isArray(source) && Object.hasOwn(source, 'raw')) return _fromTemplate(source as unknown as TemplateStringsArray, rest);
  if (typeof source === 'string') {
    const [encoding = 'utf-8', errors = 'strict'] = rest;
    return _fromU8(_encode(source, _strArg('bytes', 'encoding', encoding), _strArg('bytes', 'errors', errors)));
  }
  if (typeof source === 'boolean') return new bytes(new ArrayBuffer(source ? 1 : 0));
  if (typeof source === 'number' || typeof source === 'bigint') {
    if (typeof source === 'number' && !Number.isInteger(source)) throw new TypeError(`cannot convert 'float' object to bytes`);
    const n = Number(source);
    if (n >= 2 ** 63 || n < -(2 ** 63)) throw new OverflowError("cannot fit 'int' into an index-sized integer");
    if (n < 0) throw new ValueError('negative count');
    return new bytes(allocateBuffer(n));
  }
  if (_isBytesLike(source)) return _fromU8(toBytesLike(source).slice());
  if (source !== null && typeof source === 'object' && Symbol.iterator in source) {
    const out: number[] = [];
    for (const item of source as Iterable<unknown>) out.push(_byteValue(item));
    return bytes.from(out);
  }
  throw new TypeError(`cannot convert '${pyTypeName(source)}' object to bytes`);
}

/**
 * The `bytes` a learner sees: the class (for `instanceof`, `bytes.fromhex`) that can also be called
 * as Python's `bytes(...)`: `bytes('你', 'gbk')`, `bytes(3)`, `bytes([104, 105])`. Unlike b(), a
 * string needs its encoding, as in Python.
 */
export const pyBytes: typeof bytes = new Proxy(bytes, {
  apply(_target, _self, args: unknown[]) {
    // CPython parses encoding and errors ("s") before it looks at the source.
    if (args.length > 1) _strArg('bytes', 'encoding', args[1]);
    if (args.length > 2) _strArg('bytes', 'errors', args[2]);
    if (typeof args[0] === 'string' && args.length < 2) throw new TypeError('string argument without an encoding');
    if (typeof args[0] !== 'string' && args.length > 1) throw new TypeError('encoding without a string argument');
    return (b as (...a: unknown[]) => bytes)(...args);
  },
});

/**
 * The bytes of a bytes-like argument (send, sendto, sendall), as a view without copying. Works for
 * buffers from other vm realms. Anything else is CPython's TypeError.
 */
export function toBytesLike(x: unknown): Uint8Array {
  const exported = _exportedBuffer(x);
  if (exported !== undefined) return exported;
  if (ArrayBuffer.isView(x)) return x instanceof Uint8Array ? x : new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  if (types.isAnyArrayBuffer(x)) return new Uint8Array(x);
  throw new TypeError(`a bytes-like object is required, not '${pyTypeName(x)}'`);
}

const _ENCODE = Symbol.for('socklab.str.encode');

/**
 * Gives strings Python's `str.encode(encoding='utf-8', errors='strict')`, returning bytes. Pass a
 * vm context's String.prototype to install it there; installing twice changes nothing.
 */
export function installStringEncode(proto: object = String.prototype): void {
  const current = (proto as Record<string, unknown>)['encode'];
  if (typeof current === 'function' && (current as unknown as Record<symbol, unknown>)[_ENCODE] === true) return;
  function encode(this: unknown, encoding: unknown = 'utf-8', errors: unknown = 'strict'): bytes {
    return _fromU8(_encode(String(this), _strArg('encode', 'encoding', encoding), _strArg('encode', 'errors', errors)));
  }
  Object.defineProperty(encode, _ENCODE, { value: true });
  Object.defineProperty(proto, 'encode', { value: encode, writable: true, configurable: true, enumerable: false });
}

// ---------------------------------------------------------------------------------------------

// The class body names no `bytes` (it calls these instead): esbuild gives a class that names
// itself an inner name of its own (`class _bytes`), and keepNames' `name` fix-up of such a class
// leaves its constructor never optimized (scripts/build.mjs, _keepFastNames).
function _fromValues(values: number[]): bytes {
  return _fromU8(Uint8Array.from(values));
}

function _fromU8(u8: Uint8Array): bytes {
  return u8 instanceof bytes ? u8 : bytesOver(u8.buffer as ArrayBuffer, u8.byteOffset, u8.length);
}

function _isBytesLike(x: unknown): x is BytesLike {
  return ArrayBuffer.isView(x) || types.isAnyArrayBuffer(x) || _exportedBuffer(x) !== undefined;
}

/**
 * The buffer protocol of an object that is not itself a byte view (array.array): a method under
 * this symbol gives its memory as a Uint8Array, which send() and bytes() then read.
 */
export const BUFFER_EXPORT = Symbol.for('socklab.buffer');

function _exportedBuffer(x: unknown): Uint8Array | undefined {
  const f = typeof x === 'object' && x !== null ? (x as Record<symbol, unknown>)[BUFFER_EXPORT] : undefined;
  return typeof f === 'function' ? (f as () => Uint8Array).call(x) : undefined;
}

/** CPython's argument-clinic message for a str parameter given something else. */
function _strArg(fn: string, name: string, value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`${fn}() argument '${name}' must be str, not ${pyTypeName(value)}`);
  if (value.includes('\0')) throw new ValueError('embedded null character');
  return value;
}

function _intArg(value: unknown): number {
  if (typeof value === 'boolean') return Number(value);
  if ((typeof value === 'number' && Number.isInteger(value)) || typeof value === 'bigint') return Number(value);
  throw new TypeError(`'${pyTypeName(value)}' object cannot be interpreted as an integer`);
}

/** A byte value from an iterable, as bytes([...]) checks it. */
function _byteValue(item: unknown): number {
  const n = _intArg(item);
  if (n < 0 || n > 255) throw new ValueError('bytes must be in range(0, 256)');
  return n;
}

/** The `sub` of find/index/count: a bytes-like object or one byte value. */
function _subArg(sub: unknown): Uint8Array {
  if (_isBytesLike(sub)) return toBytesLike(sub);
  if ((typeof sub === 'number' && Number.isInteger(sub)) || typeof sub === 'bigint' || typeof sub === 'boolean') {
    const n = Number(sub);
    if (n < 0 || n > 255) throw new ValueError('byte must be in range(0, 256)');
    return Uint8Array.of(n);
  }
  throw new TypeError(`argument should be integer or bytes-like object, not '${pyTypeName(sub)}'`);
}

/** CPython's ADJUST_INDICES for optional start/end; start may end up past the end (callers check). */
function _range(len: number, start: unknown, end: unknown): [number, number] {
  const idx = (v: unknown, dflt: number): number => {
    if (v === undefined || v === null) return dflt;
    if ((typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean') {
      const n = Number(v);
      return n < 0 ? Math.max(0, n + len) : n;
    }
    throw new TypeError('slice indices must be integers or None or have an __index__ method');
  };
  return [idx(start, 0), Math.min(len, idx(end, len))];
}

function _matchesAt(hay: Uint8Array, needle: Uint8Array, at: number): boolean {
  if (at < 0 || at + needle.length > hay.length) return false;
  for (let k = 0; k < needle.length; k++) if (hay[at + k] !== needle[k]) return false;
  return true;
}

function _indexIn(hay: Uint8Array, needle: Uint8Array, lo: number, hi: number): number {
  for (let i = lo; i + needle.length <= hi; i++) if (_matchesAt(hay, needle, i)) return i;
  return -1;
}

function _affix(self: bytes, fn: 'startswith' | 'endswith', arg: unknown, start: unknown, end: unknown): boolean {
  const candidates = Array.isArray(arg) ? arg : [arg];
  if (!Array.isArray(arg) && !_isBytesLike(arg)) {
    throw new TypeError(`${fn} first arg must be bytes or a tuple of bytes, not ${pyTypeName(arg)}`);
  }
  const [lo, hi] = _range(self.length, start, end);
  return candidates.some((c: unknown) => {
    const needle = toBytesLike(c);
    if (lo > self.length || hi - lo < needle.length) return false;
    return _matchesAt(self, needle, fn === 'startswith' ? lo : hi - needle.length);
  });
}

function _strip(self: bytes, chars: unknown, left: boolean, right: boolean): bytes {
  const set = chars === undefined || chars === null ? _WHITESPACE : new Set(toBytesLike(chars));
  let i = 0;
  let j = self.length;
  if (left) while (i < j && set.has(self[i] ?? 0)) i++;
  if (right) while (j > i && set.has(self[j - 1] ?? 0)) j--;
  return self.slice(i, j);
}

/** A template read as a Python bytes literal (Python's own escapes; JS's \` and \$ as well). */
function _fromTemplate(strings: TemplateStringsArray, values: unknown[]): bytes {
  const out: number[] = [];
  strings.raw.forEach((raw, k) => {
    _parseLiteral(raw, out);
    if (k < values.length) {
      const v = values[k];
      if (_isBytesLike(v)) out.push(...toBytesLike(v));
      else out.push(..._encode(String(v), 'utf-8', 'strict'));
    }
  });
  return bytes.from(out);
}

const _SIMPLE_ESCAPES: Readonly<Record<string, number>> = {
  '\\': 0x5c, "'": 0x27, '"': 0x22, a: 0x07, b: 0x08, f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b, '`': 0x60, $: 0x24,
};

function _parseLiteral(raw: string, out: number[]): void {
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? '';
    if (ch !== '\\') {
      // Python only allows ASCII in bytes literals; socklab lets other characters in as UTF-8.
      const text = String.fromCodePoint(raw.codePointAt(i) ?? 0);
      out.push(..._encode(text, 'utf-8', 'surrogatepass'));
      i += text.length - 1;
      continue;
    }
    const next = raw[i + 1] ?? '';
    const simple = _SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out.push(simple);
      i++;
    } else if (next === '\n') {
      i++; // a backslash before a newline continues the line, as in Python
    } else if (next === 'x') {
      const hh = raw.slice(i + 2, i + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(hh)) throw new ValueError(`invalid \\x escape at position ${out.length}`);
      out.push(parseInt(hh, 16));
      i += 3;
    } else if (/[0-7]/.test(next)) {
      const oct = /^[0-7]{1,3}/.exec(raw.slice(i + 1))?.[0] ?? '0';
      out.push(parseInt(oct, 8) & 0xff);
      i += oct.length;
    } else {
      out.push(0x5c); // an unknown escape keeps its backslash: b'\d' == b'\\d'
    }
  }
}

/**
 * A bytes over `length` bytes of `buffer` from `byteOffset` (all of it without them), made
 * without bytes' own constructor: what `new bytes(buffer, byteOffset, length)` makes.
 *
 * Why: the receive path must not depend on bytes' implicit derived constructor being optimized.
 * When esbuild named this class `_bytes` (its body named itself), keepNames' `name` fix-up left
 * the constructor in dictionary mode, and TurboFan aborted and restarted its compile, and that
 * of the functions inlining it, ~85 times per GB that a recv(65536) loop received (0.5-4 ms of
 * compiler CPU each; BENCHMARKS.md, perfio; scripts/build.mjs, _keepFastNames). Reflect.construct
 * with bytes as new.target builds the same object (bytes.prototype, a view over the buffer).
 */
export function bytesOver(buffer: ArrayBuffer, byteOffset?: number, length?: number): bytes {
  const args = byteOffset === undefined ? [buffer] : [buffer, byteOffset, length];
  return Reflect.construct(Uint8Array, args, bytes) as bytes;
}

/** A new bytes holding a copy of `src` (one memcpy; the socket layer's receive path). */
export function copyBytes(src: Uint8Array): bytes {
  const out = bytesOver(new ArrayBuffer(src.length));
  out.set(src);
  return out;
}
