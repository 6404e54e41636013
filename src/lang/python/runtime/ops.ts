// Python's operators on socklab's values: truthiness, ==, <, in, + - * / // % **, bit
// operations, subscripts and slices, iteration and unpacking, with CPython 3.11's TypeError,
// IndexError and ValueError texts. The JS operators would be wrong in exactly the places a socket
// program leans on: `if not data` (empty bytes are truthy in JS) and `data == b'quit'`.
import { b as makeBytes, bytes } from '../../../socket/bytes.ts';
import { OverflowError, ValueError } from '../../../socket/exceptions.ts';
import { repr } from '../../../socket/format.ts';
import { bytesPercentFormat } from '../../../socket/bytes-percent.ts';
import { percentFormat } from '../../../socket/percent.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { isTuple, tuple } from '../../../socket/tuple.ts';
import { IndexError, KeyError, ZeroDivisionError } from './exceptions.ts';
import { classGetitem } from './generic-alias.ts';
import { PyMemoryView } from './memoryview.ts';
import {
  boundMethodParts, DictView, PyDict, PyFloat, PyFrozenSet, PyIntEnum, PyIntFlag, flagResult, PyRange, PySet, PySlice, intValue, isInt, isNone, isReal, makeByteArray, normInt, realValue, strValue,
  spliceByteArray,
} from './values.ts';
import {
  NATIVE_BINARY, NATIVE_BOOL, NATIVE_CONTAINS, NATIVE_DELITEM, NATIVE_GETITEM, NATIVE_LEN, NATIVE_MISSING, NATIVE_SETITEM, NATIVE_UNARY, nativeBinary, nativeCompare, slots,
} from './native.ts';

// call.ts's mark of a builtin function (call.ts imports this file), and the type name a value declares (pytype.ts).
const _PY_NATIVE = Symbol.for('socklab.python.native');
const _PYTYPE = Symbol.for('socklab.pytype');

/** type(x).__name__ in an error message: a builtin type is type, a builtin function or method builtin_function_or_method. */
export function typeName(x: unknown): string {
  if (typeof x !== 'function') return pyTypeName(x);
  const marks = x as unknown as Record<symbol, unknown>;
  const declared = marks[_PYTYPE];
  if (typeof declared === 'string') return declared;
  return marks[_PY_NATIVE] ? 'builtin_function_or_method' : pyTypeName(x);
}

/** Python's bool(x). */
export function truthy(x: unknown): boolean {
  switch (typeof x) {
    case 'boolean': return x;
    case 'number': return x !== 0;
    case 'string': return x.length > 0;
    case 'undefined': return false;
    case 'bigint': return x !== 0n;
    case 'function': return true;
  }
  if (x === null) return false;
  if (x instanceof String) return x.length > 0;
  if (x instanceof PyFloat) return x.value !== 0;
  if (x instanceof PyIntEnum) return x.value !== 0;
  if (Array.isArray(x)) return x.length > 0;
  if (ArrayBuffer.isView(x)) return x.byteLength > 0;
  if (x instanceof Map || x instanceof Set) return x.size > 0;
  if (x instanceof PyRange || x instanceof DictView) return x.length > 0;
  const n = x as ReturnType<typeof slots> & object;
  if (n[NATIVE_BOOL]) return n[NATIVE_BOOL]();
  if (n[NATIVE_LEN]) return n[NATIVE_LEN]() > 0;
  return true;
}

/** Python's `a == b`: by value for numbers, str, bytes, tuples, lists, dicts and sets. */
export function eq(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== 'number' || !Number.isNaN(a);
  if (isNone(a) || isNone(b)) return isNone(a) && isNone(b);
  const ta = typeof a;
  const tb = typeof b;
  // A str subclass's instance (a String object) equals its str.
  if (ta === 'string' || tb === 'string') return (a instanceof String || b instanceof String) && strValue(a) === strValue(b);
  if (isReal(a) && isReal(b)) {
    if (a instanceof PyFloat || b instanceof PyFloat) return realValue(a) === realValue(b);
    // eslint-disable-next-line eqeqeq
    return intValue(a) == intValue(b);
  }
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (isTuple(a) !== isTuple(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !eq(v, b.get(k))) return false;
    return true;
  }
  const views = _viewCompared(a, b);
  if (views) return eq(views[0], views[1]);
  if (a instanceof PySet && b instanceof PySet) {
    if (a.size !== b.size) return false;
    for (const x of a) if (!b.has(x)) return false;
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange) return eq([...a], [...b]);
  if (a instanceof String && b instanceof String) return a.valueOf() === b.valueOf();
  const methods = [boundMethodParts(a), boundMethodParts(b)];
  if (methods[0] && methods[1]) return is(methods[0][0], methods[1][0]) && methods[0][1] === methods[1][1];
  return (typeof a === 'object' || typeof b === 'object') && nativeCompare(a, b, '==') === 0;
}

/** Python's `a is b`: None is None whichever way JS code spelt it. */
export function is(a: unknown, b: unknown): boolean {
  if (isNone(a) || isNone(b)) return isNone(a) && isNone(b);
  return a === b;
}

function _unsupported(op: string, a: unknown, b: unknown): TypeError {
  // abstract.c binary_op: Python 2's `print >>sys.stderr, "x"` gets its own hint.
  const hint = op === '>>' && typeof a === 'function' && (a as unknown as Record<symbol, unknown>)[_PY_NATIVE] && a.name === 'print'
    ? '. Did you mean "print(<message>, file=<output_stream>)"?' : '';
  return new TypeError(`unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'${hint}`);
}

/** `a op b` for objects that implement it (native.ts: a datetime minus a timedelta), else CPython's TypeError. */
function _native(op: string, a: unknown, b: unknown): unknown {
  const r = typeof a === 'object' || typeof b === 'object' ? nativeBinary(op, a, b) : undefined;
  if (r === undefined) throw _unsupported(op, a, b);
  return r;
}

function _nativeUnary(op: string, a: unknown): unknown {
  return slots(a)?.[NATIVE_UNARY]?.(op);
}

function _compareError(op: string, a: unknown, b: unknown): TypeError {
  return new TypeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** Three-way comparison for <, <=, >, >=; throws CPython's TypeError for unorderable types. */
function _cmp(op: string, a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof String || b instanceof String) return _cmp(op, strValue(a), strValue(b));
  if (isReal(a) && isReal(b)) {
    const x = a instanceof PyFloat || b instanceof PyFloat ? realValue(a) : intValue(a);
    const y = a instanceof PyFloat || b instanceof PyFloat ? realValue(b) : intValue(b);
    return x < y ? -1 : x > y ? 1 : x === y || x == y ? 0 : NaN; // eslint-disable-line eqeqeq
  }
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return a.length - b.length;
  }
  if (Array.isArray(a) && Array.isArray(b) && isTuple(a) === isTuple(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (!eq(a[i], b[i])) return _cmp(op, a[i], b[i]);
    return a.length - b.length;
  }
  const views = _viewCompared(a, b);
  if (views) return _cmp(op, views[0], views[1]);
  if (a instanceof PySet && b instanceof PySet) {
    const sub = [...a].every((x) => b.has(x));
    const sup = [...b].every((x) => a.has(x));
    return sub && sup ? 0 : sub ? -1 : sup ? 1 : NaN;
  }
  const c = nativeCompare(a, b, op);
  if (c !== undefined) return c;
  throw _compareError(op, a, b);
}

export const lt = (a: unknown, b: unknown): boolean => _cmp('<', a, b) < 0;
export const le = (a: unknown, b: unknown): boolean => _cmp('<=', a, b) <= 0;
export const gt = (a: unknown, b: unknown): boolean => _cmp('>', a, b) > 0;
export const ge = (a: unknown, b: unknown): boolean => _cmp('>=', a, b) >= 0;

/** Python's `x in container`. */
export function contains(container: unknown, x: unknown): boolean {
  if (typeof container === 'string') {
    if (x instanceof String) return container.includes(x.valueOf());
    if (typeof x !== 'string') throw new TypeError(`'in <string>' requires string as left operand, not ${typeName(x)}`);
    return container.includes(x);
  }
  if (container instanceof Uint8Array) {
    if (isInt(x)) return container.includes(Number(intValue(x)));
    if (!(x instanceof Uint8Array)) throw new TypeError(`a bytes-like object is required, not '${typeName(x)}'`);
    return Buffer.from(container.buffer, container.byteOffset, container.length).includes(Buffer.from(x.buffer, x.byteOffset, x.length));
  }
  if (Array.isArray(container)) return container.some((y) => eq(y, x));
  if (container instanceof Map || container instanceof Set) return container.has(x);
  if (container instanceof PyRange) return isInt(x) && container.indexOf(intValue(x)) !== -1;
  if (container instanceof DictView) {
    for (const y of container) if (eq(x, y)) return true;
    return false;
  }
  if (container instanceof String) return contains(container.valueOf(), x);
  const n = slots(container);
  if (n?.[NATIVE_CONTAINS]) return n[NATIVE_CONTAINS](x);
  // An iterator (enumerate, zip, reversed, a file, …): PySequence_Contains steps it up to the
  // first item that is x or equals it, so what follows the match is still there (stepped by
  // hand: leaving a for-of would close a generator).
  if (typeof container === 'object' && container !== null && Symbol.iterator in container) {
    const it = (container as Iterable<unknown>)[Symbol.iterator]();
    for (let r = it.next(); !r.done; r = it.next()) if (r.value === x || eq(r.value, x)) return true;
    return false;
  }
  throw new TypeError(`argument of type '${typeName(container)}' is not iterable`);
}

// ---------------------------------------------------------------------------------------------
// Arithmetic. ints are JS numbers while safe and BigInts past 2**53; floats are PyFloat.

type Int = number | bigint;

function _intOp(a: Int, b: Int, num: (x: number, y: number) => number, big: (x: bigint, y: bigint) => bigint): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = num(a, b);
    if (Number.isSafeInteger(r)) return r + 0;
  }
  return normInt(big(BigInt(a), BigInt(b)));
}

function _bothInts(a: unknown, b: unknown): boolean {
  return isInt(a) && isInt(b);
}

function _concat(a: Uint8Array, b: Uint8Array): bytes {
  const out = new bytes(new ArrayBuffer(a.length + b.length));
  out.set(a);
  out.set(b, a.length);
  return out;
}

export function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    return Number.isSafeInteger(r) ? r : normInt(BigInt(a) + BigInt(b));
  }
  if (typeof a === 'string') {
    if (typeof b === 'string') return a + b;
    if (b instanceof String) return a + b.valueOf();
    throw new TypeError(`can only concatenate str (not "${typeName(b)}") to str`);
  }
  if (_bothInts(a, b)) return _intOp(intValue(a), intValue(b), (x, y) => x + y, (x, y) => x + y);
  if (isReal(a) && isReal(b)) return new PyFloat(realValue(a) + realValue(b));
  if (a instanceof String || b instanceof String) return add(strValue(a), strValue(b));
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    const out = _concat(a, b);
    return a instanceof bytes ? out : makeByteArray(out);
  }
  // bytes' sq_concat, once no __radd__ answered: a builtin value that is not bytes-like (b'x' + [1]).
  if (a instanceof Uint8Array && !(b instanceof PyMemoryView) && (typeof b !== 'object' || b === null || Array.isArray(b) || b instanceof PyFloat || b instanceof PyDict || b instanceof PySet || b instanceof PyFrozenSet)) {
    throw new TypeError(`can't concat ${typeName(b)} to ${typeName(a)}`);
  }
  if (Array.isArray(a) && Array.isArray(b) && isTuple(a) === isTuple(b)) {
    return isTuple(a) ? tuple(...a, ...b) : [...a, ...b];
  }
  if (Array.isArray(a)) throw new TypeError(`can only concatenate ${typeName(a)} (not "${typeName(b)}") to ${typeName(a)}`);
  return _native('+', a, b);
}

/** `a += b`: lists and bytearrays extend in place, as their __iadd__ does (a deque too: native.ts '+='); everything else is a + b. */
export function iadd(a: unknown, b: unknown): unknown {
  if (typeof a === 'object' && a !== null && !Array.isArray(a)) {
    const r = slots(a)?.[NATIVE_BINARY]?.('+=', b, false);
    if (r !== undefined) return r;
  }
  if (Array.isArray(a) && !isTuple(a as unknown)) {
    (a as unknown[]).push(...iter(b));
    return a;
  }
  if (isByteArray(a) && b instanceof Uint8Array) {
    spliceByteArray(a, a.length, a.length, b);
    return a;
  }
  return inPlace('+', add, a, b);
}

/** A bytearray: any byte buffer that is not the immutable bytes. */
export const isByteArray = (x: unknown): x is Uint8Array => x instanceof Uint8Array && !(x instanceof bytes);

export function sub(a: unknown, b: unknown): unknown {
  if (_bothInts(a, b)) return _intOp(intValue(a), intValue(b), (x, y) => x - y, (x, y) => x - y);
  if (isReal(a) && isReal(b)) return new PyFloat(realValue(a) - realValue(b));
  if (a instanceof PySet && b instanceof PySet) return a.difference(b);
  const view = _viewSet(a, b);
  if (view) return (view[0].differenceUpdate(view[1]), view[0]);
  return _native('-', a, b);
}

function _repeat(seq: unknown, n: unknown): unknown {
  const times = Math.max(0, Number(intValue(n)));
  if (typeof seq === 'string') return seq.repeat(times);
  if (seq instanceof Uint8Array) {
    const out = new bytes(new ArrayBuffer(seq.length * times));
    for (let i = 0; i < times; i++) out.set(seq, i * seq.length);
    return seq instanceof bytes ? out : makeByteArray(out);
  }
  const arr = seq as unknown[];
  const out: unknown[] = [];
  for (let i = 0; i < times; i++) out.push(...arr);
  return isTuple(arr) ? tuple(...out) : out;
}

const _isSequence = (x: unknown): boolean => typeof x === 'string' || x instanceof Uint8Array || Array.isArray(x);

export function mul(a: unknown, b: unknown): unknown {
  if (_bothInts(a, b)) return _intOp(intValue(a), intValue(b), (x, y) => x * y, (x, y) => x * y);
  if (isReal(a) && isReal(b)) return new PyFloat(realValue(a) * realValue(b));
  if (a instanceof String || b instanceof String) return mul(strValue(a), strValue(b));
  if (_isSequence(a) && isInt(b)) return _repeat(a, b);
  if (isInt(a) && _isSequence(b)) return _repeat(b, a);
  if (_isSequence(a) || _isSequence(b)) {
    throw new TypeError(`can't multiply sequence by non-int of type '${typeName(_isSequence(a) ? b : a)}'`);
  }
  return _native('*', a, b);
}

export function truediv(a: unknown, b: unknown): unknown {
  if (_bothInts(a, b)) {
    const x = intValue(a);
    const y = intValue(b);
    if (typeof x === 'bigint' || typeof y === 'bigint') {
      if (BigInt(y) === 0n) throw new ZeroDivisionError('division by zero');
      return new PyFloat(_bigTrueDiv(BigInt(x), BigInt(y)));
    }
  }
  if (isReal(a) && isReal(b)) {
    const y = realValue(b);
    if (y === 0) throw new ZeroDivisionError(_bothInts(a, b) ? 'division by zero' : 'float division by zero');
    return new PyFloat(realValue(a) / y);
  }
  return _native('/', a, b);
}

/**
 * a / b of ints beyond 2**53, correctly rounded as CPython's long_true_divide: the quotient is
 * taken to 64 or more bits with the remainder kept as a sticky low bit (round to odd), which then
 * rounds once, exactly, to the nearest float; the power of two scales it back without loss.
 */
function _bigTrueDiv(a: bigint, b: bigint): number {
  const negative = (a < 0n) !== (b < 0n);
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  if (x === 0n) return negative ? -0 : 0;
  const shift = 66 - (x.toString(2).length - y.toString(2).length);
  const n = shift >= 0 ? x << BigInt(shift) : x;
  const d = shift >= 0 ? y : y << BigInt(-shift);
  let q = n / d;
  if (n % d !== 0n) q |= 1n;
  const half = Math.trunc(-shift / 2);
  const result = Number(q) * 2 ** half * 2 ** (-shift - half);
  if (!Number.isFinite(result)) throw new OverflowError('integer division result too large for a float');
  return negative ? -result : result;
}

export function floordiv(a: unknown, b: unknown): unknown {
  if (_bothInts(a, b)) {
    const x = intValue(a);
    const y = intValue(b);
    // eslint-disable-next-line eqeqeq
    if (y == 0) throw new ZeroDivisionError('integer division or modulo by zero');
    if (typeof x === 'number' && typeof y === 'number') return Math.floor(x / y) + 0;
    const bx = BigInt(x);
    const by = BigInt(y);
    let q = bx / by;
    if ((bx % by !== 0n) && ((bx < 0n) !== (by < 0n))) q -= 1n;
    return normInt(q);
  }
  if (isReal(a) && isReal(b)) {
    const y = realValue(b);
    if (y === 0) throw new ZeroDivisionError('float floor division by zero');
    return new PyFloat(Math.floor(realValue(a) / y));
  }
  return _native('//', a, b);
}

const _PERCENT_SPEC = /%(?:\(([^)]*)\))?([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d*))?(.?)/gs;

/** `'%.1f' % x`: floats reach the formatter as numbers for numeric conversions, as floats for %s/%r. */
function _percent(format: string, right: unknown): string {
  if (right instanceof Map && format.includes('%(')) {
    // '%(host)s:%(port)d' % {'host': ..., 'port': ...}: each field from the dict by its key.
    return format.replace(/%\(([^)]*)\)([-+ 0#]*\d*(?:\.\d*)?[a-zA-Z%])/g, (_whole, key: string, spec: string) => {
      if (!right.has(key)) throw new KeyError(key);
      return _percent(`%${spec}`, tuple(right.get(key)));
    });
  }
  return percentFormat(format, _numericArgs(format, right));
}

/** The fields of a `%` format that take an argument, in order: a `*` width or precision ('*'), then each conversion. */
export function percentFields(format: string): { key: string | undefined; conversion: string }[] {
  const out: { key: string | undefined; conversion: string }[] = [];
  for (const m of format.matchAll(_PERCENT_SPEC)) {
    if (m[0] === '%%') continue;
    if (m[3] === '*') out.push({ key: undefined, conversion: '*' });
    if (m[4] === '*') out.push({ key: undefined, conversion: '*' });
    out.push({ key: m[1], conversion: m[5] ?? '' });
  }
  return out;
}

/**
 * `format` with each `%(key)c` renamed `%(key\0c)c`: one name per key and conversion, so the
 * shown right operand can hold `%(code)d`'s int and `%(code)r`'s repr side by side.
 */
export function percentKeysByConversion(format: string): string {
  return format.replace(_PERCENT_SPEC, (m: string, key: string | undefined, ...rest: unknown[]) => {
    if (key === undefined || m === '%%') return m;
    return `%(${percentKey(key, (rest[3] as string | undefined) ?? '')})${m.slice(key.length + 3)}`;
  });
}

/** The name percentKeysByConversion() gives the field `%(key)c`. */
export function percentKey(key: string, conversion: string): string {
  return `${key}\0${conversion}`;
}

/** The right operand of `%` with each float given to a numeric conversion as a JS number. */
function _numericArgs(format: string, right: unknown): unknown {
  if (!isTuple(right) && !(right instanceof PyFloat) && !(right instanceof PyIntEnum)) return right;
  const args = isTuple(right) ? [...right] : [right];
  percentFields(format).forEach(({ conversion }, i) => {
    const arg = args[i];
    if ((arg instanceof PyFloat || arg instanceof PyIntEnum) && !['*', 's', 'r', 'a'].includes(conversion)) args[i] = arg.value;
  });
  return isTuple(right) ? tuple(...args) : args[0];
}

export function mod(a: unknown, b: unknown): unknown {
  if (typeof a === 'string') return _percent(a, b);
  if (a instanceof Uint8Array) return _bytesPercent(a, b);
  if (a instanceof String) return _percent(a.valueOf(), b);
  if (_bothInts(a, b)) {
    const x = intValue(a);
    const y = intValue(b);
    // eslint-disable-next-line eqeqeq
    if (y == 0) throw new ZeroDivisionError('integer modulo by zero');
    if (typeof x === 'number' && typeof y === 'number') return (((x % y) + y) % y) + 0;
    const by = BigInt(y);
    return normInt(((BigInt(x) % by) + by) % by);
  }
  if (isReal(a) && isReal(b)) {
    const x = realValue(a);
    const y = realValue(b);
    if (y === 0) throw new ZeroDivisionError('float modulo');
    return new PyFloat(((x % y) + y) % y);
  }
  return _native('%', a, b);
}

/** `b'Hello, %s!' % data`: PEP 461's bytes formatting (%b and %s take bytes-like objects only). */
function _bytesPercent(format: Uint8Array, right: unknown): Uint8Array {
  const out = _bytesPercentText(format, right);
  // bytearray(b'%s') % x is a bytearray (bytearray_mod).
  return format instanceof bytes ? out : makeByteArray(out);
}

function _bytesPercentText(format: Uint8Array, right: unknown): bytes {
  const text = Buffer.from(format).toString('latin1');
  if (right instanceof Map && text.includes('%(')) {
    // b'%(host)s' % {b'host': …}: each field from the dict by its bytes key, as str's (_percent).
    const parts = text.split(/(%\([^)]*\)[-+ 0#]*\d*(?:\.\d*)?[a-zA-Z%])/);
    return bytes.from(Buffer.concat(parts.map((part, i) => {
      if (i % 2 === 0) return bytesPercentFormat(Buffer.from(part, 'latin1'), tuple());
      const [, key, spec] = /^%\(([^)]*)\)(.*)$/s.exec(part)!;
      const k = bytes.from(Buffer.from(key!, 'latin1'));
      if (!right.has(k)) throw new KeyError(k);
      return bytesPercentFormat(Buffer.from(`%${spec}`, 'latin1'), _numericArgs(`%${spec}`, tuple(right.get(k))));
    })));
  }
  return bytesPercentFormat(format, _numericArgs(text, right));
}

export function pow(a: unknown, b: unknown): unknown {
  if (_bothInts(a, b)) {
    const x = intValue(a);
    const y = intValue(b);
    if (y < 0) return pow(new PyFloat(Number(x)), new PyFloat(Number(y)));
    const r = Number(x) ** Number(y);
    if (Number.isSafeInteger(r)) return r;
    return normInt(BigInt(x) ** BigInt(y));
  }
  if (isReal(a) && isReal(b)) {
    const [x, y] = [realValue(a), realValue(b)];
    if (x === 0 && y < 0) throw new ZeroDivisionError('0.0 cannot be raised to a negative power');
    return new PyFloat(x ** y);
  }
  throw _unsupported('** or pow()', a, b);
}

function _bitOp(op: string, a: unknown, b: unknown, f: (x: bigint, y: bigint) => bigint): unknown {
  if (!_bothInts(a, b)) return _native(op, a, b);
  const r = f(BigInt(intValue(a)), BigInt(intValue(b)));
  // re.I | re.M is a RegexFlag again.
  return a instanceof PyIntFlag || b instanceof PyIntFlag ? flagResult(a, b, normInt(r)) : normInt(r);
}

/** dict.keys() and dict.items(): sets to `&`, `|`, `^`, `-` and the comparisons (dict.values() is not). */
const _isSetView = (x: unknown): x is DictView => x instanceof DictView && x.kind !== 'values';

/**
 * The operands of a view's set operation (a keys or items view on either side), iterable here;
 * undefined when neither is such a view, or the other is iterable only by awaiting (a generator).
 * The other not iterable at all: CPython's TypeError ("'int' object is not iterable").
 */
function _viewOperands(a: unknown, b: unknown): [Iterable<unknown>, Iterable<unknown>] | undefined {
  if (!_isSetView(a) && !_isSetView(b)) return undefined;
  const x = iter(a);
  const y = iter(b);
  return Symbol.iterator in Object(x) && Symbol.iterator in Object(y) ? [x, y] : undefined;
}

/**
 * dictviews_or/xor/sub (dictobject.c): set(a), then b merged in, a new set. For `^`, b goes in
 * as a set unless it is one (set_symmetric_difference_update makes one of it).
 */
function _viewSet(a: unknown, b: unknown, bAsSet = false): [PySet, Iterable<unknown>] | undefined {
  const operands = _viewOperands(a, b);
  if (!operands) return undefined;
  return [new PySet(operands[0]), bAsSet && !(b instanceof PySet) && !(b instanceof PyDict) ? new PySet(operands[1]) : operands[1]];
}

/** _PyDictView_Intersect: a set's own intersection when it is the larger, else the other's items the view holds. */
function _viewIntersection(a: unknown, b: unknown): PySet | undefined {
  const operands = _viewOperands(a, b);
  if (!operands) return undefined;
  let [view, other] = (_isSetView(a) ? [a, operands[1]] : [b, operands[0]]) as [DictView, Iterable<unknown>];
  if (other instanceof PySet && other.constructor === PySet && view.length <= other.size) return other.intersection(view);
  if (_isSetView(other) && other.length > view.length) [view, other] = [other, view];
  const out = new PySet();
  for (const x of other) if (contains(view, x)) out.add(x);
  return out;
}

/** dictview_richcompare's operands: a view and a set or view, as two sets; undefined otherwise. */
function _viewCompared(a: unknown, b: unknown): [PySet, PySet] | undefined {
  if (!(_isSetView(a) || _isSetView(b)) || !(_isSetView(a) || a instanceof PySet) || !(_isSetView(b) || b instanceof PySet)) return undefined;
  return [a instanceof PySet ? a : new PySet(a as DictView), b instanceof PySet ? b : new PySet(b as DictView)];
}

export const bitand = (a: unknown, b: unknown): unknown => {
  if (a instanceof PySet && b instanceof PySet) return a.intersection(b);
  return _viewIntersection(a, b) ?? _bitOp('&', a, b, (x, y) => x & y);
};
export const bitor = (a: unknown, b: unknown): unknown => {
  if (a instanceof PySet && b instanceof PySet) return _union(a, b);
  const view = _viewSet(a, b);
  if (view) return (view[0].update(view[1]), view[0]);
  // dict | dict (PEP 584): a new dict, the right one's values winning.
  if (_plainDicts(a, b)) return _dictUnion(new PyDict(a), b as PyDict);
  return _bitOp('|', a, b, (x, y) => x | y);
};

/** A dict (not a subclass: its `|` is not a plain dict's) on the left, a dict on the right. */
function _plainDicts(a: unknown, b: unknown): a is PyDict {
  return a instanceof PyDict && Object.getPrototypeOf(a) === PyDict.prototype && b instanceof PyDict;
}

function _dictUnion(into: PyDict, other: PyDict): PyDict {
  for (const [k, v] of other) into.set(k, v);
  return into;
}
export const bitxor = (a: unknown, b: unknown): unknown => {
  if (a instanceof PySet && b instanceof PySet) return a.symmetricDifference(b);
  const view = _viewSet(a, b, true);
  return view ? (view[0].symmetricDifferenceUpdate(view[1]), view[0]) : _bitOp('^', a, b, (x, y) => x ^ y);
};

/** Whether `a op= b` updates set a in place: a frozenset has no in-place operators (a new one is made). */
const _inPlaceSets = (a: unknown, b: unknown): a is PySet => a instanceof PySet && !(a instanceof PyFrozenSet) && b instanceof PySet;

/** `a | b` (set_or): a copy of a, then b merged in. */
function _union(a: PySet, b: PySet): PySet {
  const out = a.copy();
  out.update(b);
  return out;
}

// `s |= t`, `s &= t`, `s -= t`, `s ^= t`: a set changes in place (another name bound to it sees the change,
// and its table keeps its layout, as set_ior/set_iand/set_isub/set_ixor); anything else is `a op b`.
export const ior = (a: unknown, b: unknown): unknown => {
  if (_inPlaceSets(a, b)) return (a.update(b as PySet), a);
  // d |= other: updated in place, as dict.update (any mapping or iterable of pairs in CPython).
  if (_plainDicts(a, b)) return _dictUnion(a, b as PyDict);
  return inPlace('|', bitor, a, b);
};
export const iand = (a: unknown, b: unknown): unknown => (_inPlaceSets(a, b) ? (a.intersectionUpdate(b as PySet), a) : inPlace('&', bitand, a, b));
export const isub = (a: unknown, b: unknown): unknown => (_inPlaceSets(a, b) ? (a.differenceUpdate(b as PySet), a) : inPlace('-', sub, a, b));
export const ixor = (a: unknown, b: unknown): unknown => (_inPlaceSets(a, b) ? (a.symmetricDifferenceUpdate(b as PySet), a) : inPlace('^', bitxor, a, b));

/**
 * `a op= b` done as `a op b`: its TypeError names the augmented operator, as binary_iop1's
 * (`unsupported operand type(s) for +=: 'int' and 'str'`).
 */
export function inPlace(op: string, binary: (a: unknown, b: unknown) => unknown, a: unknown, b: unknown): unknown {
  try {
    return binary(a, b);
  } catch (e) {
    const plain = `unsupported operand type(s) for ${op}:`;
    // binary_iop1 has no print hint (binary_op's, _unsupported).
    if (e instanceof TypeError && e.message.startsWith(plain)) e.message = `unsupported operand type(s) for ${op}=:${e.message.slice(plain.length).replace(/\. Did you mean "print.*$/, '')}`;
    throw e;
  }
}
export const lshift = (a: unknown, b: unknown): unknown => {
  if (_bothInts(a, b) && intValue(b) < 0) throw new ValueError('negative shift count');
  return _bitOp('<<', a, b, (x, y) => x << y);
};
export const rshift = (a: unknown, b: unknown): unknown => {
  if (_bothInts(a, b) && intValue(b) < 0) throw new ValueError('negative shift count');
  return _bitOp('>>', a, b, (x, y) => x >> y);
};

export function neg(a: unknown): unknown {
  if (typeof a === 'number') return 0 - a;
  if (isInt(a)) return normInt(-BigInt(intValue(a)));
  if (a instanceof PyFloat) return new PyFloat(-a.value);
  const r = _nativeUnary('-', a);
  if (r !== undefined) return r;
  throw new TypeError(`bad operand type for unary -: '${typeName(a)}'`);
}

export function pos(a: unknown): unknown {
  if (isInt(a)) return intValue(a);
  if (a instanceof PyFloat) return a;
  const r = _nativeUnary('+', a);
  if (r !== undefined) return r;
  throw new TypeError(`bad operand type for unary +: '${typeName(a)}'`);
}

export function invert(a: unknown): unknown {
  // ~re.I: the flag's class's other members.
  if (a instanceof PyIntFlag) return new PyIntFlag(a.flagClass, a.flagClass.members.reduce((bits, [, v]) => bits | v, 0) & ~a.value);
  if (isInt(a)) return normInt(~BigInt(intValue(a)));
  throw new TypeError(`bad operand type for unary ~: '${typeName(a)}'`);
}

// ---------------------------------------------------------------------------------------------
// Subscripts.

function _index(i: unknown, length: number, what: string): number {
  if (!isInt(i)) throw new TypeError(`${what} indices must be integers or slices, not ${typeName(i)}`);
  let n = Number(intValue(i));
  if (n < 0) n += length;
  return n;
}

const _hasSurrogates = (s: string): boolean => /[\uD800-\uDFFF]/.test(s);

/** Python's `container[key]`. */
export function getitem(o: unknown, k: unknown): unknown {
  if (Array.isArray(o)) {
    if (k instanceof PySlice) {
      const items = Array.from(k.range(o.length), (i) => o[i]);
      return isTuple(o) ? tuple(...items) : items;
    }
    const i = _index(k, o.length, typeName(o));
    if (i < 0 || i >= o.length) throw new IndexError(`${typeName(o)} index out of range`);
    return o[i];
  }
  if (o instanceof PyDict) {
    const v = o.get(k);
    if (v === undefined && !o.has(k)) {
      const missing = slots(o)![NATIVE_MISSING]?.(k);
      if (missing === undefined || missing instanceof Promise) throw new KeyError(k);
      return missing;
    }
    return v;
  }
  if (o instanceof String) return getitem(o.valueOf(), k);
  if (typeof o === 'string') {
    const chars = _hasSurrogates(o) ? Array.from(o) : o;
    if (k instanceof PySlice) {
      const [start, stop, step] = k.indices(chars.length);
      if (step === 1) return stop <= start ? '' : typeof chars === 'string' ? chars.slice(start, stop) : chars.slice(start, stop).join('');
      let out = '';
      for (const i of k.range(chars.length)) out += chars[i];
      return out;
    }
    const i = _index(k, chars.length, 'string');
    if (i < 0 || i >= chars.length) throw new IndexError('string index out of range');
    return chars[i];
  }
  if (o instanceof PyMemoryView) return o.item(k, (key, n) => _index(key, n, 'memoryview'));
  if (o instanceof Uint8Array) {
    if (k instanceof PySlice) {
      const [start, stop, step] = k.indices(o.length);
      // A plain slice is one copy of the bytes (`data = data[n:]` in a framing loop), not a loop.
      const out = step === 1 ? _copyBytes(o, start, Math.max(start, stop)) : Uint8Array.from(k.range(o.length), (i) => o[i]!);
      return o instanceof bytes ? makeBytes(out) : makeByteArray(out);
    }
    const i = _index(k, o.length, 'byte');
    if (i < 0 || i >= o.length) throw new IndexError('index out of range');
    return o[i];
  }
  if (o instanceof PyRange) {
    if (k instanceof PySlice) {
      const [start, stop, step] = k.indices(o.length);
      return new PyRange(o.at(start), o.at(stop), typeof o.step === 'number' ? o.step * step : normInt(o.step * BigInt(step)));
    }
    const i = _index(k, o.length, 'range');
    if (i < 0 || i >= o.length) throw new IndexError('range object index out of range');
    return o.at(i);
  }
  if (o instanceof Map) {
    if (!o.has(k)) throw new KeyError(k);
    return o.get(k);
  }
  const n = slots(o);
  if (n?.[NATIVE_GETITEM]) return n[NATIVE_GETITEM](k);
  // `list[int]` (PEP 585), `Box[int]` of a typing.Generic.
  const alias = typeof o === 'function' ? classGetitem(o, k) : undefined;
  if (alias !== undefined) return alias;
  throw new TypeError(`'${typeName(o)}' object is not subscriptable`);
}

/** Python's `container[key] = value`. */
export function setitem(o: unknown, k: unknown, v: unknown): void {
  if (isTuple(o)) throw new TypeError(`'${typeName(o)}' object does not support item assignment`);
  if (Array.isArray(o)) {
    if (k instanceof PySlice) {
      const items = [...iter(v)];
      if (_assignSlice(k, o.length, items.length, 'sequence', (start, stop) => o.splice(start, stop - start, ...items))) return;
      for (const [n, i] of [...k.range(o.length)].entries()) o[i] = items[n];
      return;
    }
    const i = _index(k, o.length, 'list');
    if (i < 0 || i >= o.length) throw new IndexError('list assignment index out of range');
    o[i] = v;
    return;
  }
  if (o instanceof Map) {
    o.set(k, v);
    return;
  }
  if (o instanceof PyMemoryView) return o.assign(k, v, (key, n) => _index(key, n, 'memoryview'), byteValue);
  if (o instanceof Uint8Array && !(o instanceof bytes)) {
    if (k instanceof PySlice) {
      const items = isInt(v) ? new Uint8Array(Number(intValue(v))) : Uint8Array.from(iter(v) as Iterable<unknown>, byteValue);
      if (_assignSlice(k, o.length, items.length, 'bytes', (start, stop) => spliceByteArray(o, start, stop, items))) return;
      for (const [n, i] of [...k.range(o.length)].entries()) o[i] = items[n]!;
      return;
    }
    const i = _index(k, o.length, 'bytearray');
    if (i < 0 || i >= o.length) throw new IndexError('bytearray index out of range');
    o[i] = byteValue(v);
    return;
  }
  if (typeof o === 'string') throw new TypeError("'str' object does not support item assignment");
  if (o instanceof bytes) throw new TypeError("'bytes' object does not support item assignment");
  const n = slots(o);
  if (n?.[NATIVE_SETITEM]) return n[NATIVE_SETITEM](k, v);
  throw new TypeError(`'${typeName(o)}' object does not support item assignment`);
}

/**
 * `seq[a:b] = items` (any length: `splice(start, stop)` is called, true is returned) or
 * `seq[a:b:c] = items` (exactly as many items as the slice selects; false: assign them one by one).
 */
function _assignSlice(k: PySlice, length: number, count: number, what: string, splice: (start: number, stop: number) => void): boolean {
  const [start, stop, step] = k.indices(length);
  if (step === 1) {
    splice(start, Math.max(start, stop));
    return true;
  }
  const size = [...k.range(length)].length;
  if (count !== size) throw new ValueError(`attempt to assign ${what} of size ${count} to extended slice of size ${size}`);
  return false;
}

/** An item stored into a bytearray: an int in range(256). */
export function byteValue(x: unknown): number {
  if (!isInt(x)) throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  const n = Number(intValue(x));
  if (n < 0 || n > 255) throw new ValueError('byte must be in range(0, 256)');
  return n;
}

/** Python's `del container[key]`. */
export function delitem(o: unknown, k: unknown): void {
  if (Array.isArray(o) && !isTuple(o as unknown)) {
    const list = o as unknown[];
    if (k instanceof PySlice) {
      const drop = new Set(k.range(list.length));
      const keep = list.filter((_, i) => !drop.has(i));
      list.splice(0, list.length, ...keep);
      return;
    }
    const i = _index(k, list.length, 'list');
    if (i < 0 || i >= list.length) throw new IndexError('list assignment index out of range');
    list.splice(i, 1);
    return;
  }
  if (o instanceof Map) {
    if (!o.has(k)) throw new KeyError(k);
    o.delete(k);
    return;
  }
  if (isByteArray(o)) {
    if (k instanceof PySlice && k.indices(o.length)[2] === 1) {
      // `del buf[:n]`: the tail moves down once.
      const [start, stop] = k.indices(o.length);
      if (stop > start) spliceByteArray(o, start, stop, []);
      return;
    }
    const drop = k instanceof PySlice ? new Set(k.range(o.length)) : new Set([_index(k, o.length, 'bytearray')]);
    for (const i of drop) if (i < 0 || i >= o.length) throw new IndexError('bytearray index out of range');
    const keep = o.filter((_, i) => !drop.has(i));
    spliceByteArray(o, 0, o.length, keep);
    return;
  }
  const n = slots(o);
  if (n?.[NATIVE_DELITEM]) return n[NATIVE_DELITEM](k);
  throw new TypeError(`'${typeName(o)}' object doesn't support item deletion`);
}

// ---------------------------------------------------------------------------------------------
// Iteration.

/** A fresh Uint8Array of o[start:stop] (no subclass's constructor is involved, as slice() would). */
function _copyBytes(o: Uint8Array, start: number, stop: number): Uint8Array {
  const out = new Uint8Array(stop - start);
  out.set(new Uint8Array(o.buffer, o.byteOffset + start, stop - start));
  return out;
}

/** Python's iter(x) as a JS iterable: str by character, bytes by int, dict by key. */
export function iter(x: unknown): Iterable<unknown> {
  if (Array.isArray(x) || typeof x === 'string') return x;
  if (x instanceof String) return x.valueOf();
  if (x instanceof Map) return x.keys();
  if (x !== null && typeof x === 'object' && (Symbol.iterator in x || Symbol.asyncIterator in x)) return x as Iterable<unknown>;
  // A finished enum class (stdlib/enum.ts): its members.
  if (typeof x === 'function' && Symbol.iterator in x) return x as unknown as Iterable<unknown>;
  throw new TypeError(`'${typeName(x)}' object is not iterable`);
}

/** The items `a, b = x` unpacks: CPython's TypeError for a value that is not iterable. */
function _unpacked(x: unknown): unknown[] {
  if (Array.isArray(x)) return x;
  if (typeof x === 'string' || x instanceof Map || (x !== null && typeof x === 'object' && Symbol.iterator in x)) return Array.from(iter(x));
  throw new TypeError(`cannot unpack non-iterable ${typeName(x)} object`);
}

/** `a, b = x`: exactly `n` values, with CPython's ValueError otherwise. */
export function unpack(x: unknown, n: number): unknown[] {
  const items = _unpacked(x);
  if (items.length !== n) {
    if (items.length > n) throw new ValueError(`too many values to unpack (expected ${n})`);
    throw new ValueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
  }
  return items;
}

/** `a, *rest, z = x`: `before` values, a list of the middle, `after` values. */
export function unpackStarred(x: unknown, before: number, after: number): unknown[] {
  const items = _unpacked(x);
  if (items.length < before + after) {
    throw new ValueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  return [...items.slice(0, before), items.slice(before, items.length - after), ...items.slice(items.length - after)];
}

/** `for a, b in pairs`: each item unpacked into `n` values. */
export function iterUnpack(x: unknown, n: number): Iterable<unknown[]> | AsyncIterable<unknown[]> {
  const items = iter(x);
  if (typeof items !== 'string' && !(Symbol.iterator in items)) {
    return (async function* () {
      for await (const item of items as AsyncIterable<unknown>) yield unpack(item, n);
    })();
  }
  return (function* () {
    for (const item of items) yield unpack(item, n);
  })();
}

export { repr };
