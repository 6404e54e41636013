// Python's struct module (Modules/_struct.c, CPython 3.11 on x86-64 Linux): binary records as
// bytes, e.g. the 4-byte length prefix that frames messages against sticky packets (粘包):
// `struct.pack('!I', len(data))`. Formats, sizes, native alignment, value ranges and every
// struct.error message are CPython's, checked with python3; CPython's range checks differ per byte
// order and code (its tables reuse the native packers where sizes agree), and so do these.
//
// Keyword arguments: pack(format, /, *v), pack_into(format, buffer, offset, /, *v),
// unpack(format, buffer, /), calcsize(format, /) take none; unpack_from(format, /, buffer,
// offset=0) and iter_unpack(format, buffer, /) take theirs by position (PY_PARAMS records the
// names). Struct(format) has the same methods without the format. Results that Python gives as
// tuples are the socket module's tuples; 8-byte integers beyond 2**53 come back as BigInt.
import { asIndex } from '../socket/args.ts';
import { bytes } from '../socket/bytes.ts';
import { Exception, OverflowError, QUALIFIED_NAMES } from '../socket/exceptions.ts';
import { pyRepr } from '../socket/format.ts';
import { pyTypeName } from '../socket/pytype.ts';
import { tuple } from '../socket/tuple.ts';
import { callableClass, withParams } from './callable.ts';

/** Python's `struct.error`. */
export class error extends Exception {}
(QUALIFIED_NAMES as Map<Function, string>).set(error, 'struct.error');

type _Order = '@' | '<' | '>';

interface _Field {
  code: string;
  offset: number;
  /** Bytes of one value (for s and p: the whole field). */
  size: number;
}

interface _Layout {
  size: number;
  fields: readonly _Field[];
}

// size and alignment on x86-64 in native mode ('@'); standard sizes (<, >, !, =) have no padding
// and no n, N or P.
const _NATIVE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, P: 8,
  e: 2, f: 4, d: 8, s: 1, p: 1,
};
const _STANDARD: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};

// CPython caps the total size at PY_SSIZE_T_MAX.
const _SSIZE_MAX = 2 ** 63 - 1;

const _layouts = new Map<string, _Layout & { order: _Order }>();

function _formatText(format: unknown): string {
  if (typeof format === 'string') return format;
  if (format instanceof Uint8Array) return Buffer.from(format.buffer, format.byteOffset, format.byteLength).toString('latin1');
  throw new TypeError(`Struct() argument 1 must be a str or bytes object, not ${pyTypeName(format)}`);
}

/** Parses a format as CPython's prepare_s() does. */
function _compile(format: string): _Layout & { order: _Order } {
  const cached = _layouts.get(format);
  if (cached) return cached;
  let order: _Order = '@';
  let i = 0;
  const first = format[0];
  if (first === '<' || first === '=') order = '<';
  else if (first === '>' || first === '!') order = '>';
  if (first !== undefined && '@=<>!'.includes(first)) i = 1;
  const sizes = order === '@' ? _NATIVE : _STANDARD;
  const fields: _Field[] = [];
  let offset = 0;
  while (i < format.length) {
    let c = format[i++]!;
    if (/\s/.test(c)) continue;
    let count = 1;
    if (c >= '0' && c <= '9') {
      count = Number(c);
      while (i < format.length && format[i]! >= '0' && format[i]! <= '9') {
        if (count > (_SSIZE_MAX - 9) / 10) throw new error('total struct size too long');
        count = count * 10 + Number(format[i++]);
      }
      if (i >= format.length) throw new error('repeat count given without format specifier');
      c = format[i++]!;
    }
    const size = sizes[c];
    if (size === undefined) throw new error('bad char in struct format');
    if (order === '@' && c !== 's' && c !== 'p' && c !== 'x') offset = Math.ceil(offset / size) * size;
    if (count * size > _SSIZE_MAX - offset) throw new error('total struct size too long');
    if (c === 's' || c === 'p') {
      fields.push({ code: c, offset, size: count });
      offset += count;
    } else if (c === 'x') {
      offset += count;
    } else {
      for (let k = 0; k < count; k++) fields.push({ code: c, offset: offset + k * size, size });
      offset += count * size;
    }
  }
  const layout = { size: offset, fields, order };
  if (_layouts.size > 256) _layouts.clear();
  _layouts.set(format, layout);
  return layout;
}

// ---- integers -------------------------------------------------------------------------------

const _LONG_MIN = -(2n ** 63n);
const _LONG_MAX = 2n ** 63n - 1n;
const _ULONG_MAX = 2n ** 64n - 1n;

function _integer(v: unknown): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  throw new error('required argument is not an integer');
}

/** CPython's range checks, with the message of the packer its table uses for that code and order. */
function _checkRange(order: _Order, code: string, size: number, v: bigint): void {
  const unsigned = code === code.toUpperCase();
  if (order === '>' && size === 8) {
    // bp_longlong / bp_ulonglong go through _PyLong_AsByteArray.
    const ok = unsigned ? v >= 0n && v <= _ULONG_MAX : v >= _LONG_MIN && v <= _LONG_MAX;
    if (!ok) throw new error('int too large to convert');
    return;
  }
  // get_long() for the signed packers and np_ubyte/np_ushort, get_ulong() for the others.
  const viaUlong = unsigned && !(code === 'B' || (code === 'H' && order !== '>'));
  if (viaUlong ? v < 0n || v > _ULONG_MAX : v < _LONG_MIN || v > _LONG_MAX) throw new error('argument out of range');
  const bits = BigInt(size * 8);
  const min = unsigned ? 0n : -(1n << (bits - 1n));
  const max = unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
  if (v >= min && v <= max) return;
  if (code === 'b') throw new error('byte format requires -128 <= number <= 127');
  if (code === 'B') throw new error('ubyte format requires 0 <= number <= 255');
  if (order !== '>' && code === 'h') throw new error('short format requires -32768 <= number <= 32767');
  if (order !== '>' && code === 'H') throw new error('ushort format requires 0 <= number <= 65535');
  throw new error(`'${code}' format requires ${min} <= number <= ${max}`);
}

// ---- floats ---------------------------------------------------------------------------------

function _float(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  // A float object of the Python front end (a number inside, as Python's __float__ gives).
  const inner: unknown = typeof v === 'object' && v !== null ? v.valueOf() : undefined;
  if (typeof inner === 'number') return inner;
  throw new error('required argument is not a float');
}

/** PyFloat_Pack2: IEEE 754 half precision, rounding half to even. */
function _packHalf(x: number): number {
  let sign = 0;
  let e: number;
  let bits: number;
  if (x === 0) {
    sign = Object.is(x, -0) ? 1 : 0;
    e = 0;
    bits = 0;
  } else if (!Number.isFinite(x)) {
    sign = x < 0 ? 1 : 0;
    e = 0x1f;
    bits = Number.isNaN(x) ? 512 : 0;
  } else {
    sign = x < 0 ? 1 : 0;
    x = Math.abs(x);
    e = Math.floor(Math.log2(x));
    let f = x / 2 ** e;
    if (f < 1) {
      f *= 2;
      e--;
    } else if (f >= 2) {
      f /= 2;
      e++;
    }
    const overflow = () => new OverflowError('float too large to pack with e format');
    if (e >= 16) throw overflow();
    if (e < -25) {
      f = 0;
      e = 0;
    } else if (e < -14) {
      f = f * 2 ** (14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1;
    }
    f *= 1024;
    bits = Math.floor(f);
    f -= bits;
    if (f > 0.5 || (f === 0.5 && bits % 2 === 1)) {
      bits++;
      if (bits === 1024) {
        bits = 0;
        e++;
        if (e === 31) throw overflow();
      }
    }
  }
  return (sign << 15) | (e << 10) | bits;
}

/** PyFloat_Unpack2. */
function _unpackHalf(h: number): number {
  const sign = h >> 15 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0x1f) return f === 0 ? sign * Infinity : NaN;
  return sign * (e === 0 ? (f / 1024) * 2 ** -14 : (1 + f / 1024) * 2 ** (e - 15));
}

// ---- packing --------------------------------------------------------------------------------

function _truthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === 0n || v === '' || Number.isNaN(v)) return false;
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return (v as { length?: number }).length !== 0 && (v as ArrayBufferView).byteLength !== 0;
  if (v instanceof Map || v instanceof Set) return v.size !== 0;
  return true;
}

function _bytesArg(code: string, v: unknown): Uint8Array {
  if (!ArrayBuffer.isView(v)) throw new error(`argument for '${code}' must be a bytes object`);
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function _packField(view: DataView, at: number, field: _Field, order: _Order, v: unknown): void {
  const { code, size } = field;
  const little = order !== '>';
  const o = at + field.offset;
  switch (code) {
    case 's':
    case 'p': {
      const data = _bytesArg(code, v);
      const target = new Uint8Array(view.buffer, view.byteOffset + o, size);
      target.fill(0);
      if (code === 's') {
        target.set(data.subarray(0, size));
      } else if (size > 0) {
        const n = Math.min(data.length, size - 1, 255);
        target[0] = n;
        target.set(data.subarray(0, n), 1);
      }
      return;
    }
    case 'c': {
      if (!(v instanceof Uint8Array) || pyTypeName(v) !== 'bytes' || v.length !== 1) {
        throw new error('char format requires a bytes object of length 1');
      }
      view.setUint8(o, v[0]!);
      return;
    }
    case '?':
      view.setUint8(o, _truthy(v) ? 1 : 0);
      return;
    case 'e':
      view.setUint16(o, _packHalf(_float(v)), little);
      return;
    case 'f': {
      const x = _float(v);
      if (Number.isFinite(x) && !Number.isFinite(Math.fround(x))) throw new OverflowError('float too large to pack with f format');
      view.setFloat32(o, x, little);
      return;
    }
    case 'd':
      view.setFloat64(o, _float(v), little);
      return;
  }
  const n = _integer(v);
  _checkRange(order, code, size, n);
  const unsigned = code === code.toUpperCase();
  switch (size) {
    case 1: view.setUint8(o, Number(BigInt.asUintN(8, n))); return;
    case 2: view.setUint16(o, Number(BigInt.asUintN(16, n)), little); return;
    case 4: view.setUint32(o, Number(BigInt.asUintN(32, n)), little); return;
    default:
      if (unsigned) view.setBigUint64(o, n, little);
      else view.setBigInt64(o, n, little);
  }
}

function _unpackField(view: DataView, at: number, field: _Field, order: _Order): unknown {
  const { code, size } = field;
  const little = order !== '>';
  const o = at + field.offset;
  switch (code) {
    case 's': return _copy(view, o, size);
    case 'p': return size === 0 ? _copy(view, o, 0) : _copy(view, o + 1, Math.min(view.getUint8(o), size - 1));
    case 'c': return _copy(view, o, 1);
    case '?': return view.getUint8(o) !== 0;
    case 'e': return _unpackHalf(view.getUint16(o, little));
    case 'f': return view.getFloat32(o, little);
    case 'd': return view.getFloat64(o, little);
    case 'b': return view.getInt8(o);
    case 'B': return view.getUint8(o);
  }
  const unsigned = code === code.toUpperCase();
  switch (size) {
    case 2: return unsigned ? view.getUint16(o, little) : view.getInt16(o, little);
    case 4: return unsigned ? view.getUint32(o, little) : view.getInt32(o, little);
    default: {
      const n = unsigned ? view.getBigUint64(o, little) : view.getBigInt64(o, little);
      return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
    }
  }
}

function _copy(view: DataView, offset: number, length: number): bytes {
  return new bytes(view.buffer.slice(view.byteOffset + offset, view.byteOffset + offset + length) as ArrayBuffer);
}

function _readable(buffer: unknown): DataView {
  if (ArrayBuffer.isView(buffer)) return new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer instanceof ArrayBuffer) return new DataView(buffer);
  throw new TypeError(`a bytes-like object is required, not '${pyTypeName(buffer)}'`);
}

function _writable(buffer: unknown): DataView {
  if (ArrayBuffer.isView(buffer) && pyTypeName(buffer) !== 'bytes') return new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer instanceof ArrayBuffer) return new DataView(buffer);
  throw new TypeError(`argument must be read-write bytes-like object, not ${pyTypeName(buffer)}`);
}

let _nextAddress = 0x7f3a1c2d4000;

/** Python's `struct.Struct(format)`: a compiled format. */
class _Struct {
  /** The format string as given (a str, also when it was given as bytes). */
  readonly format: string;
  /** calcsize(format). */
  readonly size: number;
  readonly #layout: _Layout & { order: _Order };
  readonly #address = (_nextAddress += 0x40);

  constructor(format: string | Uint8Array) {
    if (arguments.length === 0) throw new TypeError("Struct() missing required argument 'format' (pos 1)");
    this.format = _formatText(format);
    this.#layout = _compile(this.format);
    this.size = this.#layout.size;
  }

  pack(...v: unknown[]): bytes {
    const out = new bytes(new ArrayBuffer(this.size));
    this.#packAt('pack', new DataView(out.buffer), 0, v);
    return out;
  }

  pack_into(buffer: Uint8Array, offset: number, ...v: unknown[]): undefined {
    if (arguments.length === 0) throw new error('pack_into expected buffer argument');
    if (arguments.length === 1) throw new error('pack_into expected offset argument');
    const view = _writable(buffer);
    let at = asIndex(offset);
    const fields = this.#layout.fields;
    if (v.length !== fields.length) throw new error(`pack_into expected ${fields.length} items for packing (got ${v.length})`);
    if (at < 0) {
      if (at + view.byteLength < 0) throw new error(`offset ${at} out of range for ${view.byteLength}-byte buffer`);
      if (-at < this.size) throw new error(`no space to pack ${this.size} bytes at offset ${at}`);
      at += view.byteLength;
    }
    if (view.byteLength - at < this.size) {
      throw new error(`pack_into requires a buffer of at least ${this.size + at} bytes for packing ${this.size} bytes at offset ${at} (actual buffer size is ${view.byteLength})`);
    }
    this.#packAt('pack_into', view, at, v);
    return undefined;
  }

  unpack(buffer: Uint8Array): readonly unknown[] {
    const view = _readable(buffer);
    if (view.byteLength !== this.size) throw new error(`unpack requires a buffer of ${this.size} bytes`);
    return this.#unpackAt(view, 0);
  }

  unpack_from(buffer: Uint8Array, offset = 0): readonly unknown[] {
    const view = _readable(buffer);
    let at = asIndex(offset);
    if (at < 0) {
      if (at + view.byteLength < 0) throw new error(`offset ${at} out of range for ${view.byteLength}-byte buffer`);
      if (-at < this.size) throw new error(`not enough data to unpack ${this.size} bytes at offset ${at}`);
      at += view.byteLength;
    }
    if (view.byteLength - at < this.size) {
      throw new error(`unpack_from requires a buffer of at least ${this.size + at} bytes for unpacking ${this.size} bytes at offset ${at} (actual buffer size is ${view.byteLength})`);
    }
    return this.#unpackAt(view, at);
  }

  iter_unpack(buffer: Uint8Array): IterableIterator<readonly unknown[]> {
    const view = _readable(buffer);
    if (this.size === 0) throw new error('cannot iteratively unpack with a struct of length 0');
    if (view.byteLength % this.size !== 0) throw new error(`iterative unpacking requires a buffer of a multiple of ${this.size} bytes`);
    const records = view.byteLength / this.size;
    let next = 0;
    const iterator = {
      next: (): IteratorResult<readonly unknown[]> => (next < records
        ? { done: false, value: this.#unpackAt(view, this.size * next++) }
        : { done: true, value: undefined }),
      [Symbol.iterator]() {
        return iterator;
      },
      /** Python's `__length_hint__()`: the records not read yet. */
      __length_hint__: () => records - next,
      [pyRepr]: () => `<_struct.unpack_iterator object at 0x${this.#address.toString(16)}>`,
    };
    return iterator;
  }

  [pyRepr](): string {
    return `<_struct.Struct object at 0x${this.#address.toString(16)}>`;
  }

  #packAt(caller: string, view: DataView, at: number, v: readonly unknown[]): void {
    const { fields, order } = this.#layout;
    if (v.length !== fields.length) throw new error(`${caller} expected ${fields.length} items for packing (got ${v.length})`);
    fields.forEach((field, i) => _packField(view, at, field, order, v[i]));
  }

  #unpackAt(view: DataView, at: number): readonly unknown[] {
    const { fields, order } = this.#layout;
    return tuple(...fields.map((field) => _unpackField(view, at, field, order)));
  }
}

/** `struct.Struct`: a class, also callable without `new` as in Python. */
export const Struct = withParams(callableClass(_Struct, 'Struct', '_struct.Struct'), { positional: ['format'] });
export type Struct = _Struct;

function _struct(format: unknown): _Struct {
  return new _Struct(_formatText(format));
}

/** struct.pack(format, /, *v) -> bytes */
export function pack(format: string, ...v: unknown[]): bytes {
  if (arguments.length === 0) throw new TypeError('missing format argument');
  return _struct(format).pack(...v);
}

/** struct.pack_into(format, buffer, offset, /, *v) */
export function pack_into(format: string, buffer: Uint8Array, offset: number, ...v: unknown[]): undefined {
  if (arguments.length === 0) throw new TypeError('missing format argument');
  const s = _struct(format);
  return (s.pack_into as (...a: unknown[]) => undefined).apply(s, [...arguments].slice(1));
}

/** struct.unpack(format, buffer, /) -> tuple */
export function unpack(format: string, buffer: Uint8Array): readonly unknown[] {
  if (arguments.length !== 2) throw new TypeError(`unpack expected 2 arguments, got ${arguments.length}`);
  return _struct(format).unpack(buffer);
}

/** struct.unpack_from(format, /, buffer, offset=0) -> tuple */
export function unpack_from(format: string, buffer: Uint8Array, offset = 0): readonly unknown[] {
  return _struct(format).unpack_from(buffer, offset);
}

/** struct.iter_unpack(format, buffer, /) -> iterator of tuples */
export function iter_unpack(format: string, buffer: Uint8Array): IterableIterator<readonly unknown[]> {
  if (arguments.length !== 2) throw new TypeError(`iter_unpack expected 2 arguments, got ${arguments.length}`);
  return _struct(format).iter_unpack(buffer);
}

/** struct.calcsize(format, /) -> int */
export function calcsize(format: string): number {
  return _compile(_formatText(format)).size;
}

withParams(pack, { positional: ['format'], positionalOnly: 1, varargs: 'v' });
withParams(pack_into, { positional: ['format', 'buffer', 'offset'], positionalOnly: 3, varargs: 'v' });
withParams(unpack, { positional: ['format', 'buffer'], positionalOnly: 2 });
withParams(unpack_from, { positional: ['format', 'buffer', 'offset'], positionalOnly: 1 });
withParams(iter_unpack, { positional: ['format', 'buffer'], positionalOnly: 2 });
withParams(calcsize, { positional: ['format'], positionalOnly: 1 });
withParams(_Struct.prototype.unpack_from, { positional: ['buffer', 'offset'] });

/** The module object a learner sees as `struct`. */
export const struct = {
  pack, pack_into, unpack, unpack_from, iter_unpack, calcsize, Struct, error,
  [Symbol.toStringTag]: 'module',
  [pyRepr]: () => "<module 'struct' from '/usr/lib/python3.11/struct.py'>",
};
