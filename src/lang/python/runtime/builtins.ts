// Python's builtins (print, input, len, range, int, str, isinstance, sorted, open, …) over
// socklab's values, with CPython's texts. The types (int, str, list, …) are callables that
// isinstance() and type() know, and that print as `<class 'int'>`.
import { isMapping, mappingItems } from './mapping.ts';
import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { b as makeBytes, bytes, pyBytes } from '../../../socket/bytes.ts';
import { EOFError, Exception, OSError, ValueError } from '../../../socket/exceptions.ts';
import { pyRepr, repr as baseRepr, setObjectRepr } from '../../../socket/format.ts';
import { float as parseFloat_, int as parseInt_ } from '../../../socket/numbers.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { isTuple, tuple } from '../../../socket/tuple.ts';
import { strerror } from '../../../kernel/index.ts';
import { addBuiltinDunders, delattr, getattr, getattrAwaited, hasattr, invokeAttribute, namesBuiltinBase, registerBuiltinTypes, registerTypeOf, setattr, sortList } from './attributes.ts';
import { dirOf } from './builtin-dir.ts';
import type { DunderBuiltins } from './builtin-dunders.ts';
import { BOUND_SELF, CALL_TARGET, IS_METACLASS, METATYPE, PY_CLASS, PY_NATIVE, PyObject, awaitWait, classModule, classQualname, invoke, isUserInstance, native, type NativeFunction } from './call.ts';
import { homeOf, setHome } from './homes.ts';
import { AttributeError, BUILTIN_EXCEPTIONS, matches, outsideException, StopIteration, SystemExit } from './exceptions.ts';
import { add as dunderAdd, divmod as dunderDivmod, pow as dunderPow, collect, dunder, isAsyncItems, iter as dunderIter, lessThan, richEq, richTruthy, userBytes, userLen, userMethod } from './dunders.ts';
import { registerBuiltinBases } from './builtin-bases.ts';
import { registerType, typeNew } from './metaclass.ts';
import { DESCRIPTOR_TYPE } from './descriptors.ts';
import { descriptorBuiltins, isDescriptor } from './property.ts';
import { anextOf, AsyncGenStep, BuiltinIterator, LazyIterator, PyAsyncGenerator, PyCoroutine, PyGenerator, isAsyncSource } from './generator.ts';
import { pyHash } from './hash.ts';
import { addressOf, objectId } from './ids.ts';
import { namedType } from '../stdlib/namedtuple.ts';
import { formatField, toRepr, toStr } from './show.ts';
import { powMod, round } from './numeric.ts';
import { isNamespace } from './namespace.ts';
import { add, eq, iter, lt, truthy } from './ops.ts';
import { hashKey, DictView, ELLIPSIS, NOT_IMPLEMENTED, PyDict, PyFloat, PyFrozenSet, PyIntEnum, PyIntFlag, PyRange, PySet, PySlice, intValue, isInt, isList, isNone, makeByteArray, normInt } from './values.ts';
import { NATIVE_GETITEM, NATIVE_LEN, NATIVE_UNARY, slots } from './native.ts';
import { INSTANCE_CHECK, SUBCLASS_CHECK, addGenericOrigins } from './generic-alias.ts';
import { PyMemoryView } from './memoryview.ts';

export interface BuiltinIO {
  write: (text: string) => void;
  writeErr: (text: string) => void;
  readLine: (prompt: string) => Promise<string | undefined>;
  /** The object Python names as the type of a TypeScript class's instances (Socket: the module's socket.socket). */
  classes?: Map<Function, Function>;
}

const _PY_TYPE_CHECK = Symbol.for('socklab.python.typeCheck');
const _TYPE_REPR = Symbol.for('socklab.repr');

/** A builtin type: callable, usable in isinstance(), shown as `<class 'name'>`. */
function _type(name: string, check: (x: unknown) => boolean, make: NativeFunction): Function {
  const fn = native(name, make);
  Object.defineProperty(fn, _PY_TYPE_CHECK, { value: check });
  Object.defineProperty(fn, _TYPE_REPR, { value: () => `<class '${name}'>`, configurable: true });
  Object.defineProperty(fn, Symbol.for('socklab.pytype'), { value: 'type' });
  return fn;
}

export { formatField, toRepr, toStr };

PyObject.prototype[pyRepr as unknown as 'toString'] = function (this: object) {
  const name = this.constructor === PyObject ? 'object' : `${classModule(this.constructor)}.${classQualname(this.constructor)}`;
  return `<${name} object at ${addressOf(this)}>`;
} as never;

// A library class written in TypeScript (socketserver.TCPServer), or a Python class derived from
// one, shows as object_repr does: `<socketserver.TCPServer object at 0x…>`.
const _plainObjectRepr = (obj: object): string => `<${pyTypeName(obj)} object>`;
setObjectRepr((obj) => {
  const cls = obj.constructor;
  if (typeof cls !== 'function' || !(PY_CLASS in cls || homeOf(cls) !== undefined)) return _plainObjectRepr(obj);
  return `<${classModule(cls)}.${classQualname(cls)} object at ${addressOf(obj)}>`;
});

// ---------------------------------------------------------------------------------------------

function _len(x: unknown): number {
  if (x instanceof String) return _len(x.valueOf());
  if (typeof x === 'string') return /[\uD800-\uDFFF]/.test(x) ? [...x].length : x.length;
  if (ArrayBuffer.isView(x)) return x.byteLength;
  if (Array.isArray(x)) return x.length;
  if (x instanceof Map || x instanceof Set) return x.size;
  if (x instanceof PyRange || x instanceof DictView) return x.length;
  const n = slots(x);
  if (n?.[NATIVE_LEN]) return n[NATIVE_LEN]();
  throw new TypeError(`object of type '${pyTypeName(x)}' has no len()`);
}

async function _lenOf(x: unknown): Promise<number> {
  const m = userMethod(x, '__len__');
  if (m) return userLen(x, m);
  return _len(x);
}

function _rangeArgs(args: unknown[]): [number | bigint, number | bigint, number | bigint] {
  for (const a of args) {
    if (!isInt(a)) throw new TypeError(`'${pyTypeName(a)}' object cannot be interpreted as an integer`);
  }
  const n = args.map((a) => intValue(a));
  if (n.length === 0) throw new TypeError('range expected at least 1 argument, got 0');
  if (n.length > 3) throw new TypeError(`range expected at most 3 arguments, got ${n.length}`);
  const [start, stop, step] = n.length === 1 ? [0, n[0]!, 1] : [n[0]!, n[1]!, n[2] ?? 1];
  if (step === 0) throw new ValueError('range() arg 3 must not be zero');
  return [start, stop, step];
}

/** Python's round(): the correctly rounded decimal (2.675 → 2.67, its binary value is below), ties to even. */
function _round(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  if (digits > 0 && digits <= 100) {
    const fixed = Number(x.toFixed(digits));
    // toFixed rounds exact ties away from zero; Python rounds them to even.
    const exact = x.toFixed(Math.min(100, digits + 30));
    const tail = exact.slice(exact.indexOf('.') + 1 + digits);
    if (/^50*$/.test(tail)) {
      const down = Number(exact.slice(0, exact.indexOf('.') + 1 + digits));
      const lastDigit = Number(exact[exact.indexOf('.') + digits]);
      return lastDigit % 2 === 0 ? down : fixed;
    }
    return fixed;
  }
  const y = x * 10 ** digits;
  const r = Math.abs(y - Math.trunc(y)) === 0.5 ? 2 * Math.round(y / 2) : Math.round(y);
  return r / 10 ** digits;
}


/** bool(x), awaiting a Python class's __bool__ / __len__. */
async function _bool(x: unknown): Promise<boolean> {
  return userMethod(x, '__bool__') || userMethod(x, '__len__') ? richTruthy(x) : truthy(x);
}

/** The type of iter(x) for a builtin x, as CPython names it (`<list_iterator object at 0x…>`). */
function _iteratorName(x: unknown): string | undefined {
  if (isTuple(x)) return 'tuple_iterator';
  if (Array.isArray(x)) return 'list_iterator';
  if (typeof x === 'string') return /^[\x00-\x7f]*$/.test(x) ? 'str_ascii_iterator' : 'str_iterator';
  if (x instanceof bytes) return 'bytes_iterator';
  if (x instanceof Uint8Array) return 'bytearray_iterator';
  if (x instanceof Map) return 'dict_keyiterator';
  if (x instanceof Set) return 'set_iterator';
  if (x instanceof PyRange) return 'range_iterator';
  if (x instanceof DictView) return `dict_${x.kind.slice(0, -1)}iterator`;
  return undefined;
}

/** iter(f, sentinel): calls f until it returns the sentinel (`iter(lambda: s.recv(1024), b'')`). */
function _callableIterator(f: unknown, sentinel: unknown): LazyIterator {
  if (typeof f !== 'function' && userMethod(f, '__call__') === undefined) throw new TypeError('iter(v, w): v must be callable');
  return new LazyIterator((async function* () {
    for (;;) {
      const x = await invoke(f, undefined, [], undefined);
      if (x === sentinel || (await richEq(x, sentinel))) return;
      yield x;
    }
  })(), 'callable_iterator');
}

/**
 * zip(strict=True) when argument i+1 has ended: CPython's ValueError unless every other argument
 * ends there too (zip_next in Python/bltinmodule.c); `ended[j]` steps argument j+2.
 */
function _zipStrictCheck(i: number, ended: (() => boolean)[]): void {
  const which = (n: number): string => (n === 1 ? ' 1' : `s 1-${n}`);
  if (i > 0) throw new ValueError(`zip() argument ${i + 1} is shorter than argument${which(i)}`);
  for (const [j, done] of ended.entries()) if (!done()) throw new ValueError(`zip() argument ${j + 2} is longer than argument${which(j + 1)}`);
}

async function* _zipAsync(sources: unknown[], strict: boolean): AsyncGenerator<unknown> {
  const its = sources.map((x) => {
    const it = dunderIter(x);
    return typeof it === 'string' || Symbol.iterator in it ? (it as Iterable<unknown>)[Symbol.iterator]() : it[Symbol.asyncIterator]();
  });
  for (;;) {
    const items: unknown[] = [];
    for (const [i, it] of its.entries()) {
      const r = await it.next();
      if (r.done) {
        if (!strict) return;
        const rest = await Promise.all(its.slice(1).map(async (other) => (await other.next()).done === true));
        return _zipStrictCheck(i, rest.map((done) => () => done));
      }
      items.push(r.value);
    }
    yield tuple(...items);
  }
}

async function _minmax(which: 'min' | 'max', args: unknown[], kw: Record<string, unknown> | undefined): Promise<unknown> {
  const items = args.length === 1 ? await collect(args[0]) : args;
  const key = kw?.key;
  if (items.length === 0) {
    if (kw && 'default' in kw) return kw.default;
    throw new ValueError(`${which}() arg is an empty sequence`);
  }
  let best = items[0];
  let bestKey = isNone(key) ? best : await invoke(key, undefined, [best], undefined);
  for (const x of items.slice(1)) {
    const k = isNone(key) ? x : await invoke(key, undefined, [x], undefined);
    if (which === 'min' ? await lessThan(k, bestKey) : await lessThan(bestKey, k)) {
      best = x;
      bestKey = k;
    }
  }
  return best;
}

/** A file from open(): text or binary, read/write, a context manager, iterable by line. */
export class PyFile {
  static readonly pyTypeName = '_io.TextIOWrapper';
  closed = false;
  private _buffer = '';
  private _pos = 0;
  private readonly _fd: number;
  constructor(readonly name: string, readonly mode: string, readonly encoding: string) {
    const flags = mode.includes('w') ? 'w' : mode.includes('a') ? 'a' : mode.includes('+') ? 'r+' : 'r';
    try {
      this._fd = openSync(name, flags);
    } catch (e) {
      const errno = Math.abs((e as { errno?: number }).errno ?? 0);
      throw new OSError(errno, strerror(errno), name);
    }
    if (flags === 'r') this._buffer = readFileSync(this._fd, this._binary ? 'latin1' : 'utf8');
  }
  private get _binary(): boolean {
    return this.mode.includes('b');
  }
  private _out(s: string): unknown {
    return this._binary ? makeBytes(Buffer.from(s, 'latin1')) : s;
  }
  read(size: unknown = -1): unknown {
    const n = isNone(size) || Number(size) < 0 ? Infinity : Number(size);
    const s = this._buffer.slice(this._pos, this._pos + n);
    this._pos += s.length;
    return this._out(s);
  }
  readline(): unknown {
    const end = this._buffer.indexOf('\n', this._pos);
    const stop = end < 0 ? this._buffer.length : end + 1;
    const s = this._buffer.slice(this._pos, stop);
    this._pos = stop;
    return this._out(s);
  }
  readlines(): unknown[] {
    const out: unknown[] = [];
    for (let line = this.readline(); _len(line) > 0; line = this.readline()) out.push(line);
    return out;
  }
  write(data: unknown): number {
    if (this._binary ? !(data instanceof Uint8Array) : typeof data !== 'string') {
      throw new TypeError(this._binary ? `a bytes-like object is required, not '${pyTypeName(data)}'` : `write() argument must be str, not ${pyTypeName(data)}`);
    }
    if (typeof data === 'string') writeSync(this._fd, data);
    else writeSync(this._fd, data as Uint8Array);
    return _len(data);
  }
  /** f.writelines(lines): each written as it is (no newlines added), as io's writelines. */
  writelines(lines: unknown): null {
    for (const line of iter(lines)) this.write(line);
    return null;
  }
  flush(): null {
    return null;
  }
  close(): null {
    if (!this.closed) closeSync(this._fd);
    this.closed = true;
    return null;
  }
  __enter__(): this {
    return this;
  }
  __exit__(): boolean {
    this.close();
    return false;
  }
  *[Symbol.iterator](): Iterator<unknown> {
    for (let line = this.readline(); _len(line) > 0; line = this.readline()) yield line;
  }
  [pyRepr](): string {
    return `<_io.TextIOWrapper name=${baseRepr(this.name)} mode=${baseRepr(this.mode)} encoding='${this.encoding}'>`;
  }
}
void readSync;

/**
 * hash(x): CPython's own number for ints, floats and tuples of those (hash.ts); for the rest
 * equal values hash equal (str, bytes), a Python class's __hash__ is called, but the numbers are
 * not CPython's (its str hash is randomised per process, its None and object hashes are addresses).
 */
async function _hash(x: unknown): Promise<unknown> {
  const known = pyHash(x);
  if (known !== undefined) return known;
  if (isInt(x)) {
    const v = intValue(x);
    return v === -1 ? -2 : v;
  }
  if (x instanceof PyFloat) return Number.isInteger(x.value) ? _hash(x.value) : _hashText(String(x.value));
  if (typeof x === 'string') return _hashText(x);
  if (x instanceof bytes) return _hashText(Buffer.from(x).toString('latin1'));
  if (isTuple(x)) {
    let h = 0x345678;
    for (const item of x) h = (Math.imul(h ^ Number(BigInt.asIntN(32, BigInt(await _hash(item) as number | bigint))), 1000003) | 0);
    return h;
  }
  const f = userMethod(x, '__hash__');
  if (f) return invoke(f, x, [], undefined);
  const key = hashKey(x); // the TypeError for unhashable values
  if (typeof key === 'string') return _hashText(key); // a value hashed by value (native.ts NATIVE_HASH)
  return typeof x === 'object' && x !== null ? objectId(x) : 0;
}

function _hashText(s: string): number {
  let h = 0;
  for (const c of s) h = (Math.imul(h, 31) + c.codePointAt(0)!) | 0;
  return h === -1 ? -2 : h;
}

/** isinstance(x, cls) for builtin types, Python classes and JS classes. */
export function isInstance(x: unknown, cls: unknown): boolean {
  if (isTuple(cls)) return cls.some((c) => isInstance(x, c));
  const hook = (cls as Record<symbol, ((x: unknown) => boolean) | undefined> | null)?.[INSTANCE_CHECK];
  if (hook) return hook.call(cls, x);
  if (typeof cls !== 'function') throw new TypeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  const check = (cls as unknown as Record<symbol, ((x: unknown) => boolean) | undefined>)[_PY_TYPE_CHECK];
  if (check) return check(x);
  if (x instanceof Error) return matches(x, cls);
  // isinstance(C, Meta): C's metaclass is Meta's subclass (metaclass.ts TypeBase's hasInstance).
  return (typeof x === 'object' || (typeof x === 'function' && Boolean((cls as unknown as Record<symbol, unknown>)[IS_METACLASS]))) && x !== null && x instanceof (cls as new () => object);
}

/** A function standing for a class (socket.socket makes Socket objects): its type is `type`. */
function _isClassFactory(f: Function): boolean {
  const ctor = (f.prototype as { constructor?: unknown } | undefined)?.constructor;
  return typeof ctor === 'function' && ctor !== f && /^class/.test(Function.prototype.toString.call(ctor));
}

const _singletonTypes = new Map<unknown, Function>();
function _singletonType(x: unknown): Function {
  let t = _singletonTypes.get(x);
  if (!t) _singletonTypes.set(x, (t = _type(pyTypeName(x), (y) => y === x, () => x)));
  return t;
}

/**
 * int(x), float(x), abs(x) of an instance of a Python class: the first of `names` its class
 * defines answers (int() tries __int__, then __index__, then __trunc__, as CPython 3.11 does);
 * undefined when it defines none.
 */
function _pythonNumber(x: unknown, ...names: string[]): Promise<unknown> | undefined {
  if (!isUserInstance(x)) return undefined;
  for (const name of names) {
    const m = userMethod(x, name);
    if (m) return invoke(m, x, [], undefined);
  }
  return undefined;
}

/**
 * A callable that type() does not call a class: a def, a lambda, a builtin function, a bound
 * method, a descriptor, a module (the function branch of typeOf, below).
 */
function _isRoutine(x: Function): boolean {
  const marks = x as unknown as Record<symbol, unknown>;
  if (typeof marks[DESCRIPTOR_TYPE] === 'string' || isDescriptor(x) || marks[Symbol.toStringTag] === 'module') return true;
  return !marks[_PY_TYPE_CHECK] && !marks[PY_CLASS] && !/^class/.test(Function.prototype.toString.call(x)) && !_isClassFactory(x);
}

/** hex()/oct()/bin()'s digits of an int, after its sign and the prefix. */
function _prefixed(x: unknown, radix: number, prefix: string): string {
  const v = BigInt(intValue(x));
  return v < 0n ? `-${prefix}${(-v).toString(radix)}` : `${prefix}${v.toString(radix)}`;
}

/**
 * `f(x)` of an int, or of `x.__index__()` for an instance of a Python class (PyNumber_Index:
 * hex(), oct(), bin() take any object with __index__, whose result must be an int).
 */
function _withIndex<T>(x: unknown, f: (int: unknown) => T): T | Promise<T> {
  if (isInt(x)) return f(x);
  const m = isUserInstance(x) ? userMethod(x, '__index__') : undefined;
  if (!m) throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
  return Promise.resolve(invoke(m, x, [], undefined)).then((value) => {
    if (!isInt(value)) throw new TypeError(`__index__ returned non-int (type ${pyTypeName(value)})`);
    return f(value);
  });
}

/** Builds the builtins of one Python session. */
export function createBuiltins(io: BuiltinIO): Record<string, unknown> {
  const int = _type('int', (x) => isInt(x), (a, kw) => {
    const x = a.length === 0 ? 0 : a[0]; // int(None) is a TypeError, not int()
    const base = a[1] ?? kw?.base;
    const special = base === undefined ? _pythonNumber(x, '__int__', '__index__', '__trunc__') : undefined;
    if (special !== undefined) return special;
    if (x instanceof PyFloat) {
      if (!Number.isFinite(x.value)) return parseInt_(x.value);
      const t = Math.trunc(x.value);
      return Number.isSafeInteger(t) ? t + 0 : normInt(BigInt(t));
    }
    if (typeof x === 'bigint') return x;
    if (x instanceof PyIntEnum) return x.value;
    // A Python object's __int__, else __index__, else __trunc__ (PyNumber_Long).
    if (base === undefined) {
      for (const name of ['__int__', '__index__', '__trunc__']) {
        const f = userMethod(x, name);
        if (f === undefined) continue;
        return Promise.resolve(invoke(f, x, [], undefined)).then((value) => {
          if (!isInt(value)) throw new TypeError(`${name} returned non-int (type ${pyTypeName(value)})`);
          return value;
        });
      }
    }
    if (typeof x === 'string' && base === undefined && /^\s*[+-]?\d[\d_]{15,}\s*$/.test(x)) return normInt(BigInt(x.trim().replaceAll('_', '')));
    return parseInt_(x, base);
  });
  const float = _type('float', (x) => x instanceof PyFloat, (a) => _pythonNumber(a[0], '__float__', '__index__') ?? new PyFloat(a[0] instanceof PyFloat ? a[0].value : parseFloat_(isInt(a[0]) ? Number(intValue(a[0])) : a.length === 0 ? 0 : a[0])));
  const str = _type('str', (x) => typeof x === 'string' || x instanceof String, async (a, kw) => {
    const x = a.length === 0 ? '' : a[0];
    const encoding = a[1] ?? kw?.encoding;
    if (encoding === undefined) return toStr(x);
    if (!(x instanceof Uint8Array)) throw new TypeError(`decoding to str: need a bytes-like object, ${pyTypeName(x)} found`);
    return makeBytes(x).decode(encoding as string, (a[2] ?? kw?.errors ?? 'strict') as string);
  });
  const bool = _type('bool', (x) => typeof x === 'boolean', (a) => (userMethod(a[0], '__bool__') || userMethod(a[0], '__len__') ? richTruthy(a[0]) : truthy(a[0])));
  /** bytes(x) / bytearray(x): an iterable's items are collected first (a generator, a Python class's __iter__). */
  const _bytesOf = (a: unknown[], kw: Record<string, unknown> | undefined): bytes | Promise<bytes> => {
    const args = a.map((x) => (isInt(x) ? Number(intValue(x)) : x));
    if (kw?.encoding !== undefined) args[1] = kw.encoding;
    const make = (): bytes => (pyBytes as unknown as (...x: unknown[]) => bytes)(...args);
    if (args[0] instanceof PyRange || args[0] instanceof Map || args[0] instanceof Set) args[0] = [...iter(args[0])];
    if (!isAsyncSource(args[0])) return make();
    return collect(args[0]).then((items) => ((args[0] = items), make()));
  };
  const bytesType = _type('bytes', (x) => x instanceof bytes, async (a, kw) => {
    // bytes(x) asks x's __bytes__ first (PyBytes_FromObject); bytearray(x) never does.
    if (a.length === 1 && kw === undefined) {
      const own = await userBytes(a[0]);
      if (own) return own;
    }
    return _bytesOf(a, kw);
  });
  Object.assign(bytesType, { fromhex: (s: string) => bytes.fromhex(s) });
  const bytearray = _type('bytearray', (x) => x instanceof Uint8Array && !(x instanceof bytes) && !(x instanceof PyMemoryView), async (a, kw) => {
    if (a.length === 0) return makeByteArray();
    return makeByteArray(await _bytesOf(a, kw));
  });
  const memoryview = _type('memoryview', (x) => x instanceof PyMemoryView, (a, kw) => PyMemoryView.of(a.length > 0 ? a[0] : kw?.object));
  const list = _type('list', (x) => Array.isArray(x) && !isTuple(x), async (a) => (a.length === 0 ? [] : collect(a[0])));
  const tupleType = _type('tuple', (x) => isTuple(x), async (a) => (a.length === 0 ? tuple() : tuple(...(await collect(a[0])))));
  const dict = _type('dict', (x) => x instanceof PyDict, async (a, kw) => _dictOf(a[0], kw));
  async function _dictOf(src: unknown, kw: Record<string, unknown> | undefined): Promise<PyDict> {
    const d = new PyDict();
    if (isMapping(src)) for (const [k, v] of await mappingItems(src, () => new TypeError('not a mapping'))) d.set(k, v);
    else if (!isNone(src)) {
      let i = 0;
      for (const pair of await collect(src)) {
        // dict_merge_from_seq2: each element a sequence of two.
        if (typeof pair !== 'string' && !(typeof pair === 'object' && pair !== null && (Symbol.iterator in pair || Symbol.asyncIterator in pair || isAsyncSource(pair)))) {
          throw new TypeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        const items = await collect(pair);
        if (items.length !== 2) throw new ValueError(`dictionary update sequence element #${i} has length ${items.length}; 2 is required`);
        d.set(items[0], items[1]);
        i++;
      }
    }
    for (const [k, v] of Object.entries(kw ?? {})) d.set(k, v);
    return d;
  }
  // dict.fromkeys(iterable, value=None): any iterable, a map() or generator one included (collect awaits its items).
  Object.assign(dict, { fromkeys: async (keys: unknown, v: unknown = null) => new PyDict((await collect(keys)).map((k) => [k, v] as const)) });
  // set(s) merges s's table and set(d) sizes for d once (set_update_internal), so both stay as they are.
  const _setOf = (a: unknown[], make: new (items: Iterable<unknown>) => PySet): PySet | Promise<PySet> => {
    if (isAsyncSource(a[0])) return collect(a[0]).then((items) => new make(items));
    return new make(a.length === 0 ? [] : a[0] instanceof PySet || a[0] instanceof PyDict ? a[0] : iter(a[0]));
  };
  const set = _type('set', (x) => x instanceof PySet && !(x instanceof PyFrozenSet), (a) => _setOf(a, PySet));
  // frozenset(fs) is fs itself, as CPython's frozenset_new returns an exact frozenset unchanged.
  const frozenset = _type('frozenset', (x) => x instanceof PyFrozenSet, (a) => (a[0] instanceof PyFrozenSet ? a[0] : _setOf(a, PyFrozenSet)));
  const range = _type('range', (x) => x instanceof PyRange, (a) => new PyRange(..._rangeArgs(a)));
  const slice = _type('slice', (x) => x instanceof PySlice, (a) => (a.length === 1 ? new PySlice(null, a[0], null) : new PySlice(a[0], a[1], a[2] ?? null)));
  const object = _type('object', (x) => !isNone(x) || x === null, (args, kw) => {
    if (args.length > 0 || (kw && Object.keys(kw).length > 0)) throw new TypeError('object() takes no arguments');
    return new PyObject();
  });
  Object.defineProperty(object, Symbol.for('socklab.python.classOf'), { value: PyObject });
  const NoneType = _type('NoneType', isNone, () => null);
  const functionType = _type('function', (x) => typeof x === 'function', () => null);
  const methodType = _type('method', (x) => typeof x === 'function' && BOUND_SELF in x && !(x as unknown as Record<symbol, unknown>)[PY_NATIVE], () => null);
  const builtinFunctionType = _type('builtin_function_or_method', (x) => typeof x === 'function'
    && ((x as unknown as Record<symbol, unknown>)[DESCRIPTOR_TYPE] === 'builtin_function_or_method' || (Boolean((x as unknown as Record<symbol, unknown>)[PY_NATIVE]) && !(DESCRIPTOR_TYPE in x))), () => null);
  const _descriptorTypes = new Map<string, Function>();
  const _descriptorType = (name: string): Function => {
    let t = _descriptorTypes.get(name);
    if (!t) _descriptorTypes.set(name, (t = _type(name, (x) => (x as Record<symbol, unknown> | null | undefined)?.[DESCRIPTOR_TYPE] === name, () => { throw new TypeError(`cannot create '${name}' instances`); })));
    return t;
  };
  const enumTypes = new Map<string, Function>();
  /** `type(socket.AF_INET)`: the IntEnum class, `<enum 'AddressFamily'>`, a subclass of int. */
  const enumType = (x: PyIntEnum): Function => {
    let t = enumTypes.get(x.enumName);
    if (!t) {
      const name = x.enumName;
      t = _type(name, (y) => y instanceof PyIntEnum && y.enumName === name, (a) => a[0]);
      // An IntFlag (re.RegexFlag) is `<flag 'RegexFlag'>`, at home in its module.
      const flag = x instanceof PyIntFlag;
      Object.defineProperty(t, _TYPE_REPR, { value: () => `<${flag ? 'flag' : 'enum'} '${name}'>` });
      setHome(t, flag ? x.flagClass.prefix.slice(0, -1) : 'socket'); // AddressFamily and SocketKind
      enumTypes.set(name, t);
    }
    return t;
  };
  // A class is an instance of type; a function (a def, a builtin, a bound method) is not.
  // type(x) is x's type; type(name, bases, dict) makes a class (metaclass.ts).
  const typeType: Function = _type('type', (x) => typeof x === 'function' && !_isRoutine(x), (a, kw) => {
    if (a.length === 3) return typeNew([typeType, ...a], kw);
    if (a.length !== 1) throw new TypeError('type() takes 1 or 3 arguments');
    return typeOf(a[0]);
  });
  registerType(typeType);

  const generatorType = _type('generator', (x) => x instanceof PyGenerator && !(x instanceof PyCoroutine), () => { throw new TypeError("cannot create 'generator' instances"); });
  const coroutineType = _type('coroutine', (x) => x instanceof PyCoroutine, () => { throw new TypeError("cannot create 'coroutine' instances"); });
  const asyncGeneratorType = _type('async_generator', (x) => x instanceof PyAsyncGenerator, () => { throw new TypeError("cannot create 'async_generator' instances"); });
  const _iteratorTypes = new Map<string, Function>();
  // The types of the runtime's iterators (and of the plain objects that name theirs, typeOf), by name.
  const _iteratorType = (name: string): Function => {
    let t = _iteratorTypes.get(name);
    if (!t) _iteratorTypes.set(name, (t = _type(name, (x) => (x instanceof BuiltinIterator || x instanceof LazyIterator || x instanceof AsyncGenStep) && x.typeName === name, () => { throw new TypeError(`cannot create '${name}' instances`); })));
    return t;
  };
  const moduleType = _type('module', (x) => (x as { [Symbol.toStringTag]?: unknown } | null)?.[Symbol.toStringTag] === 'module', () => null);
  const TYPES = [int, float, str, bool, bytesType, memoryview, bytearray, list, tupleType, dict, set, frozenset, range, NoneType, slice, typeType];
  registerBuiltinTypes({ int, float, str, bool, bytes: bytesType, bytearray, memoryview, range, list, tuple: tupleType, dict, set, frozenset, object, type: typeType, generator: generatorType });
  addGenericOrigins(list, tupleType, dict, set, frozenset, typeType);
  registerBuiltinBases({ dict, list, int, str, tuple: tupleType, float, set, frozenset, bytes: bytesType, bytearray });
  const descriptors = descriptorBuiltins(_type);
  registerTypeOf((x) => typeOf(x));
  function typeOf(x: unknown): unknown {
    if (isDescriptor(x) && Object.hasOwn(descriptors, pyTypeName(x))) return descriptors[pyTypeName(x)];
    if ((x as { [Symbol.toStringTag]?: unknown } | null)?.[Symbol.toStringTag] === 'module') return moduleType;
    if (typeof x === 'boolean') return bool;
    // `str.upper` is a method_descriptor, `socket.socket.family` a property (descriptors.ts).
    const descriptor = (x as Record<symbol, unknown> | null | undefined)?.[DESCRIPTOR_TYPE];
    if (typeof descriptor === 'string' && (typeof x === 'function' || typeof x === 'object')) return descriptor === 'function' ? functionType : descriptor === 'builtin_function_or_method' ? builtinFunctionType : _descriptorType(descriptor);
    if (x instanceof PyGenerator) return x instanceof PyCoroutine ? coroutineType : generatorType;
    if (x instanceof PyAsyncGenerator) return asyncGeneratorType;
    if (x instanceof AsyncGenStep) return _iteratorType(x.typeName);
    // An instance of a Python class that subclasses dict, list or int.
    if (isUserInstance(x)) return (x as { constructor: unknown }).constructor;
    if (x instanceof BuiltinIterator || x instanceof LazyIterator) return _iteratorType(x.typeName);
    if (x instanceof PyIntEnum) return enumType(x);
    if (x === NOT_IMPLEMENTED || x === ELLIPSIS) return _singletonType(x);
    if (namedType(x) !== undefined) return namedType(x);
    // A dict subclass written in TypeScript (collections.Counter) is its own type.
    if (x instanceof PyDict && Object.getPrototypeOf(x) !== PyDict.prototype && !isNamespace(x) && !(x as unknown as Record<symbol, unknown>)[Symbol.for('socklab.python.plainDict')]) {
      return (x as { constructor: unknown }).constructor;
    }
    if (typeof x === 'object' && x !== null && !(x instanceof PyFloat) && !(x instanceof PyRange) && !(x instanceof PySlice)
      && !Array.isArray(x) && !(x instanceof Map) && !(x instanceof Set) && !(x instanceof Uint8Array)) {
      const ctor = (x as { constructor: unknown }).constructor;
      if (ctor === PyObject) return object;
      // A plain object that names its type (sys.stdout, `_io.TextIOWrapper`).
      const declared = (x as Record<symbol, unknown>)[Symbol.for('socklab.pytype')];
      if (ctor === Object && typeof declared === 'string') return _iteratorType(declared);
      // A TypeError the runtime or the socket module throws is JavaScript's; Python's class is its subclass.
      if (ctor === TypeError) return BUILTIN_EXCEPTIONS.TypeError;
      return io.classes?.get(ctor as Function) ?? ctor;
    }
    if (typeof x === 'function' && !(x as unknown as Record<symbol, unknown>)[_PY_TYPE_CHECK] && !(x as unknown as Record<symbol, unknown>)[PY_CLASS]
      && !/^class/.test(Function.prototype.toString.call(x)) && !_isClassFactory(x)) {
      if ((x as unknown as Record<symbol, unknown>)[PY_NATIVE]) return builtinFunctionType;
      return BOUND_SELF in x ? methodType : functionType;
    }
    const metatype = typeof x === 'function' ? (x as unknown as Record<symbol, unknown>)[METATYPE] : undefined;
    if (metatype !== undefined) return metatype;
    for (const t of TYPES) {
      if ((t as unknown as Record<symbol, (x: unknown) => boolean>)[_PY_TYPE_CHECK]!(x)) return t;
    }
    return typeType;
  }

  const print = native('print', async (args, kw) => {
    const sep = kw?.sep ?? ' ';
    const end = kw?.end ?? '\n';
    if (!isNone(sep) && typeof sep !== 'string') throw new TypeError(`sep must be None or a string, not ${pyTypeName(sep)}`);
    if (!isNone(end) && typeof end !== 'string') throw new TypeError(`end must be None or a string, not ${pyTypeName(end)}`);
    const parts: string[] = [];
    for (const x of args) parts.push(await toStr(x));
    const text = parts.join(isNone(sep) ? ' ' : sep) + (isNone(end) ? '\n' : end);
    const file = kw?.file;
    if (!isNone(file)) await invokeAttribute(file, 'write', [text], undefined);
    else io.write(text);
    return null;
  });

  const input = native('input', async (args) => {
    const line = await awaitWait(io.readLine(args.length > 0 ? await toStr(args[0]) : ''));
    if (line === undefined) throw new EOFError('EOF when reading a line');
    return line;
  });

  const builtins: Record<string, unknown> = {
    ...BUILTIN_EXCEPTIONS,
    print, input, int, float, str, bool, bytes: bytesType, bytearray, memoryview, list, tuple: tupleType, dict, set, frozenset, range, slice,
    object, type: typeType,
    None: null, True: true, False: false, NotImplemented: NOT_IMPLEMENTED, Ellipsis: ELLIPSIS,
    len: native('len', async (a) => _lenOf(a[0])),
    repr: native('repr', async (a) => toRepr(a[0])),
    ascii: native('ascii', async (a) => (await toRepr(a[0])).replace(/[^\x00-\x7f]/g, (c) => { const n = c.codePointAt(0)!; return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : n <= 0xffff ? `\\u${n.toString(16).padStart(4, '0')}` : `\\U${n.toString(16).padStart(8, '0')}`; })),
    format: native('format', async (a) => formatField(a[0], '', (a[1] as string | undefined) ?? '')),
    isinstance: native('isinstance', (a) => isInstance(a[0], a[1])),
    issubclass: native('issubclass', (a) => {
      const [c, p] = a as [Function, unknown];
      const parents = isTuple(p) ? p : [p];
      if (parents.some((q) => (q as Record<symbol, ((c: unknown) => boolean) | undefined> | null)?.[SUBCLASS_CHECK]?.call(q, c))) return true;
      const isError = c === Error || c?.prototype instanceof Error;
      // A Python subclass of dict extends the class standing for dict (builtin-bases.ts).
      const classOf = (q: unknown): unknown => (q as Record<symbol, unknown> | null)?.[Symbol.for('socklab.python.classOf')] ?? q;
      return parents.some((q) => q === c || (c === bool && q === int) || q === object
        || (typeof c === 'function' && namesBuiltinBase(c, q))
        || (typeof c === 'function' && classOf(q) !== q && c.prototype instanceof (classOf(q) as Function))
        || (q === BUILTIN_EXCEPTIONS.Exception && outsideException(c) ? false : typeof q === 'function' && typeof q.prototype === 'object' && c.prototype instanceof q)
        || (q === BUILTIN_EXCEPTIONS.BaseException && isError));
    }),
    enumerate: native('enumerate', (a, kw) => {
      const start = Number(intValue(a[1] ?? kw?.start ?? 0));
      const it = dunderIter(a[0]);
      if (isAsyncItems(it)) {
        return new LazyIterator((async function* () {
          let i = start;
          for await (const x of it) yield tuple(i++, x);
        })(), 'enumerate');
      }
      const items = it[Symbol.iterator]();
      return new BuiltinIterator((function* () {
        let i = start;
        for (let r = items.next(); !r.done; r = items.next()) yield tuple(i++, r.value);
      })(), 'enumerate');
    }),
    zip: native('zip', (a, kw) => {
      const strict = truthy(kw?.strict ?? false);
      if (a.some(isAsyncSource)) return new LazyIterator(_zipAsync(a, strict), 'zip');
      const its = a.map((x) => iter(x)[Symbol.iterator]());
      return new BuiltinIterator((function* () {
        if (its.length === 0) return;
        for (;;) {
          const items: unknown[] = [];
          for (const [i, it] of its.entries()) {
            const r = it.next();
            if (r.done) {
              if (strict) _zipStrictCheck(i, its.slice(1).map((other) => () => other.next().done === true));
              return;
            }
            items.push(r.value);
          }
          yield tuple(...items);
        }
      })(), 'zip');
    }),
    reversed: native('reversed', (a) => {
      const x = a[0];
      const back = (items: Iterable<unknown>, name: string) => new BuiltinIterator([...items].reverse()[Symbol.iterator](), name);
      if (x instanceof PyRange) return new BuiltinIterator(x.reversed()[Symbol.iterator](), 'range_iterator');
      if (isList(x)) return back(x, 'list_reverseiterator');
      if (Array.isArray(x) || typeof x === 'string' || x instanceof Uint8Array) return back(iter(x), 'reversed');
      if (x instanceof Map) return back(x.keys(), 'dict_reversekeyiterator');
      // The sequence protocol (len and x[i]) of a native object: a collections.deque.
      const n = slots(x);
      if (n?.[NATIVE_LEN] && n[NATIVE_GETITEM] && Symbol.iterator in n) return back(n as Iterable<unknown>, 'reversed');
      throw new TypeError(`'${pyTypeName(x)}' object is not reversible`);
    }),
    sorted: native('sorted', async (a, kw) => {
      const items = await collect(a[0]);
      await sortList(items, kw?.key, kw?.reverse);
      return items;
    }),
    min: native('min', (a, kw) => _minmax('min', a, kw)),
    max: native('max', (a, kw) => _minmax('max', a, kw)),
    sum: native('sum', async (a, kw) => {
      let total: unknown = a[1] ?? kw?.start ?? 0;
      if (typeof total === 'string') throw new TypeError("sum() can't sum strings [use ''.join(seq) instead]");
      for (const x of await collect(a[0])) total = dunderAdd(total, x) ?? (await dunder());
      return total;
    }),
    abs: native('abs', (a) => {
      const x = a[0];
      const special = _pythonNumber(x, '__abs__');
      if (special !== undefined) return special;
      if (x instanceof PyFloat) return new PyFloat(Math.abs(x.value));
      if (isInt(x)) { const v = intValue(x); return v < 0 ? (typeof v === 'bigint' ? normInt(-v) : -v) : v; }
      const r = slots(x)?.[NATIVE_UNARY]?.('abs');
      if (r !== undefined) return r;
      throw new TypeError(`bad operand type for abs(): '${pyTypeName(x)}'`);
    }),
    round: native('round', (a, kw) => {
      const ndigits = a.length > 1 ? a[1] : kw?.ndigits;
      const special = userMethod(a[0], '__round__');
      if (special) return invoke(special, a[0], ndigits === undefined ? [] : [ndigits], undefined);
      return round(a[0], ndigits, _round);
    }),
    divmod: native('divmod', async (a) => dunderDivmod(a[0], a[1]) ?? (await dunder())),
    pow: native('pow', (a, kw) => {
      const [base, exp, modulus] = [0, 1, 2].map((i) => (i < a.length ? a[i] : kw?.[['base', 'exp', 'mod'][i]!]));
      return modulus === undefined || isNone(modulus) ? (dunderPow(base, exp) ?? dunder()) : powMod(base, exp, modulus);
    }),
    chr: native('chr', (a) => {
      if (!isInt(a[0])) throw new TypeError(`'${pyTypeName(a[0])}' object cannot be interpreted as an integer`);
      const n = Number(intValue(a[0]));
      if (n < 0 || n > 0x10ffff) throw new ValueError('chr() arg not in range(0x110000)');
      return String.fromCodePoint(n);
    }),
    ord: native('ord', (a) => {
      const x = a[0];
      if (typeof x === 'string' && [...x].length === 1) return x.codePointAt(0);
      if (x instanceof Uint8Array && x.length === 1) return x[0];
      if (typeof x === 'string') throw new TypeError(`ord() expected a character, but string of length ${[...x].length} found`);
      throw new TypeError(`ord() expected string of length 1, but ${pyTypeName(x)} found`);
    }),
    hex: native('hex', (a) => _withIndex(a[0], (v) => _prefixed(v, 16, '0x'))),
    oct: native('oct', (a) => _withIndex(a[0], (v) => _prefixed(v, 8, '0o'))),
    bin: native('bin', (a) => _withIndex(a[0], (v) => _prefixed(v, 2, '0b'))),
    any: native('any', async (a) => { for await (const x of dunderIter(a[0])) if (await _bool(x)) return true; return false; }),
    all: native('all', async (a) => { for await (const x of dunderIter(a[0])) if (!(await _bool(x))) return false; return true; }),
    // Lazy, as in CPython: the sources are iter()'d at once, f is called once per item asked for.
    map: native('map', (a) => {
      const [f, ...its] = a;
      if (its.length === 0) throw new TypeError('map() must have at least two arguments.');
      for (const x of its) if (!isAsyncSource(x)) iter(x);
      const rows = (builtins.zip as unknown as NativeFunction)(its, undefined) as Iterable<unknown[]> | AsyncIterable<unknown[]>;
      return new LazyIterator((async function* () {
        for await (const row of rows) yield await invoke(f, undefined, [...row], undefined);
      })(), 'map');
    }),
    filter: native('filter', (a) => {
      if (a.length !== 2) throw new TypeError(`filter expected 2 arguments, got ${a.length}`);
      const [f, src] = a;
      const items = dunderIter(src);
      return new LazyIterator((async function* () {
        for await (const x of items) if (await _bool(isNone(f) ? x : await invoke(f, undefined, [x], undefined))) yield x;
      })(), 'filter');
    }),
    iter: native('iter', (a) => {
      if (a.length === 2) return _callableIterator(a[0], a[1]);
      const x = a[0];
      if (x instanceof PyCoroutine) throw new TypeError("'coroutine' object is not iterable");
      if (x instanceof PyGenerator || x instanceof LazyIterator || x instanceof BuiltinIterator) return x;
      const f = userMethod(x, '__iter__');
      if (f) return invoke(f, x, [], undefined);
      const it = dunderIter(x);
      if (isAsyncItems(it)) return it[Symbol.asyncIterator]();
      const name = _iteratorName(x);
      return name === undefined ? it[Symbol.iterator]() : new BuiltinIterator(it[Symbol.iterator](), name);
    }),
    next: native('next', async (a) => {
      const f = userMethod(a[0], '__next__');
      if (f) {
        try {
          return await invoke(f, a[0], [], undefined);
        } catch (e) {
          if (e instanceof StopIteration && a.length > 1) return a[1];
          throw e;
        }
      }
      const it = a[0] as Iterator<unknown> | AsyncIterator<unknown>;
      if (typeof it?.next !== 'function' || isUserInstance(it)) throw new TypeError(`'${pyTypeName(it)}' object is not an iterator`);
      const r = await it.next();
      if (r.done) {
        if (a.length > 1) return a[1];
        // A generator's `return v`: StopIteration(v), its .value.
        throw it instanceof PyGenerator && r.value !== undefined && r.value !== null ? new StopIteration(r.value) : new StopIteration();
      }
      return r.value;
    }),
    // aiter(x): x.__aiter__() (an async generator is its own); anext(it[, default]): the awaitable of its next item.
    aiter: native('aiter', async (a) => {
      const x = a[0];
      if (x instanceof PyAsyncGenerator) return x;
      const f = userMethod(x, '__aiter__');
      if (!f) throw new TypeError(`'${pyTypeName(x)}' object is not an async iterable`);
      const it = await invoke(f, x, [], undefined);
      if (!(it instanceof PyAsyncGenerator) && !userMethod(it, '__anext__')) throw new TypeError(`aiter() returned not an async iterator of type '${pyTypeName(it)}'`);
      return it;
    }),
    anext: native('anext', (a) => anextOf(a[0], a.length > 1 ? { value: a[1] } : undefined)),
    hasattr: native('hasattr', (a) => hasattr(a[0], a[1] as string)),
    getattr: native('getattr', async (a) => {
      if (a.length <= 2) return getattrAwaited(a[0], a[1] as string);
      try {
        return await getattrAwaited(a[0], a[1] as string);
      } catch (e) {
        if (e instanceof AttributeError) return a[2];
        throw e;
      }
    }),
    // A property's setter or deleter runs (and is awaited) as an assignment's would.
    setattr: native('setattr', async (a) => { await (setattr(a[0], a[1] as string, a[2]) ?? dunder()); return null; }),
    delattr: native('delattr', async (a) => { await (delattr(a[0], a[1] as string) ?? dunder()); return null; }),
    ...descriptors,
    callable: native('callable', (a) => typeof a[0] === 'function' || userMethod(a[0], '__call__') !== undefined
      || (typeof a[0] === 'object' && a[0] !== null && CALL_TARGET in a[0])),
    id: native('id', (a) => ((typeof a[0] === 'object' || typeof a[0] === 'function') && a[0] !== null ? objectId(a[0]) : 0)),
    hash: native('hash', (a) => _hash(a[0])),
    dir: native('dir', (a) => dirOf(a[0])),
    vars: native('vars', (a) => new PyDict(Object.entries(a[0] as object))),
    open: native('open', (a, kw) => {
      const file = a[0] ?? kw?.file;
      const mode = (a[1] ?? kw?.mode ?? 'r') as string;
      if (typeof file !== 'string') throw new TypeError(`expected str, bytes or os.PathLike object, not ${pyTypeName(file)}`);
      return new PyFile(file, mode, ((a[3] ?? kw?.encoding ?? 'UTF-8') as string));
    }),
    exit: native('exit', (a) => { throw new SystemExit(...a); }),
    quit: native('quit', (a) => { throw new SystemExit(...a); }),
    eq: undefined,
  };
  delete builtins.eq;
  void eq;
  void Exception;
  addBuiltinDunders(builtins as DunderBuiltins);
  return builtins;
}

export { PY_NATIVE };
