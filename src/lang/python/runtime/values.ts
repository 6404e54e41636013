// Python's values where JavaScript has none of its own: float (distinct from int, so 5.0 prints
// 5.0), IntEnum members (`<AddressFamily.AF_INET: 2>`), dict and set keyed by value (a chat
// server's `clients[addr]` with tuple keys), range, slice and keyword arguments in a call.
// Everything else is a JS value: str = string, int = number (BigInt past 2**53), bool = boolean,
// None = null (undefined from JS code reads as None too), list = array, tuple = the socket module's
// tuple, bytes = the socket module's bytes.
import { bytes } from '../../../socket/bytes.ts';
import { ValueError } from '../../../socket/exceptions.ts';
import { pyRepr, repr } from '../../../socket/format.ts';
import { isTuple, tuple } from '../../../socket/tuple.ts';
import { BufferError } from './exceptions.ts';
import { PyFrozenSet } from './set.ts';
import { NATIVE_HASH, type Slots } from './native.ts';

const _PYTYPE = Symbol.for('socklab.pytype');

/** Python's float. A box, because a JS number cannot say whether it was 5 or 5.0. */
export class PyFloat {
  constructor(readonly value: number) {}
  valueOf(): number {
    return this.value;
  }
  [pyRepr](): string {
    return floatRepr(this.value);
  }
}
Object.defineProperty(PyFloat.prototype, _PYTYPE, { value: 'float' });

/** float_repr: shortest round-trip digits; integral values keep their `.0`. */
export function floatRepr(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return Object.is(v, -0) ? '-0.0' : `${v}.0`;
  return repr(v);
}

/** An IntEnum member (`socket.AF_INET`): an int that shows its enum's name in repr(). */
export class PyIntEnum {
  constructor(readonly enumName: string, readonly name: string, readonly value: number) {}
  valueOf(): number {
    return this.value;
  }
  [pyRepr](): string {
    return `<${this.enumName}.${this.name}: ${this.value}>`;
  }
}
Object.defineProperty(PyIntEnum.prototype, _PYTYPE, { get(this: PyIntEnum) { return this.enumName; } });

/** An IntFlag class's members, in definition order, and how its reprs start (`re.`). */
export interface FlagClass {
  readonly name: string;
  readonly prefix: string;
  readonly members: readonly (readonly [string, number])[];
}

/**
 * A member (or combination) of an IntFlag such as re.RegexFlag: an int that prints as its
 * members (`re.IGNORECASE|re.MULTILINE`), and that `|`, `&`, `^` and `~` keep a flag (ops.ts).
 */
export class PyIntFlag extends PyIntEnum {
  constructor(readonly flagClass: FlagClass, value: number) {
    super(flagClass.name, _flagNames(flagClass, value).join('|'), value);
  }
  override [pyRepr](): string {
    const { prefix } = this.flagClass;
    const names = _flagNames(this.flagClass, this.value).map((n) => `${prefix}${n}`);
    const rest = this.value & ~this.flagClass.members.reduce((bits, [, v]) => bits | v, 0);
    if (rest !== 0) names.push(`0x${rest.toString(16)}`);
    return names.join('|');
  }
}

/** The members a flag value is made of (enum's _decompose): single bits, in definition order, or the zero member. */
function _flagNames(cls: FlagClass, value: number): string[] {
  if (value === 0) return cls.members.filter(([, v]) => v === 0).map(([n]) => n);
  return cls.members.filter(([, v]) => v !== 0 && (v & (v - 1)) === 0 && (value & v) === v).map(([n]) => n);
}

/** `a op b` on flags: a flag of the same class when either side is one and the other an int. */
export function flagResult(a: unknown, b: unknown, result: unknown): unknown {
  const cls = a instanceof PyIntFlag ? a.flagClass : b instanceof PyIntFlag ? b.flagClass : undefined;
  if (!cls || typeof result !== 'number') return result;
  const other = a instanceof PyIntFlag ? b : a;
  if (other instanceof PyIntFlag && other.flagClass !== cls) return result;
  return new PyIntFlag(cls, result);
}

/** A builtin singleton that is only itself: NotImplemented, Ellipsis (`...`). */
class _Singleton {
  constructor(private readonly _name: string, typeName: string) {
    Object.defineProperty(this, _PYTYPE, { value: typeName });
  }
  [pyRepr](): string {
    return this._name;
  }
}
export const NOT_IMPLEMENTED = new _Singleton('NotImplemented', 'NotImplementedType');
export const ELLIPSIS = new _Singleton('Ellipsis', 'ellipsis');

/** Python's keyword arguments of one call, passed as the last argument to py.call(). */
export class Kwargs {
  constructor(readonly values: Record<string, unknown>) {}
}

export const isNone = (x: unknown): x is null | undefined => x === null || x === undefined;

/**
 * A str, or an instance of a Python subclass of str (a JS String object, builtin-bases.ts) as the
 * str it is: the operators take both (`name + '!'`, `name == 'bob'`, `d[name]`).
 */
export const strValue = (x: unknown): unknown => (x instanceof String ? x.valueOf() : x);
export const isFloat = (x: unknown): x is PyFloat => x instanceof PyFloat;
export const isBytesLike = (x: unknown): x is Uint8Array => x instanceof Uint8Array;
export const isList = (x: unknown): x is unknown[] => Array.isArray(x) && !isTuple(x);

/** int, bool and IntEnum members: Python's ints. */
export function isInt(x: unknown): boolean {
  return (typeof x === 'number') || typeof x === 'bigint' || typeof x === 'boolean' || x instanceof PyIntEnum;
}

/** An int as a JS number or bigint (bool → 0/1, enum → its value). */
export function intValue(x: unknown): number | bigint {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyIntEnum) return x.value;
  throw new TypeError('not an int');
}

/** A bigint back to a number when it fits, as Python has one int type. */
export function normInt(x: bigint): number | bigint {
  return x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x;
}

/** Any real number as a JS number (for float arithmetic). */
export function realValue(x: unknown): number {
  if (x instanceof PyFloat) return x.value;
  return Number(intValue(x));
}

export const isReal = (x: unknown): boolean => isInt(x) || x instanceof PyFloat;

// ---------------------------------------------------------------------------------------------
// dict and set (set.ts): JS Maps keyed by a value key, so 1, 1.0 and True are one key, and two equal
// tuples or bytes are one key, as Python's hash and == make them.

const _objectKeys = new WeakMap<object, number>();
let _objectCount = 0;

/** The Map key standing for Python value `k`. */
export function hashKey(k: unknown): unknown {
  switch (typeof k) {
    case 'string':
    case 'number':
      return k;
    case 'boolean':
      return k ? 1 : 0;
    case 'bigint':
      return normInt(k);
    case 'undefined':
      return null;
  }
  if (k === null) return null;
  if (k instanceof String) return k.valueOf();
  if (k instanceof PyFloat) return k.value;
  if (k instanceof PyIntEnum) return k.value;
  if (isTuple(k)) return `\u0000t(${k.map((x) => _keyText(hashKey(x))).join(',')})`;
  if (k instanceof bytes) return `\u0000b${Buffer.from(k).toString('latin1')}`;
  if (Array.isArray(k)) throw new TypeError("unhashable type: 'list'");
  if (k instanceof PyDict) throw new TypeError("unhashable type: 'dict'");
  // A frozenset is keyed by its members' keys in a fixed order: equal frozensets share a key.
  if (k instanceof PyFrozenSet) return `\u0000f(${Array.from(k, (x) => _keyText(hashKey(x))).sort().join(',')})`;
  if (k instanceof Set) throw new TypeError("unhashable type: 'set'"); // PySet (set.ts)
  if (k instanceof Uint8Array) throw new TypeError("unhashable type: 'bytearray'");
  const user = _userKeys.get(k as object);
  if (user !== undefined) return user;
  const method = boundMethodParts(k);
  if (method) return _boundMethodKey(...method);
  const own = (k as Slots)[NATIVE_HASH];
  if (own) return own.call(k);
  if ((k as { __hash__?: unknown }).__hash__ === null) throw new TypeError(`unhashable type: '${(k as object).constructor.name}'`);
  return k as object;
}

// A bound method, builtin or Python: `x.append == x.append` and `{a.m, a.m}` has one element, as
// method_richcompare and method_hash (Objects/classobject.c, methodobject.c) compare and hash
// `__self__` by identity and `__func__`. call.ts marks each bound method with both (BOUND_SELF,
// BOUND_FUNCTION), attributes.ts each builtin one (the NATIVE_ pair, which is not a Python method).
const _BOUND_SELF = Symbol.for('socklab.python.boundSelf');
const _BOUND_FUNCTION = Symbol.for('socklab.python.boundFunction');
export const NATIVE_BOUND_SELF = Symbol('builtin method self');
export const NATIVE_BOUND_FUNCTION = Symbol('builtin method function');
const _methodKeys = new WeakMap<object, WeakMap<Function, object>>();
const _methodKeysOfValues = new Map<unknown, WeakMap<Function, object>>();

/** The object a bound method is and the function it calls, or undefined for another value. */
export function boundMethodParts(f: unknown): [self: unknown, func: Function] | undefined {
  if (typeof f !== 'function') return undefined;
  const marks = f as unknown as Record<symbol, unknown>;
  if (_BOUND_FUNCTION in f) return [marks[_BOUND_SELF], marks[_BOUND_FUNCTION] as Function];
  if (NATIVE_BOUND_FUNCTION in f) return [marks[NATIVE_BOUND_SELF], marks[NATIVE_BOUND_FUNCTION] as Function];
  return undefined;
}

/** One key for every bound method of the same object and function. */
function _boundMethodKey(self: unknown, func: Function): object {
  const bySelf = typeof self === 'object' && self !== null || typeof self === 'function'
    ? _methodKeys.get(self as object) ?? _methodKeys.set(self as object, new WeakMap()).get(self as object)!
    : _methodKeysOfValues.get(hashKey(self)) ?? _methodKeysOfValues.set(hashKey(self), new WeakMap()).get(hashKey(self))!;
  let key = bySelf.get(func);
  if (!key) bySelf.set(func, (key = {}));
  return key;
}

// Instances of Python classes with __hash__ (and __eq__): the key of such an object is computed
// once, asynchronously, by the operator that first needs it (dunders.ts): objects with the same
// hash that are == share a key, as in a CPython dict.
const _PY_CLASS = Symbol.for('socklab.python.class');
const _userKeys = new WeakMap<object, string>();
const _sameHash = new Map<string, object[]>();

/** Whether `k` is an instance of a Python class with its own __hash__, not keyed yet. */
export function hasUserHash(k: unknown): boolean {
  if (typeof k !== 'object' || k === null || _userKeys.has(k)) return false;
  const ctor = (k as { constructor?: Record<symbol, unknown> }).constructor;
  return Boolean(ctor?.[_PY_CLASS]) && typeof (k as { __hash__?: unknown }).__hash__ === 'function';
}

/** Computes (and remembers) the key of `k` from its __hash__ and, among equal hashes, its __eq__. */
export async function userHashKey(k: object, hash: () => Promise<unknown>, equal: (a: unknown, b: unknown) => Promise<boolean>): Promise<void> {
  const h = await hash();
  if (!isInt(h)) throw new TypeError('__hash__ method should return an integer');
  const text = String(intValue(h));
  const peers = _sameHash.get(text) ?? [];
  let i = 0;
  for (; i < peers.length; i++) if (peers[i] === k || (await equal(peers[i], k))) break;
  if (i === peers.length) peers.push(k);
  _sameHash.set(text, peers);
  _userKeys.set(k, `\u0000h${text}#${i}`);
}

function _keyText(k: unknown): string {
  if (typeof k === 'string') return JSON.stringify(k);
  if (typeof k === 'object' && k !== null) {
    let id = _objectKeys.get(k);
    if (id === undefined) _objectKeys.set(k, (id = ++_objectCount));
    return `@${id}`;
  }
  return String(k);
}

/** Python's dict: insertion-ordered, keyed by value. Iterates as [key, value] like a Map. */
export class PyDict extends Map<unknown, unknown> {
  static readonly pyTypeName: string = 'dict';
  // A true private field: vars() of a dict subclass's instance lists only what Python set on it.
  readonly #keys = new Map<unknown, unknown>();
  constructor(entries?: Iterable<readonly [unknown, unknown]>) {
    super();
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }
  override get(k: unknown): unknown {
    return super.get(hashKey(k));
  }
  override has(k: unknown): boolean {
    return super.has(hashKey(k));
  }
  override set(k: unknown, v: unknown): this {
    const h = hashKey(k);
    if (!this.#keys.has(h)) this.#keys.set(h, k);
    super.set(h, v);
    return this;
  }
  override delete(k: unknown): boolean {
    const h = hashKey(k);
    this.#keys.delete(h);
    return super.delete(h);
  }
  override clear(): void {
    this.#keys.clear();
    super.clear();
  }
  override *keys(): MapIterator<unknown> {
    yield* this.#keys.values();
  }
  override *entries(): MapIterator<[unknown, unknown]> {
    for (const [h, k] of this.#keys) yield [k, super.get(h)];
  }
  override [Symbol.iterator](): MapIterator<[unknown, unknown]> {
    return this.entries();
  }
  override forEach(fn: (v: unknown, k: unknown, m: Map<unknown, unknown>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

export { PyFrozenSet, PySet } from './set.ts';

/** dict.keys() / values() / items(): live views that print as CPython's. */
export class DictView {
  constructor(readonly dict: PyDict, readonly kind: 'keys' | 'values' | 'items') {}
  *[Symbol.iterator](): Iterator<unknown> {
    for (const [k, v] of this.dict) yield this.kind === 'keys' ? k : this.kind === 'values' ? v : tuple(k, v);
  }
  get length(): number {
    return this.dict.size;
  }
  [pyRepr](): string {
    return `dict_${this.kind}(${repr([...this])})`;
  }
}
Object.defineProperty(DictView.prototype, _PYTYPE, { get(this: DictView) { return `dict_${this.kind}`; } });

/**
 * Python's range(start, stop, step), lazy. Its ints are Python's (a number, or a bigint past 2**53);
 * while all three are safe integers it counts in numbers, otherwise in bigints, as CPython's
 * longrangeobject does past a C long.
 */
export class PyRange {
  readonly start: number | bigint;
  readonly stop: number | bigint;
  readonly step: number | bigint;
  /** Whether it counts in bigints. */
  private readonly _big: boolean;
  constructor(start: number | bigint, stop: number | bigint, step: number | bigint) {
    this._big = [start, stop, step].some((n) => typeof n === 'bigint' || !Number.isSafeInteger(n));
    this.start = _pythonInt(start);
    this.stop = _pythonInt(stop);
    this.step = _pythonInt(step);
  }
  /** len(), exactly. */
  get bigLength(): bigint {
    const [start, stop, step] = [BigInt(this.start), BigInt(this.stop), BigInt(this.step)];
    const n = step > 0n ? (stop - start + step - 1n) / step : (start - stop - step - 1n) / -step;
    return n > 0n ? n : 0n;
  }
  get length(): number {
    if (this._big) return Number(this.bigLength);
    const start = this.start as number, stop = this.stop as number, step = this.step as number;
    const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
    return Math.max(0, n);
  }
  at(i: number | bigint): number | bigint {
    if (!this._big && typeof i === 'number') return (this.start as number) + i * (this.step as number);
    return normInt(BigInt(this.start) + BigInt(i) * BigInt(this.step));
  }
  /** The index of the int `v` in the range, or -1 (range_index() in Objects/rangeobject.c, by arithmetic). */
  indexOf(v: number | bigint): number | bigint {
    const offset = BigInt(v) - BigInt(this.start);
    const step = BigInt(this.step);
    if (offset % step !== 0n) return -1;
    const i = offset / step;
    return i >= 0n && i < this.bigLength ? normInt(i) : -1;
  }
  /** reversed(): the same ints from the last down. */
  reversed(): PyRange {
    const n = this.bigLength;
    if (n === 0n) return new PyRange(0, 0, 1);
    const last = BigInt(this.at(normInt(n - 1n)));
    const step = BigInt(this.step);
    return new PyRange(normInt(last), normInt(BigInt(this.start) - step), normInt(-step));
  }
  *[Symbol.iterator](): Iterator<number | bigint> {
    if (!this._big) {
      const start = this.start as number, stop = this.stop as number, step = this.step as number;
      if (step > 0) for (let i = start; i < stop; i += step) yield i;
      else for (let i = start; i > stop; i += step) yield i;
      return;
    }
    const [start, stop, step] = [BigInt(this.start), BigInt(this.stop), BigInt(this.step)];
    if (step > 0n) for (let i = start; i < stop; i += step) yield normInt(i);
    else for (let i = start; i > stop; i += step) yield normInt(i);
  }
  [pyRepr](): string {
    return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
  }
}

function _pythonInt(n: number | bigint): number | bigint {
  return typeof n === 'bigint' ? normInt(n) : n;
}
Object.defineProperty(PyRange.prototype, _PYTYPE, { value: 'range' });

/** Python's slice(start, stop, step), as `x[a:b:c]` makes it. */
export class PySlice {
  static readonly pyTypeName = 'slice';
  constructor(readonly start: unknown, readonly stop: unknown, readonly step: unknown) {}
  /** PySlice_AdjustIndices: the concrete start, stop and step for a sequence of `length`. */
  indices(length: number): [number, number, number] {
    const step = isNone(this.step) ? 1 : Number(intValue(this.step));
    if (step === 0) throw new ValueError('slice step cannot be zero');
    const clamp = (v: unknown, dflt: number): number => {
      if (isNone(v)) return dflt;
      let n = Number(intValue(v));
      if (n < 0) n += length;
      if (step > 0) return Math.min(Math.max(n, 0), length);
      return Math.min(Math.max(n, -1), length - 1);
    };
    const start = clamp(this.start, step > 0 ? 0 : length - 1);
    const stop = clamp(this.stop, step > 0 ? length : -1);
    return [start, stop, step];
  }
  /** The indices this slice selects in a sequence of `length`. */
  *range(length: number): Iterable<number> {
    const [start, stop, step] = this.indices(length);
    if (step > 0) for (let i = start; i < stop; i += step) yield i;
    else for (let i = start; i > stop; i += step) yield i;
  }
  [pyRepr](): string {
    return `slice(${repr(this.start ?? null)}, ${repr(this.stop ?? null)}, ${repr(this.step ?? null)})`;
  }
}

// ---------------------------------------------------------------------------------------------
// bytearray: a Uint8Array over a resizable ArrayBuffer that tracks its length, so append(),
// extend(), `+=` and slice assignment change the object in place (another name bound to it sees
// the change, as in CPython), and the socket module still takes it as any byte buffer.

/** The most a bytearray may grow to (address space is reserved, not memory). */
const _BYTEARRAY_MAX = 2 ** 31;

interface _Resizable {
  resizable?: boolean;
  maxByteLength?: number;
  resize?: (n: number) => void;
}

/** A new bytearray holding `src`. */
export function makeByteArray(src: ArrayLike<number> = []): Uint8Array {
  const buffer = new (ArrayBuffer as unknown as new (n: number, o: { maxByteLength: number }) => ArrayBuffer)(src.length, {
    maxByteLength: Math.max(_BYTEARRAY_MAX, src.length),
  });
  const out = new Uint8Array(buffer);
  out.set(src);
  return out;
}

/** Replaces `ba[start:stop]` with `items`, growing or shrinking the bytearray in place. */
export function spliceByteArray(ba: Uint8Array, start: number, stop: number, items: ArrayLike<number>): void {
  const buffer = ba.buffer as unknown as _Resizable;
  const tail = ba.slice(stop);
  const length = start + items.length + tail.length;
  if (length !== ba.length) {
    if (!buffer.resizable || length > buffer.maxByteLength!) throw new BufferError('Existing exports of data: object cannot be re-sized');
    if (length > ba.length) buffer.resize!(length);
  }
  ba.set(items, start);
  ba.set(tail, start + items.length);
  if (length < ba.length) buffer.resize!(length);
}
