// Python's array module (Modules/arraymodule.c, CPython 3.11 on x86-64 Linux): array.array of
// the typecodes b B h H i I l L q Q f d (and u), its items in one growing buffer in the machine's
// byte order (little-endian), so tobytes()/frombytes()/byteswap() give CPython's bytes and the
// array is a bytes-like object for socket.send()/sendall() and bytes() (BUFFER_EXPORT). Values
// are checked as CPython's setitem functions check them, with their OverflowError and TypeError
// texts; 'f' items round to single precision. Not here: memoryview() of an array (a view of
// format 'B' only exists in socklab), fromfile/tofile, the buffer staying pinned while exported.
import { BUFFER_EXPORT, bytes } from '../../../socket/bytes.ts';
import { OverflowError, QUALIFIED_NAMES, ValueError } from '../../../socket/exceptions.ts';
import { pyRepr, repr } from '../../../socket/format.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { tuple } from '../../../socket/tuple.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { native, takesValues } from '../runtime/call.ts';
import { IndexError } from '../runtime/exceptions.ts';
import { addressOf } from '../runtime/ids.ts';
import { NATIVE_BINARY, NATIVE_COMPARE, NATIVE_CONTAINS, NATIVE_DELITEM, NATIVE_GETITEM, NATIVE_HASH, NATIVE_LEN, NATIVE_SETITEM } from '../runtime/native.ts';
import * as ops from '../runtime/ops.ts';
import { PyFloat, PySlice, intValue, isInt, isReal, normInt, realValue } from '../runtime/values.ts';

type Kw = Record<string, unknown> | undefined;

interface _Code {
  size: number;
  get: (v: DataView, at: number) => unknown;
  set: (v: DataView, at: number, x: unknown) => void;
}

const TYPECODES = 'bBuhHiIlLqQfd';

/** An int item in [min, max], with the setitem function's messages (b_setitem, BB_setitem, ...). */
function _small(size: number, min: number, max: number, lowText: string, highText: string, put: (v: DataView, at: number, n: number) => void, get: (v: DataView, at: number) => number): _Code {
  return {
    size,
    get,
    set: (v, at, x) => {
      const n = _index(x);
      if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) throw new OverflowError('Python int too large to convert to C long');
      if (n < BigInt(min)) throw new OverflowError(lowText);
      if (n > BigInt(max)) throw new OverflowError(highText);
      put(v, at, Number(n));
    },
  };
}

function _unsigned(size: number, max: bigint, highText: string, put: (v: DataView, at: number, n: bigint) => void, get: (v: DataView, at: number) => unknown, negativeText: string, longText: string): _Code {
  return {
    size,
    get,
    set: (v, at, x) => {
      const n = _index(x);
      if (n < 0n) throw new OverflowError(negativeText);
      if (n > 2n ** 64n - 1n) throw new OverflowError(longText);
      if (n > max) throw new OverflowError(highText);
      put(v, at, n);
    },
  };
}

const _CODES: Record<string, _Code> = {
  b: _small(1, -128, 127, 'signed char is less than minimum', 'signed char is greater than maximum', (v, at, n) => v.setInt8(at, n), (v, at) => v.getInt8(at)),
  B: _small(1, 0, 255, 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum', (v, at, n) => v.setUint8(at, n), (v, at) => v.getUint8(at)),
  h: _small(2, -32768, 32767, 'signed short integer is less than minimum', 'signed short integer is greater than maximum', (v, at, n) => v.setInt16(at, n, true), (v, at) => v.getInt16(at, true)),
  H: _small(2, 0, 65535, 'unsigned short is less than minimum', 'unsigned short is greater than maximum', (v, at, n) => v.setUint16(at, n, true), (v, at) => v.getUint16(at, true)),
  i: _small(4, -(2 ** 31), 2 ** 31 - 1, 'signed integer is less than minimum', 'signed integer is greater than maximum', (v, at, n) => v.setInt32(at, n, true), (v, at) => v.getInt32(at, true)),
  I: _unsigned(4, 2n ** 32n - 1n, 'unsigned int is greater than maximum', (v, at, n) => v.setUint32(at, Number(n), true), (v, at) => v.getUint32(at, true),
    "can't convert negative value to unsigned int", 'Python int too large to convert to C unsigned long'),
  l: _signed64('Python int too large to convert to C long'),
  L: _unsigned(8, 2n ** 64n - 1n, 'Python int too large to convert to C unsigned long', (v, at, n) => v.setBigUint64(at, n, true), (v, at) => normInt(v.getBigUint64(at, true)),
    "can't convert negative value to unsigned int", 'Python int too large to convert to C unsigned long'),
  q: _signed64('int too big to convert'),
  Q: _unsigned(8, 2n ** 64n - 1n, 'int too big to convert', (v, at, n) => v.setBigUint64(at, n, true), (v, at) => normInt(v.getBigUint64(at, true)),
    "can't convert negative int to unsigned", 'int too big to convert'),
  f: { size: 4, get: (v, at) => new PyFloat(v.getFloat32(at, true)), set: (v, at, x) => v.setFloat32(at, _real(x), true) },
  d: { size: 8, get: (v, at) => new PyFloat(v.getFloat64(at, true)), set: (v, at, x) => v.setFloat64(at, _real(x), true) },
  u: {
    size: 4,
    get: (v, at) => String.fromCodePoint(v.getUint32(at, true)),
    set: (v, at, x) => {
      if (typeof x !== 'string' || [...x].length !== 1) throw new TypeError(`array item must be unicode character, not ${pyTypeName(x)}`);
      v.setUint32(at, x.codePointAt(0)!, true);
    },
  },
};

function _signed64(text: string): _Code {
  return {
    size: 8,
    get: (v, at) => normInt(v.getBigInt64(at, true)),
    set: (v, at, x) => {
      const n = _index(x);
      if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) throw new OverflowError(text);
      v.setBigInt64(at, n, true);
    },
  };
}

function _index(x: unknown): bigint {
  if (!isInt(x)) throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
  return BigInt(intValue(x));
}

function _real(x: unknown): number {
  if (!isReal(x)) throw new TypeError(`must be real number, not ${pyTypeName(x)}`);
  return realValue(x);
}

export class PyArray {
  static readonly pyTypeName = 'array.array';
  readonly typecode: string;
  readonly itemsize: number;
  private _code: _Code;
  private _buf: Uint8Array = new Uint8Array(16);
  private _view = new DataView(this._buf.buffer);
  private _length = 0;

  constructor(typecode?: unknown, initializer?: unknown) {
    if (typeof typecode !== 'string' || typecode.length !== 1) {
      throw new TypeError(`array() argument 1 must be a unicode character, not ${pyTypeName(typecode)}`);
    }
    if (!TYPECODES.includes(typecode)) throw new ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
    this.typecode = typecode;
    this._code = _CODES[typecode]!;
    this.itemsize = this._code.size;
    if (initializer === undefined) return;
    if (typeof initializer === 'string') {
      if (typecode !== 'u') throw new TypeError(`cannot use a str to initialize an array with typecode '${typecode}'`);
      for (const c of initializer) this.push(c);
    } else if (initializer instanceof PyArray) {
      if (initializer.typecode === 'u' && typecode !== 'u') throw new TypeError(`cannot use a unicode array to initialize an array with typecode '${typecode}'`);
      for (const x of initializer) this.push(x);
    } else if (initializer instanceof Uint8Array) {
      this.addBytes(initializer);
    } else {
      for (const x of ops.iter(initializer)) this.push(x);
    }
  }

  get length(): number {
    return this._length;
  }

  private _reserve(n: number): void {
    const need = (this._length + n) * this.itemsize;
    if (need <= this._buf.length) return;
    const grown = new Uint8Array(Math.max(need, this._buf.length * 2));
    grown.set(this._buf.subarray(0, this._length * this.itemsize));
    this._buf = grown;
    this._view = new DataView(grown.buffer);
  }

  item(i: number): unknown {
    return this._code.get(this._view, i * this.itemsize);
  }

  setItem(i: number, x: unknown): void {
    this._code.set(this._view, i * this.itemsize, x);
  }

  push(x: unknown): void {
    this._reserve(1);
    this._code.set(this._view, this._length * this.itemsize, x);
    this._length++;
  }

  /** Appends every item of `items`, or none if one is refused (as array_array_extend's checks). */
  pushAll(items: unknown[]): void {
    const before = this._length;
    try {
      for (const x of items) this.push(x);
    } catch (e) {
      this._length = before;
      throw e;
    }
  }

  addBytes(data: Uint8Array): void {
    if (data.length % this.itemsize !== 0) throw new ValueError('bytes length not a multiple of item size');
    const n = data.length / this.itemsize;
    this._reserve(n);
    this._buf.set(data, this._length * this.itemsize);
    this._length += n;
  }

  bytesView(): Uint8Array {
    return this._buf.subarray(0, this._length * this.itemsize);
  }

  items(): unknown[] {
    const out = new Array<unknown>(this._length);
    for (let i = 0; i < this._length; i++) out[i] = this.item(i);
    return out;
  }

  /** Replaces the items with `items` (already checked by a scratch array of the same typecode). */
  replace(items: unknown[]): void {
    this._length = 0;
    this.pushAll(items);
  }

  at(k: unknown): number {
    if (!isInt(k)) throw new TypeError('array indices must be integers');
    let i = Number(intValue(k));
    if (i < 0) i += this._length;
    if (i < 0 || i >= this._length) throw new IndexError('array index out of range');
    return i;
  }

  [BUFFER_EXPORT](): Uint8Array {
    return this.bytesView();
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.items()[Symbol.iterator]();
  }

  [NATIVE_LEN](): number {
    return this._length;
  }

  [NATIVE_GETITEM](k: unknown): unknown {
    if (k instanceof PySlice) {
      const out = new PyArray(this.typecode);
      for (const i of k.range(this._length)) out.push(this.item(i));
      return out;
    }
    return this.item(this.at(k));
  }

  [NATIVE_SETITEM](k: unknown, v: unknown): void {
    if (k instanceof PySlice) {
      if (!(v instanceof PyArray)) throw new TypeError(`can only assign array (not "${pyTypeName(v)}") to array slice`);
      if (v.typecode !== this.typecode) throw new TypeError('bad argument type for built-in operation');
      const items = this.items();
      const [start, stop, step] = k.indices(this._length);
      if (step === 1) items.splice(start, Math.max(0, stop - start), ...v.items());
      else {
        const targets = [...k.range(this._length)];
        if (targets.length !== v.length) throw new ValueError(`attempt to assign array of size ${v.length} to extended slice of size ${targets.length}`);
        targets.forEach((t, j) => { items[t] = v.item(j); });
      }
      this.replace(items);
      return;
    }
    this.setItem(this.at(k), v);
  }

  [NATIVE_DELITEM](k: unknown): void {
    const items = this.items();
    if (k instanceof PySlice) {
      const drop = new Set(k.range(this._length));
      this.replace(items.filter((_, i) => !drop.has(i)));
      return;
    }
    items.splice(this.at(k), 1);
    this.replace(items);
  }

  [NATIVE_CONTAINS](v: unknown): boolean {
    return this.items().some((x) => ops.eq(x, v));
  }

  [NATIVE_HASH](): never {
    throw new TypeError("unhashable type: 'array.array'");
  }

  [NATIVE_COMPARE](other: unknown, op: string): number | undefined {
    if (!(other instanceof PyArray)) return undefined;
    const a = this.items();
    const b = other.items();
    if (op === '==') return ops.eq(a, b) ? 0 : 1;
    return ops.lt(a, b) ? -1 : ops.eq(a, b) ? 0 : 1;
  }

  [NATIVE_BINARY](op: string, other: unknown, reflected: boolean): unknown {
    if (op === '+' || op === '+=') {
      if (reflected) return undefined;
      if (!(other instanceof PyArray)) throw new TypeError(`can only ${op === '+' ? 'append' : 'extend'} array (not "${pyTypeName(other)}") to array`);
      if (other.typecode !== this.typecode) throw new TypeError('bad argument type for built-in operation');
      const target = op === '+=' ? this : new PyArray(this.typecode, this);
      target.addBytes(other.bytesView().slice());
      return target;
    }
    if ((op === '*' || op === '*=') && isInt(other)) {
      const n = Math.max(0, Number(intValue(other)));
      const data = this.bytesView().slice();
      const target = op === '*=' ? this : new PyArray(this.typecode);
      if (op === '*=') target._length = 0;
      for (let i = 0; i < n; i++) target.addBytes(data);
      return target;
    }
    return undefined;
  }

  [pyRepr](): string {
    if (this._length === 0) return `array('${this.typecode}')`;
    if (this.typecode === 'u') return `array('u', ${repr(this.items().join(''))})`;
    return `array('${this.typecode}', [${this.items().map((x) => repr(x)).join(', ')}])`;
  }
}

const _ONE_ITEM = new Set(['append', 'index', 'count', 'remove', 'insert']);

/** Defines Python methods on PyArray's prototype, each called with (self, args, keywords). */
function _methods(table: Record<string, (self: PyArray, a: unknown[], kw: Kw) => unknown>): void {
  for (const [name, fn] of Object.entries(table)) {
    Object.defineProperty(PyArray.prototype, name, {
      // One item as it is: an iterable Python object is the item (array's TypeError), not its items.
      value: (_ONE_ITEM.has(name) ? takesValues : <F>(f: F) => f)(native(name, function (this: PyArray, a, kw) { return fn(this, a, kw); })),
      writable: true,
      configurable: true,
    });
  }
}

/** The items of an iterable for extend/fromlist, checked by a scratch array before any is added. */
function _checked(self: PyArray, items: unknown[]): unknown[] {
  new PyArray(self.typecode).pushAll(items);
  return items;
}

_methods({
  append: (s, a) => { s.push(a[0]); return null; },
  extend: (s, a) => {
    const src = a[0];
    if (src instanceof PyArray && src.typecode !== s.typecode) throw new TypeError('can only extend with array of same kind');
    // array_iter_extend: items are appended one by one; one refused leaves those before it.
    for (const x of src instanceof PyArray ? src.items() : [...ops.iter(src)]) s.push(x);
    return null;
  },
  fromlist: (s, a) => {
    if (!Array.isArray(a[0])) throw new TypeError('arg must be list');
    s.pushAll(_checked(s, a[0] as unknown[]));
    return null;
  },
  frombytes: (s, a) => {
    const data = a[0];
    if (!(data instanceof Uint8Array)) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(data)}'`);
    s.addBytes(data.slice());
    return null;
  },
  fromunicode: (s, a) => {
    if (s.typecode !== 'u') throw new ValueError('fromunicode() may only be called on unicode type arrays');
    for (const c of String(a[0])) s.push(c);
    return null;
  },
  tobytes: (s) => bytes.from(s.bytesView()),
  tolist: (s) => s.items(),
  tounicode: (s) => {
    if (s.typecode !== 'u') throw new ValueError('tounicode() may only be called on unicode type arrays');
    return s.items().join('');
  },
  byteswap: (s) => {
    const size = s.itemsize;
    if (size === 1) return null;
    const data = s.bytesView();
    for (let i = 0; i < data.length; i += size) data.subarray(i, i + size).reverse();
    return null;
  },
  buffer_info: (s) => tuple(addressOf(s), s.length),
  count: (s, a) => s.items().filter((x) => ops.eq(x, a[0])).length,
  index: (s, a) => {
    const items = s.items();
    const start = a[1] === undefined ? 0 : Number(intValue(a[1]));
    const stop = a[2] === undefined ? items.length : Number(intValue(a[2]));
    for (let i = Math.max(0, start < 0 ? start + items.length : start); i < Math.min(items.length, stop < 0 ? stop + items.length : stop); i++) {
      if (ops.eq(items[i], a[0])) return i;
    }
    throw new ValueError('array.index(x): x not in array');
  },
  insert: (s, a) => {
    const items = s.items();
    let i = Number(intValue(a[0]));
    if (i < 0) i = Math.max(0, i + items.length);
    _checked(s, [a[1]]);
    items.splice(Math.min(i, items.length), 0, a[1]);
    s.replace(items);
    return null;
  },
  pop: (s, a) => {
    if (s.length === 0) throw new IndexError('pop from empty array');
    const items = s.items();
    let i = a[0] === undefined ? -1 : Number(intValue(a[0]));
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) throw new IndexError('pop index out of range');
    const [x] = items.splice(i, 1);
    s.replace(items);
    return x;
  },
  remove: (s, a) => {
    const items = s.items();
    const i = items.findIndex((x) => ops.eq(x, a[0]));
    if (i < 0) throw new ValueError('array.remove(x): x not in array');
    items.splice(i, 1);
    s.replace(items);
    return null;
  },
  reverse: (s) => { s.replace(s.items().reverse()); return null; },
  __reduce_ex__: (s) => tuple(PyArray, tuple(s.typecode, s.items())),
});

export function createArrayModule(): PyModule {
  (QUALIFIED_NAMES as Map<Function, string>).set(PyArray, 'array.array');
  const array = PyArray;
  Object.defineProperty(array, pyRepr, { value: () => "<class 'array.array'>", configurable: true });
  return makeModule('array', { array, ArrayType: array, typecodes: TYPECODES });
}
