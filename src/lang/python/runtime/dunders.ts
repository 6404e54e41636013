// Python's operators on instances of Python classes: __eq__/__ne__, __lt__, __bool__ / __len__
// (truthiness), __contains__, __getitem__/__setitem__/__delitem__, __add__ (and the reflected
// __radd__), __neg__, __hash__ for set members and dict keys, __iter__/__next__ (or __getitem__
// alone) for loops and unpacking, __str__/__repr__ for `%`.
//
// A Python method is an async function, and the operators (py.eq, py.truthy, py.add, …) are
// synchronous, because awaiting every `==` or `if not data` in a loop would make it ~100× slower.
// So an operator that meets a Python class's dunder method starts it, keeps its promise here and
// returns undefined; the translated code then awaits it: `py.eq(a, b) ?? await py.dunder()`.
// On builtin values the operator returns its (never nullish) result at once and `??` costs nothing.
// The runtime's own code uses ops.ts, which never defers.
import { bytes } from '../../../socket/bytes.ts';
import { ValueError } from '../../../socket/exceptions.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { isTuple, tuple } from '../../../socket/tuple.ts';
import { PY_CLASS, invoke, isUserInstance as _isUser } from './call.ts';
import { IndexError, StopIteration } from './exceptions.ts';
import { NATIVE_MISSING, type Slots } from './native.ts';
import * as ops from './ops.ts';
import { divmod as numericDivmod } from './numeric.ts';
import { Shown, needsShowing, toRepr, toStr } from './show.ts';
import { NOT_IMPLEMENTED, PyDict, PyFloat, PySet, hasUserHash, intValue, isInt, userHashKey } from './values.ts';

const _PYTYPE = Symbol.for('socklab.pytype');

let _pending: Promise<unknown> | undefined;

function _defer(p: Promise<unknown>): undefined {
  _pending = p;
  return undefined;
}

/**
 * Defers `p` as an operator does: attribute access that runs a property's Python getter
 * (property.ts), the runtime's other operators (mapping.ts): `p` is what the translated code awaits.
 */
export const defer = _defer;

/** The result of the dunder method the last operator started (null when the operator's own result was None). */
export function dunder(): Promise<unknown> | null {
  const p = _pending;
  _pending = undefined;
  return p ?? null;
}

/** `x`'s method `name` when `x` is an instance of a Python class that has one. */
export function userMethod(x: unknown, name: string): Function | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const ctor = (x as { constructor?: Record<symbol, unknown> }).constructor;
  if (!ctor?.[PY_CLASS]) return undefined;
  const f = (x as Record<string, unknown>)[name];
  return typeof f === 'function' ? f : undefined;
}


/**
 * a.op(b), else b.rop(a); NotImplemented from one moves on to the other (binary_op1). When b's
 * class is a subclass of a's that overrides the reflected method, b goes first.
 */
async function _binary(a: unknown, b: unknown, name: string, rname: string, fallback: () => unknown): Promise<unknown> {
  const g0 = userMethod(b, rname);
  if (g0 && _isUser(a) && _isUser(b) && (a as object).constructor !== (b as object).constructor
    && b instanceof (a as object).constructor && g0 !== userMethod(a, rname)) {
    const r = await invoke(g0, b, [a], undefined);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  const f = userMethod(a, name);
  if (f) {
    const r = await invoke(f, a, [b], undefined);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  const g = userMethod(b, rname);
  if (g) {
    const r = await invoke(g, b, [a], undefined);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  return fallback();
}

/** Python's `a == b` when a Python class may answer: __eq__, then the reflected __eq__, then identity. */
export async function richEq(a: unknown, b: unknown): Promise<boolean> {
  if (_userEq(a) || _userEq(b)) return ops.truthy(await _binary(a, b, '__eq__', '__eq__', () => a === b));
  if (!Array.isArray(a) || !Array.isArray(b)) return ops.eq(a, b);
  return isTuple(a) === isTuple(b) && a.length === b.length && _seqEq(a, b);
}

/** `[e] == [3]`: item by item, identity first (PyObject_RichCompareBool), awaiting a Python __eq__. */
async function _seqEq(a: unknown[], b: unknown[]): Promise<boolean> {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const r = eq(a[i], b[i]);
    if (!(r ?? (await dunder()))) return false;
  }
  return true;
}

/** x's __ne__(y), else not x.__eq__(y) (object.__ne__), NotImplemented when x has neither. */
async function _neOf(x: unknown, y: unknown): Promise<unknown> {
  const ne = userMethod(x, '__ne__');
  if (ne) return invoke(ne, x, [y], undefined);
  // A subclass of str, int, list or dict inherits the builtin's __ne__, not object's inverse of __eq__.
  if (_isUser(x) && _isBuiltin(x)) return !ops.eq(x, y);
  const eqm = userMethod(x, '__eq__');
  if (!eqm) return NOT_IMPLEMENTED;
  const r = await invoke(eqm, x, [y], undefined);
  return r === NOT_IMPLEMENTED ? r : !ops.truthy(r);
}

async function _richNe(a: unknown, b: unknown): Promise<unknown> {
  for (const [x, y] of [[a, b], [b, a]]) {
    const r = await _neOf(x, y);
    if (r !== NOT_IMPLEMENTED) return _result(r);
  }
  return a !== b;
}

/**
 * What `a == b` gives when a Python method answered: its own result (`print(x != y)` shows what
 * __ne__ returned) when JS's truthiness of it is Python's, as the translated `if` tests it; else its bool.
 */
function _result(r: unknown): unknown {
  const same = typeof r === 'boolean' || typeof r === 'string' || typeof r === 'bigint' || r === null || (typeof r === 'number' && !Number.isNaN(r));
  return same ? r : ops.truthy(r);
}

const _userEq = (x: unknown): boolean => userMethod(x, '__eq__') !== undefined;

/**
 * Whether `a == b` goes to a Python class: one side has __eq__ (`b == 3` and `3 == b` alike), or
 * both are lists or tuples of one length holding such an instance. `data == b'quit'` never is.
 */
function _rich(a: unknown, b: unknown): boolean {
  if (_userEq(a) || _userEq(b)) return true;
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && (a.some(_userEq) || b.some(_userEq));
}

/**
 * The one float nan on both sides of `==` or `!=`: float_richcompare has no identity shortcut
 * (`n == n` is False), though a container's comparison (ops.eq: `[n] == [n]`, `n in [n]`) has one.
 */
const _sameNaN = (a: unknown, b: unknown): boolean => a === b && a instanceof PyFloat && Number.isNaN(a.value);

export function eq(a: unknown, b: unknown): boolean | undefined {
  if (typeof a !== 'object' && typeof b !== 'object') return ops.eq(a, b);
  if (_sameNaN(a, b)) return false;
  if (_userEq(a) || _userEq(b)) return _defer(_binary(a, b, '__eq__', '__eq__', () => a === b).then(_result));
  if (_rich(a, b)) return _defer(richEq(a, b));
  return ops.eq(a, b);
}

export function ne(a: unknown, b: unknown): boolean | undefined {
  if (typeof a !== 'object' && typeof b !== 'object') return !ops.eq(a, b);
  if (_sameNaN(a, b)) return true;
  if (userMethod(a, '__ne__') || userMethod(b, '__ne__') || _userEq(a) || _userEq(b)) return _defer(_richNe(a, b));
  if (_rich(a, b)) return _defer(richEq(a, b).then((r) => !r));
  return !ops.eq(a, b);
}

/** Whether a list or tuple holds an instance of a Python class, at any depth. */
function _holdsUser(x: unknown[]): boolean {
  return x.some((y) => _isUser(y) || (Array.isArray(y) && _holdsUser(y)));
}

/**
 * `(1, job) < (1, other)`: the first items that are not equal (identity, then ==, which may be a
 * Python __eq__) decide with the operator itself, which may be a Python __lt__; equal prefixes
 * leave it to the lengths (list_richcompare, tuplerichcompare).
 */
async function _orderItems(order: (a: unknown, b: unknown) => boolean | undefined, lengths: (a: unknown, b: unknown) => boolean, a: unknown[], b: unknown[]): Promise<unknown> {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) continue;
    const same = eq(a[i], b[i]);
    if (same ?? (await dunder())) continue;
    const r = order(a[i], b[i]);
    return r ?? (await dunder());
  }
  return lengths(a.length, b.length);
}

function _order(op: string, name: string, reflected: string, sync: (a: unknown, b: unknown) => boolean) {
  const order = (a: unknown, b: unknown): boolean | undefined => {
    if ((typeof a !== 'object' && typeof b !== 'object') || (!_isUser(a) && !_isUser(b))) {
      if (!Array.isArray(a) || !Array.isArray(b)) return sync(a, b);
      // Sequences compare in JS until an item is a Python class's instance: then its methods run.
      try {
        return sync(a, b);
      } catch (error) {
        if (isTuple(a) !== isTuple(b) || !(_holdsUser(a) || _holdsUser(b))) throw error;
        return _defer(_orderItems(order, sync, a, b));
      }
    }
    return _defer(_binary(a, b, name, reflected, () => {
      // A subclass of int or list compares as the builtin does.
      if ((!_isUser(a) || _isBuiltin(a)) && (!_isUser(b) || _isBuiltin(b))) return sync(a, b);
      throw new TypeError(`'${op}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`);
    }).then(_result));
  };
  return order;
}

export const lt = _order('<', '__lt__', '__gt__', ops.lt);
export const le = _order('<=', '__le__', '__ge__', ops.le);
export const gt = _order('>', '__gt__', '__lt__', ops.gt);
export const ge = _order('>=', '__ge__', '__le__', ops.ge);

/** `a < b` for sorted(), min() and max(), which may await. */
export async function lessThan(a: unknown, b: unknown): Promise<boolean> {
  const r = lt(a, b);
  return r === undefined ? (dunder() as Promise<boolean>) : r;
}

/** bool(x): __bool__, else __len__ != 0, else True. */
export async function richTruthy(x: unknown): Promise<boolean> {
  const b = userMethod(x, '__bool__');
  if (b) {
    const r = await invoke(b, x, [], undefined);
    if (typeof r !== 'boolean') throw new TypeError(`__bool__ should return bool, returned ${pyTypeName(r)}`);
    return r;
  }
  const n = userMethod(x, '__len__');
  if (n) return (await userLen(x, n)) !== 0;
  return true;
}

/** len(x) of a Python class: __len__'s result, which must be an int >= 0 (slot_sq_length). */
export async function userLen(x: unknown, f: Function): Promise<number> {
  const r = await invoke(f, x, [], undefined);
  if (!isInt(r)) throw new TypeError(`'${pyTypeName(r)}' object cannot be interpreted as an integer`);
  const n = Number(intValue(r));
  if (n < 0) throw new ValueError('__len__() should return >= 0');
  return n;
}

/**
 * `if x:`, `not x`, `and`/`or`: Python's bool(x). Builtin values answer at once (ops.truthy, the
 * `if not data` of every recv loop); an instance of a Python class with __bool__ or __len__ defers.
 */
export function truthy(x: unknown): boolean | undefined {
  if (typeof x !== 'object' || x === null || !_isUser(x)) return ops.truthy(x);
  // Without either, a subclass of dict or list is true when it has items, as the builtin is.
  if (!userMethod(x, '__bool__') && !userMethod(x, '__len__')) return ops.truthy(x);
  return _defer(richTruthy(x));
}

function _keyOf(k: unknown): Promise<void> {
  return userHashKey(k as object, () => invoke(userMethod(k, '__hash__')!, k, [], undefined), richEq);
}

/** A key for a set or dict: a Python class's __hash__ is awaited (once per object) first. */
function _withKey<T>(key: unknown, then: () => T): T | undefined {
  if (!hasUserHash(key)) return then();
  return _defer(_keyOf(key).then(then));
}

export function contains(container: unknown, x: unknown): boolean | undefined {
  const c = userMethod(container, '__contains__');
  if (c) return _defer(invoke(c, container, [x], undefined).then(ops.truthy));
  // A Python class's __iter__ (or __getitem__), a generator: stepped up to the first match, as
  // PySequence_Contains does, so the items after it are still there for the next loop.
  // A subclass of list or dict answers as the builtin does (its own items, its keys), whatever its __iter__.
  if ((_userIterable(container) && !_isBuiltin(container)) || _isAsyncObject(container)) return _defer(_searchItems(iter(container) as AsyncIterable<unknown>, x));
  // An iterator whose items may be Python objects with __eq__ (enumerate(boxes), zip(...)).
  if (_isIterator(container) && _userEq(x)) return _defer(_searchItems(container as Iterable<unknown>, x));
  if (Array.isArray(container) && (_userEq(x) || container.some(_userEq))) {
    return _defer((async () => {
      for (const y of container) if (y === x || (await richEq(y, x))) return true;
      return false;
    })());
  }
  if (container instanceof PySet || container instanceof PyDict) return _withKey(x, () => container.has(x));
  return ops.contains(container, x);
}

/** Steps items up to the first that is x or equals it, by hand: leaving a for-await would close a generator. */
async function _searchItems(items: Iterable<unknown> | AsyncIterable<unknown>, x: unknown): Promise<boolean> {
  const it = isAsyncItems(items) ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  for (let r = await it.next(); !r.done; r = await it.next()) if (r.value === x || (await richEq(r.value, x))) return true;
  return false;
}

/** An iterator object that is not a container of its own (containers answer `in` without stepping). */
const _isIterator = (x: unknown): boolean => typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Map)
  && !(x instanceof Set) && !(x instanceof Uint8Array) && Symbol.iterator in x && typeof (x as { next?: unknown }).next === 'function';

export function getitem(o: unknown, k: unknown): unknown {
  if (typeof o === 'string' || (Array.isArray(o) && !_isUser(o))) return ops.getitem(o, k);
  const f = userMethod(o, '__getitem__');
  if (f) return _defer(invoke(f, o, [k], undefined));
  // A dict subclass's __missing__ answers a key it lacks (dict_subscript), as d[k] alone asks it.
  const missing = o instanceof PyDict ? userMethod(o, '__missing__') : undefined;
  if (missing && !hasUserHash(k) && !(o as PyDict).has(k)) return _defer(invoke(missing, o, [k], undefined));
  if (o instanceof PyDict && (o as Slots)[NATIVE_MISSING] && !hasUserHash(k) && !o.has(k)) {
    const v = (o as Slots)[NATIVE_MISSING]!(k);
    return v instanceof Promise ? _defer(v) : v;
  }
  if (o instanceof PyDict) return _withKey(k, () => ops.getitem(o, k));
  return ops.getitem(o, k);
}

/** `o[k] = v` as a statement: true when done, undefined while a Python __setitem__ runs. */
export function setitem(o: unknown, k: unknown, v: unknown): true | undefined {
  const f = userMethod(o, '__setitem__');
  if (f) return _defer(invoke(f, o, [k, v], undefined));
  if (o instanceof PyDict) return _withKey(k, () => (ops.setitem(o, k, v), true as const));
  ops.setitem(o, k, v);
  return true;
}

/** `del o[k]`: a Python class's __delitem__. */
export function delitem(o: unknown, k: unknown): true | undefined {
  const f = userMethod(o, '__delitem__');
  if (f) return _defer(invoke(f, o, [k], undefined));
  ops.delitem(o, k);
  return true;
}

function _unary(sync: (a: unknown) => unknown, name: string) {
  return (a: unknown): unknown => {
    const f = typeof a === 'object' ? userMethod(a, name) : undefined;
    return f ? _defer(invoke(f, a, [], undefined)) : sync(a);
  };
}

export const neg = _unary(ops.neg, '__neg__');
export const pos = _unary(ops.pos, '__pos__');
export const invert = _unary(ops.invert, '__invert__');

/** `{a, b}` with members of Python classes that define __hash__. */
export function set(items: unknown[] = []): PySet | undefined {
  const keyed = items.filter(hasUserHash);
  if (keyed.length === 0) return new PySet(items);
  return _defer((async () => {
    for (const k of keyed) await _keyOf(k);
    return new PySet(items);
  })());
}

/** `{k: v}` with keys of Python classes that define __hash__. */
export function dict(entries: Iterable<readonly [unknown, unknown]> = []): PyDict | undefined {
  const list = [...entries];
  const keyed = list.map(([k]) => k).filter(hasUserHash);
  if (keyed.length === 0) return new PyDict(list);
  return _defer((async () => {
    for (const k of keyed) await _keyOf(k);
    return new PyDict(list);
  })());
}

function _arith(sync: (a: unknown, b: unknown) => unknown, name: string) {
  const rname = `__r${name.slice(2)}`;
  return (a: unknown, b: unknown): unknown => {
    // Numbers and str first: the loop counters of every program come this way.
    if ((typeof a !== 'object' && typeof b !== 'object') || (!_isUser(a) && !_isUser(b))) return sync(a, b);
    return _defer(_binary(a, b, name, rname, () => sync(a, b)));
  };
}

export const add = _arith(ops.add, '__add__');
export const sub = _arith(ops.sub, '__sub__');
export const isub = _arith(ops.isub, '__sub__');
export const mul = _arith(ops.mul, '__mul__');
export const truediv = _arith(ops.truediv, '__truediv__');
export const floordiv = _arith(ops.floordiv, '__floordiv__');
export const pow = _arith(ops.pow, '__pow__');
// divmod(a, b) of a Python class's __divmod__ / __rdivmod__ (fractions.Fraction).
export const divmod = _arith(numericDivmod, '__divmod__');
// A Flag's | & ^ (stdlib/enum.ts), a Python class's __or__ / __and__ / __xor__.
export const bitor = _arith(ops.bitor, '__or__');
export const bitand = _arith(ops.bitand, '__and__');
export const bitxor = _arith(ops.bitxor, '__xor__');
const _mod = _arith(ops.mod, '__mod__');

/** `'%s and %r' % (box, box)`: a Python class's __str__ / __repr__ shows it. */
export function mod(a: unknown, b: unknown): unknown {
  const shows = typeof b === 'object' && (needsShowing(b) || (isTuple(b) && b.some(needsShowing)));
  if (typeof a === 'string' && shows) return _defer(_percentShown(a, b, _strShown).then(([format, args]) => ops.mod(format, args)));
  if (a instanceof Uint8Array && shows) {
    const format = Buffer.from(a.buffer, a.byteOffset, a.length).toString('latin1');
    return _defer(_percentShown(format, b, _bytesShown).then(([, args]) => ops.mod(a, args)));
  }
  return _mod(a, b);
}

type _Show = (x: unknown, conversion: string | undefined) => Promise<unknown>;

/** `'%s' % box`: the text box's __str__ / __repr__ gives. */
const _strShown: _Show = async (x, conversion) => {
  if (!needsShowing(x)) return x;
  if (conversion === 's') return new Shown(await toStr(x));
  if (conversion === 'r' || conversion === 'a') return new Shown(await toRepr(x));
  return x;
};

/** `b'%s' % box`: %s and %b take what __bytes__ returns (PEP 461), %r and %a the repr. */
const _bytesShown: _Show = async (x, conversion) => {
  if (!_isUser(x)) return x;
  if (conversion === 's' || conversion === 'b') return (await userBytes(x)) ?? x;
  if (conversion === 'r' || conversion === 'a') return new Shown(await toRepr(x));
  return x;
};

/** bytes(x) of a Python class with __bytes__, which must return bytes; undefined without one. */
export async function userBytes(x: unknown): Promise<Uint8Array | undefined> {
  const f = userMethod(x, '__bytes__');
  if (!f) return undefined;
  const r = await invoke(f, x, [], undefined);
  if (!(r instanceof bytes)) throw new TypeError(`__bytes__ returned non-bytes (type ${pyTypeName(r)})`);
  return r;
}

/**
 * `format % right` made ready: the right operand with each value a Python class shows replaced by
 * its text, and the format to apply to it (with named fields, one name per key and conversion:
 * `'%(code)d %(code)r'` takes the int once and its repr once).
 */
async function _percentShown(format: string, right: unknown, show: _Show): Promise<[string, unknown]> {
  const fields = ops.percentFields(format);
  if (right instanceof PyDict && fields.some((f) => f.key !== undefined)) {
    // A bytes format keeps its names: its dict's keys are bytes.
    const renamed = show === _strShown;
    // Each named field is right[key] (PyObject_GetItem): a subclass's __getitem__ or __missing__ answers.
    const out = new PyDict(right);
    for (const { key, conversion } of fields) {
      if (key === undefined) continue;
      const value = getitem(right, key) ?? (await dunder());
      out.set(renamed ? ops.percentKey(key, conversion) : key, await show(value, conversion));
    }
    return [renamed ? ops.percentKeysByConversion(format) : format, out];
  }
  if (!isTuple(right)) return [format, await show(right, fields[0]?.conversion)];
  const items: unknown[] = [];
  for (const [i, x] of right.entries()) items.push(await show(x, fields[i]?.conversion));
  return [format, tuple(...items)];
}

/** `a += b`: __iadd__, else a + b. */
export function iadd(a: unknown, b: unknown): unknown {
  // A loop's counter and a growing str first: their + cannot fail.
  if (typeof a === typeof b && (typeof a === 'number' || typeof a === 'string')) return ops.add(a, b);
  if (typeof a !== 'object') return ops.inPlace('+', typeof b !== 'object' ? ops.add : add, a, b);
  const f = userMethod(a, '__iadd__');
  if (f) return _defer(invoke(f, a, [b], undefined));
  return _isUser(a) || _isUser(b) ? add(a, b) : ops.iadd(a, b);
}

/**
 * Whether iterating `x` runs Python code: its class has __iter__, or only __getitem__ (the old
 * sequence protocol), which a subclass of list or dict never iterates by: its own items are its items.
 */
const _userIterable = (x: unknown): boolean => userMethod(x, '__iter__') !== undefined || _sequenceGetitem(x) !== undefined;

const _sequenceGetitem = (x: unknown): Function | undefined => (_isBuiltin(x) ? undefined : userMethod(x, '__getitem__'));

/** A builtin value (an instance of a Python subclass of one too): a list, dict, set, bytes, int. */
const _isBuiltin = (x: unknown): boolean => Array.isArray(x) || x instanceof Map || x instanceof Set || x instanceof Uint8Array || isInt(x) || x instanceof String || x instanceof PyFloat;

/**
 * iter(x): a Python class's __iter__, stepped with __next__ until StopIteration; a class with only
 * __getitem__ is indexed 0, 1, 2, … until IndexError.
 */
export function iter(x: unknown): Iterable<unknown> | AsyncIterable<unknown> {
  // A coroutine is an async iterator here (runtime/generator.ts PyCoroutine), not an iterable in Python.
  if ((x as Record<symbol, unknown> | null)?.[_PYTYPE] === 'coroutine') throw new TypeError("'coroutine' object is not iterable");
  const f = userMethod(x, '__iter__');
  if (!f) {
    const get = _sequenceGetitem(x);
    return get ? _sequence(x, get) : ops.iter(x);
  }
  return (async function* () {
    const it = await invoke(f, x, [], undefined);
    const next = userMethod(it, '__next__');
    if (!next) {
      if (!_isUser(it)) yield* ops.iter(it) as Iterable<unknown>;
      else throw new TypeError(`iter() returned non-iterator of type '${pyTypeName(it)}'`);
      return;
    }
    for (;;) {
      try {
        yield await invoke(next, it, [], undefined);
      } catch (e) {
        if (e instanceof StopIteration) return;
        throw e;
      }
    }
  })();
}

async function* _sequence(x: unknown, get: Function): AsyncIterable<unknown> {
  for (let i = 0; ; i++) {
    try {
      yield await invoke(get, x, [i], undefined);
    } catch (e) {
      if (e instanceof IndexError || e instanceof StopIteration) return;
      throw e;
    }
  }
}

/** Whether iter()'s result yields asynchronously (a generator, a Python class's __iter__). */
export const isAsyncItems = (items: Iterable<unknown> | AsyncIterable<unknown>): items is AsyncIterable<unknown> =>
  typeof items !== 'string' && !(Symbol.iterator in items);

/**
 * `f(*x)`, `[*x]`: the items of `x`, collected first when a Python class yields them. `callee`
 * names the function called (its qualified name, or one computed only when it is needed), for
 * CPython's TypeError when `x` is not iterable.
 */
export function spread(x: unknown, callee?: string | (() => string | undefined)): Iterable<unknown> | undefined {
  if (!_userIterable(x) && !_iterable(x)) {
    const name = typeof callee === 'function' ? callee() : callee;
    const what = callee === undefined ? 'Value' : name === undefined ? 'argument' : `${name}() argument`;
    throw new TypeError(`${what} after * must be an iterable, not ${pyTypeName(x)}`);
  }
  const items = iter(x);
  return isAsyncItems(items) ? _defer(collect(items)) : items;
}

/** `a, b = x`: exactly `n` values (ops.unpack), from a Python iterable too. */
export function unpack(x: unknown, n: number): unknown[] | undefined {
  if (!_userIterable(x) && !_isAsyncObject(x)) return ops.unpack(x, n);
  return _defer(collect(x).then((items) => ops.unpack(items, n)));
}

/** `a, *rest = x` from a Python iterable too. */
export function unpackStarred(x: unknown, before: number, after: number): unknown[] | undefined {
  if (!_userIterable(x) && !_isAsyncObject(x)) return ops.unpackStarred(x, before, after);
  return _defer(collect(x).then((items) => ops.unpackStarred(items, before, after)));
}

const _iterable = (x: unknown): boolean =>
  typeof x === 'string' || (typeof x === 'object' && x !== null && (Symbol.iterator in x || Symbol.asyncIterator in x));

const _isAsyncObject = (x: unknown): boolean => typeof x === 'object' && x !== null && Symbol.asyncIterator in x && !(Symbol.iterator in x);

/** `for a, b in x`: each item unpacked into `n` values; a Python class may yield the items or be one. */
export function iterUnpack(x: unknown, n: number): Iterable<unknown[]> | AsyncIterable<unknown[]> {
  const items = iter(x);
  if (!isAsyncItems(items) && !(Array.isArray(items) && items.some(_userIterable))) return ops.iterUnpack(items, n);
  return (async function* () {
    for await (const item of items) yield unpack(item, n) ?? ((await dunder()) as unknown[]);
  })();
}

/** Every item of an iterable, sync or async (list(x), tuple(x), sorted(x) of a Python iterator). */
export async function collect(x: unknown): Promise<unknown[]> {
  const items = iter(x);
  if (typeof items === 'string' || Symbol.iterator in items) return [...(items as Iterable<unknown>)];
  const out: unknown[] = [];
  for await (const item of items) out.push(item);
  return out;
}
