// Python classes that subclass a builtin type: `class Clients(dict)`, `class Registry(list)`,
// `class Port(int)`, `class Name(str)`. The class statement extends the JS class that stands for
// the type here, so an instance is the builtin value itself (a PyDict, an array, a boxed int as an
// IntEnum member is one, a JS String object that the operators read as its str, values.ts
// strValue) and every operator, builtin and method of the type works on it; the methods the
// Python class defines answer first (dunders.ts, attributes.ts), as the subclass's slots do in
// CPython. The type's __new__ makes the value (BUILTIN_NEW) and its __init__ fills it, so
// `super().__init__(pairs)` in the subclass's own __init__ is dict's or list's.
import { pyRepr, repr } from '../../../socket/format.ts';
import { ValueError } from '../../../socket/exceptions.ts';
import { tuple } from '../../../socket/tuple.ts';
import { BUILTIN_NEW, BUILTIN_TYPE, invoke, native } from './call.ts';
import { collect } from './dunders.ts';
import { PyDict, PyFloat, PyIntEnum, makeByteArray, spliceByteArray } from './values.ts';
import { bytes, bytesOver, reprBytes } from '../../../socket/bytes.ts';
import { PyFrozenSet, PySet } from './set.ts';

const _PYTYPE = Symbol.for('socklab.pytype');
const _CLASS_OF = Symbol.for('socklab.python.classOf');

/** An instance is named by its Python class (`'Clients' object has no attribute …`). */
function _namedByClass(proto: object): void {
  Object.defineProperty(proto, _PYTYPE, { get(this: object) { return this.constructor.name; }, configurable: true });
}

/** dict as a base: dict.__init__ (dict_update_common) fills the new, empty dict. */
export class DictBase extends PyDict {}
_namedByClass(DictBase.prototype);
Object.defineProperty(DictBase.prototype, '__init__', {
  value: native('__init__', async function (this: PyDict, args: unknown[], kw: Record<string, unknown> | undefined) {
    if (args.length > 1) throw new TypeError(`dict expected at most 1 argument, got ${args.length}`);
    const src = args[0];
    // Stored directly, as CPython's dict_merge does: a subclass's __setitem__ is not called.
    const put = (k: unknown, v: unknown): void => void PyDict.prototype.set.call(this, k, v);
    if (src instanceof Map) for (const [k, v] of src) put(k, v);
    else if (args.length === 1) {
      let i = 0;
      for (const pair of await collect(src)) {
        const items = await collect(pair);
        if (items.length !== 2) throw new ValueError(`dictionary update sequence element #${i} has length ${items.length}; 2 is required`);
        put(items[0], items[1]);
        i++;
      }
    }
    for (const [k, v] of Object.entries(kw ?? {})) put(k, v);
    return null;
  }),
  writable: true,
  configurable: true,
});
Object.defineProperty(DictBase, BUILTIN_NEW, { value: (cls: new () => PyDict) => new cls() });

/** list as a base: list.__init__ (list___init___impl) empties the list, then extends it. */
export class ListBase extends Array<unknown> {
  // slice(), map(), concat() on an instance make plain lists, as list's own methods do in CPython.
  static get [Symbol.species](): ArrayConstructor {
    return Array;
  }
}
_namedByClass(ListBase.prototype);
Object.defineProperty(ListBase.prototype, '__init__', {
  value: native('__init__', async function (this: unknown[], args: unknown[], kw: Record<string, unknown> | undefined) {
    if (kw && Object.keys(kw).length > 0) throw new TypeError('list() takes no keyword arguments');
    if (args.length > 1) throw new TypeError(`list expected at most 1 argument, got ${args.length}`);
    const items = args.length === 0 ? [] : await collect(args[0]);
    // Array's own methods: a subclass may define a push or splice of its own (call.ts _moveShadowing).
    Array.prototype.splice.call(this, 0, this.length, ...items);
    return null;
  }),
  writable: true,
  configurable: true,
});
Object.defineProperty(ListBase, BUILTIN_NEW, { value: (cls: new () => unknown[]) => new cls() });

/**
 * tuple as a base: an array marked as a tuple (socket/tuple.ts), filled once by tuple.__new__ and
 * not frozen, as a subclass's instance has a __dict__ (`p.tag = 'x'`); item assignment is refused
 * by the tuple it is.
 */
export class TupleBase extends Array<unknown> {
  static get [Symbol.species](): ArrayConstructor {
    return Array;
  }
}
_namedByClass(TupleBase.prototype);
Object.defineProperty(TupleBase.prototype, Symbol.for('socklab.tuple'), { value: true });
Object.defineProperty(TupleBase.prototype, '__init__', { value: native('__init__', () => null), writable: true, configurable: true });

/**
 * int as a base: the value is made by int(...) from the call's arguments (int.__new__), and boxed
 * as an IntEnum member is, so every place that takes an int takes it (isInt, intValue, toJS).
 */
export class IntBase extends PyIntEnum {
  constructor(value: number | bigint) {
    // A value past 2**53 stays a bigint: intValue() hands it on as it is.
    super('int', '', value as number);
  }
  override [pyRepr](): string {
    return repr(this.value);
  }
}
_namedByClass(IntBase.prototype);
// object.__init__: the value was made by __new__; the arguments were int()'s.
Object.defineProperty(IntBase.prototype, '__init__', { value: native('__init__', () => null), writable: true, configurable: true });

/** float as a base: the value float(...) made of the call's arguments (float.__new__), boxed as an integral float is. */
export class FloatBase extends PyFloat {}
_namedByClass(FloatBase.prototype);
Object.defineProperty(FloatBase.prototype, '__init__', { value: native('__init__', () => null), writable: true, configurable: true });

/** set_repr for a subclass: `Tags({1, 2})`, `Tags()` (frozenset's too). */
function _setRepr(this: Set<unknown>): string {
  return this.size === 0 ? `${this.constructor.name}()` : `${this.constructor.name}({${Array.from(this, (x) => repr(x)).join(', ')}})`;
}

/** set as a base: set.__init__ (set_init) empties the set, then adds the iterable's items. */
export class SetBase extends PySet {}
_namedByClass(SetBase.prototype);
Object.defineProperty(SetBase.prototype, pyRepr, { value: _setRepr });
Object.defineProperty(SetBase.prototype, '__init__', {
  value: native('__init__', async function (this: PySet, args: unknown[], kw: Record<string, unknown> | undefined) {
    if (kw && Object.keys(kw).length > 0) throw new TypeError('set() takes no keyword arguments');
    if (args.length > 1) throw new TypeError(`set expected at most 1 argument, got ${args.length}`);
    const items = args.length === 0 ? [] : await collect(args[0]);
    PySet.prototype.clear.call(this);
    for (const x of items) PySet.prototype.add.call(this, x);
    return null;
  }),
  writable: true,
  configurable: true,
});
Object.defineProperty(SetBase, BUILTIN_NEW, { value: (cls: new () => PySet) => new cls() });

/** frozenset as a base: the items are frozenset.__new__'s (its __init__ is object's). */
export class FrozenSetBase extends PyFrozenSet {}
_namedByClass(FrozenSetBase.prototype);
Object.defineProperty(FrozenSetBase.prototype, pyRepr, { value: _setRepr });
Object.defineProperty(FrozenSetBase.prototype, '__init__', { value: native('__init__', () => null), writable: true, configurable: true });
Object.defineProperty(FrozenSetBase, BUILTIN_NEW, {
  value: async (cls: new (items?: Iterable<unknown>) => PyFrozenSet, args: unknown[], kw: Record<string, unknown> | undefined) => {
    if (kw && Object.keys(kw).length > 0) throw new TypeError(`${cls.name}() takes no keyword arguments`);
    if (args.length > 1) throw new TypeError(`${cls.name} expected at most 1 argument, got ${args.length}`);
    return new cls(args.length === 0 ? [] : await collect(args[0]));
  },
});

/** str as a base: a String object holding the str that str(...) made of the call's arguments (str.__new__). */
export class StrBase extends String {
  [pyRepr](): string {
    return repr(this.valueOf());
  }
}
_namedByClass(StrBase.prototype);
Object.defineProperty(StrBase.prototype, '__init__', { value: native('__init__', () => null), writable: true, configurable: true });

/**
 * bytes as a base (`class Packet(bytes)`): a bytes over the value bytes(...) made of the call's
 * arguments (bytes.__new__), with the subclass's prototype. bytes' own methods and slices make
 * plain bytes, as CPython's do for a subclass.
 */
export class BytesBase extends bytes {
  static get [Symbol.species](): typeof bytes {
    return bytes;
  }
}
_namedByClass(BytesBase.prototype);
Object.defineProperty(BytesBase.prototype, '__init__', { value: native('__init__', () => null), writable: true, configurable: true });

/** bytearray as a base: a bytearray (a Uint8Array over a resizable buffer, values.ts makeByteArray) with the subclass's prototype. */
export class ByteArrayBase extends Uint8Array {
  static get [Symbol.species](): Uint8ArrayConstructor {
    return Uint8Array;
  }
}
_namedByClass(ByteArrayBase.prototype);
// bytearray_repr names the instance's type: `Buf(b'ab')`.
Object.defineProperty(ByteArrayBase.prototype, pyRepr, { value(this: Uint8Array) { return `${this.constructor.name}(${reprBytes(this)})`; } });
Object.defineProperty(ByteArrayBase, BUILTIN_NEW, { value: (cls: Function) => Reflect.construct(Uint8Array, [makeByteArray().buffer], cls) });

type _New = (cls: Function, args: unknown[], kw: Record<string, unknown> | undefined) => unknown;

/** The builtin types a Python class may subclass, by the JS class standing for each. */
export function registerBuiltinBases(types: { dict: Function; list: Function; int: Function; str: Function; tuple: Function; float: Function; set: Function; frozenset: Function; bytes: Function; bytearray: Function }): void {
  const pairs: [Function, Function][] = [[types.dict, DictBase], [types.list, ListBase], [types.int, IntBase], [types.str, StrBase], [types.tuple, TupleBase], [types.float, FloatBase], [types.set, SetBase], [types.frozenset, FrozenSetBase], [types.bytes, BytesBase], [types.bytearray, ByteArrayBase]];
  // The JS classes are the process's; each session (a REPL's, each test's) has builtins of its own:
  // the newest session's types are the ones __mro__ names and __new__ calls.
  for (const [type, cls] of pairs) {
    Object.defineProperty(type, _CLASS_OF, { value: cls });
    Object.defineProperty(cls, BUILTIN_TYPE, { value: type, configurable: true });
    // `super().__new__(cls, value)` in the subclass's own __new__: the type's.
    const make = (args: unknown[], kw: Record<string, unknown> | undefined): unknown => {
      if (typeof args[0] !== 'function') throw new TypeError(`${type.name}.__new__(X): X is not a type object`);
      return (cls as unknown as Record<symbol, _New>)[BUILTIN_NEW]!(args[0], args.slice(1), kw);
    };
    Object.defineProperty(cls.prototype, '__new__', { value: native('__new__', make), writable: true, configurable: true });
  }
  Object.defineProperty(IntBase, BUILTIN_NEW, {
    configurable: true,
    value: async (cls: new (v: number | bigint) => IntBase, args: unknown[], kw: Record<string, unknown> | undefined) => {
      const v = await invoke(types.int, undefined, args, kw);
      return new cls(v instanceof PyIntEnum ? v.value : (v as number | bigint));
    },
  });
  Object.defineProperty(FloatBase, BUILTIN_NEW, {
    configurable: true,
    value: async (cls: new (v: number) => FloatBase, args: unknown[], kw: Record<string, unknown> | undefined) => new cls(Number(await invoke(types.float, undefined, args, kw))),
  });
  // tuple.__new__(cls, iterable=()): the items of the iterable, once.
  Object.defineProperty(TupleBase, BUILTIN_NEW, {
    configurable: true,
    value: async (cls: new () => unknown[], args: unknown[], kw: Record<string, unknown> | undefined) => {
      if (kw && Object.keys(kw).length > 0) throw new TypeError('tuple() takes no keyword arguments');
      if (args.length > 1) throw new TypeError(`tuple expected at most 1 argument, got ${args.length}`);
      const made = new cls();
      Array.prototype.push.apply(made, args.length === 0 ? [] : await collect(args[0]));
      return made;
    },
  });
  Object.defineProperty(BytesBase, BUILTIN_NEW, {
    configurable: true,
    value: async (cls: Function, args: unknown[], kw: Record<string, unknown> | undefined) => {
      const v = await invoke(types.bytes, undefined, args, kw) as Uint8Array;
      return Reflect.construct(Uint8Array, [v.buffer, v.byteOffset, v.length], cls);
    },
  });
  // bytearray.__init__ (bytearray___init___impl): the bytearray emptied, then filled from bytearray(...)'s value.
  Object.defineProperty(ByteArrayBase.prototype, '__init__', {
    configurable: true,
    writable: true,
    value: native('__init__', async function (this: Uint8Array, args: unknown[], kw: Record<string, unknown> | undefined) {
      const v = await invoke(types.bytearray, undefined, args, kw) as Uint8Array;
      spliceByteArray(this, 0, this.length, v);
      return null;
    }),
  });
  Object.defineProperty(StrBase, BUILTIN_NEW, {
    configurable: true,
    value: async (cls: new (v: string) => StrBase, args: unknown[], kw: Record<string, unknown> | undefined) => new cls(await invoke(types.str, undefined, args, kw) as string),
  });
}

/** The builtin value a subclass's instance holds, as the builtin type's own methods see it (super().__repr__()). */
export function builtinValueOf(x: unknown): unknown {
  if (x instanceof DictBase) return new PyDict(x);
  if (x instanceof ListBase) return [...x];
  if (x instanceof IntBase) return x.value;
  if (x instanceof StrBase) return x.valueOf();
  if (x instanceof TupleBase) return tuple(...x);
  if (x instanceof FloatBase) return new PyFloat(x.value);
  if (x instanceof BytesBase) return bytesOver(x.buffer, x.byteOffset, x.length);
  if (x instanceof ByteArrayBase) return makeByteArray(x);
  return x;
}

/** The names the JS value behind each base already has: an attribute of that name is kept apart (jsOwnedName). */
const _JS_NAMES = new Map<Function, Set<string>>();

function _jsNames(base: Function, sample: object): Set<string> {
  let names = _JS_NAMES.get(base);
  if (!names) {
    names = new Set(Object.getOwnPropertyNames(sample));
    for (let p: object | null = base.prototype as object; p; p = Object.getPrototypeOf(p) as object | null) for (const n of Object.getOwnPropertyNames(p)) names.add(n);
    _JS_NAMES.set(base, names);
  }
  return names;
}

/**
 * Whether `self.name = v` on an instance of a Python subclass of dict, list, int or str would
 * overwrite what the JS value is made of (a Map's size and get, an array's length and push, the
 * boxed int's value): such an attribute lives apart, under PY_SHADOWED (call.ts).
 */
export function jsOwnedName(x: unknown, name: string): boolean {
  if (x instanceof StrBase) return /^\d+$/.test(name) || _jsNames(StrBase, new StrBase('')).has(name);
  if (x instanceof IntBase) return _jsNames(IntBase, new IntBase(0)).has(name);
  if (x instanceof ListBase) return _jsNames(ListBase, new ListBase()).has(name);
  if (x instanceof TupleBase) return _jsNames(TupleBase, new TupleBase()).has(name);
  if (x instanceof FloatBase) return _jsNames(FloatBase, new FloatBase(0)).has(name);
  if (x instanceof SetBase) return _jsNames(SetBase, new SetBase()).has(name);
  if (x instanceof FrozenSetBase) return _jsNames(FrozenSetBase, new FrozenSetBase()).has(name);
  if (x instanceof DictBase) return _jsNames(DictBase, new DictBase()).has(name);
  if (x instanceof BytesBase) return /^\d+$/.test(name) || _jsNames(BytesBase, Reflect.construct(Uint8Array, [0], BytesBase) as object).has(name);
  if (x instanceof ByteArrayBase) return /^\d+$/.test(name) || _jsNames(ByteArrayBase, new ByteArrayBase(0) as object).has(name);
  return false;
}

