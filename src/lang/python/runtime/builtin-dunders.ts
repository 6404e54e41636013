// The special methods of builtin values: `(5).__add__(3)`, `'ab'.__len__()`, `int.__add__(2, 3)`.
// Each is the operator or builtin it stands for, as CPython's slot wrappers are, with CPython's
// rules for an operand of another type: a number's binary method and every comparison answer
// NotImplemented (int.__add__(1.5) too: only float's method knows ints, Objects/longobject.c),
// while a sequence's + and * raise as the operator does (sq_concat, sq_repeat).
import { isTuple } from '../../../socket/tuple.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { PyObject, invoke, isUserInstance, type NativeFunction } from './call.ts';
import { pyRepr } from '../../../socket/format.ts';
import * as ops from './ops.ts';
import { toRepr, toStr } from './show.ts';
import { NOT_IMPLEMENTED, PyDict, PyFloat, PySet, isInt, isList, isNone } from './values.ts';

type Methods = Record<string, NativeFunction>;

/** The builtin value kinds whose method tables (attributes.ts) get special methods. */
export type DunderKind = 'int' | 'float' | 'str' | 'bytes' | 'bytearray' | 'list' | 'tuple' | 'dict' | 'set' | 'frozenset' | 'none';

/** The builtins a special method stands for (len, hash, iter, …), from the session's builtins. */
export type DunderBuiltins = Record<'len' | 'hash' | 'iter' | 'abs' | 'int' | 'float' | 'divmod' | 'round', unknown>;

const _ACCEPTS: Record<DunderKind, (x: unknown) => boolean> = {
  int: isInt,
  float: (x) => isInt(x) || x instanceof PyFloat,
  str: (x) => typeof x === 'string',
  bytes: (x) => x instanceof Uint8Array,
  bytearray: (x) => x instanceof Uint8Array,
  list: isList,
  tuple: isTuple,
  dict: (x) => x instanceof PyDict,
  set: (x) => x instanceof PySet,
  frozenset: (x) => x instanceof PySet,
  none: isNone,
};

const _ARITHMETIC: Record<string, (a: unknown, b: unknown) => unknown> = {
  add: ops.add, sub: ops.sub, mul: ops.mul, truediv: ops.truediv, floordiv: ops.floordiv, mod: ops.mod, pow: ops.pow,
};
const _BITWISE: Record<string, (a: unknown, b: unknown) => unknown> = {
  and: ops.bitand, or: ops.bitor, xor: ops.bitxor, lshift: ops.lshift, rshift: ops.rshift,
};
const _COMPARE: Record<string, (a: unknown, b: unknown) => boolean> = {
  eq: ops.eq, ne: (a, b) => !ops.eq(a, b), lt: ops.lt, le: ops.le, gt: ops.gt, ge: ops.ge,
};

/** `__op__` and its reflected `__rop__`, NotImplemented for an operand the type does not know. */
function _binary(table: Methods, accepts: (x: unknown) => boolean, ops_: Record<string, (a: unknown, b: unknown) => unknown>, reflected = true): void {
  for (const [name, op] of Object.entries(ops_)) {
    table[`__${name}__`] = (a) => (accepts(a[1]) ? op(a[0], a[1]) : NOT_IMPLEMENTED);
    if (reflected) table[`__r${name}__`] = (a) => (accepts(a[1]) ? op(a[1], a[0]) : NOT_IMPLEMENTED);
  }
}

/** `'ab' * 2`'s method: CPython's sq_repeat takes only an index (`'a'.__mul__('b')` says so). */
function _repeat(a: unknown[]): unknown {
  if (!isInt(a[1])) throw new TypeError(`'${pyTypeName(a[1])}' object cannot be interpreted as an integer`);
  return ops.mul(a[0], a[1]);
}

const _call = (f: unknown, ...args: unknown[]): unknown => invoke(f, undefined, args, undefined);

/**
 * object's special methods, which an instance of a Python class (and the class, unbound) has
 * unless the class defines its own: identity equality, the id-based hash, the default repr.
 */
export function objectDunders(builtins: DunderBuiltins): Methods {
  return {
    __eq__: (a) => (a[0] === a[1] ? true : NOT_IMPLEMENTED),
    // object.__ne__ inverts __eq__ (the class's own, if it has one) unless it is NotImplemented.
    __ne__: async (a) => {
      const eq = (a[0] as Record<string, unknown>).__eq__;
      const r = typeof eq === 'function' ? await invoke(eq, a[0], [a[1]], undefined) : a[0] === a[1] ? true : NOT_IMPLEMENTED;
      return r === NOT_IMPLEMENTED ? r : !ops.truthy(r);
    },
    __hash__: (a) => _call(builtins.hash, a[0]),
    // object_repr: `<__main__.A object at 0x…>` even when the class defines its own __repr__
    // (`super().__repr__()` in it); a socket subclass's is the socket's.
    __repr__: (a) => (isUserInstance(a[0]) && a[0] instanceof PyObject ? (PyObject.prototype as unknown as Record<symbol, () => string>)[pyRepr]!.call(a[0]) : toRepr(a[0])),
    // object_str: repr(self), the class's own __repr__ if it has one (`super().__str__()` in __str__).
    __str__: (a) => (isUserInstance(a[0]) ? toRepr(a[0]) : toStr(a[0])),
    // object_init: the instance was made by __new__; nothing is left to do.
    __init__: () => null,
  };
}

/** The special methods of one kind of builtin value (args[0] is the value, as in attributes.ts). */
export function builtinDunders(kind: DunderKind, builtins: DunderBuiltins): Methods {
  const accepts = _ACCEPTS[kind];
  const table: Methods = {
    __str__: (a) => toStr(a[0]),
    __repr__: (a) => toRepr(a[0]),
    __bool__: (a) => ops.truthy(a[0]),
  };
  // A mutable builtin's __hash__ is None in CPython: it has no method to call.
  if (!['list', 'dict', 'set', 'bytearray'].includes(kind)) table.__hash__ = (a) => _call(builtins.hash, a[0]);
  for (const [name, op] of Object.entries(_COMPARE)) {
    if ((kind === 'dict' || kind === 'none') && name !== 'eq' && name !== 'ne') continue;
    table[`__${name}__`] = (a) => (accepts(a[1]) ? op(a[0], a[1]) : NOT_IMPLEMENTED);
  }
  if (kind === 'int' || kind === 'float') {
    _binary(table, accepts, _ARITHMETIC);
    table.__divmod__ = (a) => (accepts(a[1]) ? _call(builtins.divmod, a[0], a[1]) : NOT_IMPLEMENTED);
    table.__rdivmod__ = (a) => (accepts(a[1]) ? _call(builtins.divmod, a[1], a[0]) : NOT_IMPLEMENTED);
    table.__neg__ = (a) => ops.neg(a[0]);
    table.__pos__ = (a) => ops.pos(a[0]);
    table.__abs__ = (a) => _call(builtins.abs, a[0]);
    table.__int__ = (a) => _call(builtins.int, a[0]);
    table.__float__ = (a) => _call(builtins.float, a[0]);
    table.__round__ = (a) => _call(builtins.round, ...a);
  }
  if (kind === 'int') {
    _binary(table, accepts, _BITWISE);
    table.__invert__ = (a) => ops.invert(a[0]);
    table.__index__ = (a) => _call(builtins.int, a[0]);
  }
  if (kind === 'set' || kind === 'frozenset') _binary(table, accepts, { and: ops.bitand, or: ops.bitor, xor: ops.bitxor, sub: ops.sub });
  if (kind === 'none') return table;
  if (kind !== 'int' && kind !== 'float') {
    table.__len__ = (a) => _call(builtins.len, a[0]);
    table.__contains__ = (a) => ops.contains(a[0], a[1]);
    table.__iter__ = (a) => _call(builtins.iter, a[0]);
  }
  if (kind === 'str' || kind === 'bytes' || kind === 'bytearray' || kind === 'list' || kind === 'tuple') {
    table.__add__ = (a) => ops.add(a[0], a[1]);
    table.__mul__ = _repeat;
    table.__rmul__ = _repeat;
  }
  if (kind === 'str' || kind === 'bytes' || kind === 'bytearray') table.__mod__ = (a) => ops.mod(a[0], a[1]);
  if (kind !== 'int' && kind !== 'float' && kind !== 'set' && kind !== 'frozenset') table.__getitem__ = (a) => ops.getitem(a[0], a[1]);
  if (kind === 'list' || kind === 'dict' || kind === 'bytearray') {
    table.__setitem__ = (a) => (ops.setitem(a[0], a[1], a[2]), null);
    table.__delitem__ = (a) => (ops.delitem(a[0], a[1]), null);
  }
  return table;
}
