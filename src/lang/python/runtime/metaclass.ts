// Metaclasses: `class Meta(type)` and `class Handler(metaclass=Meta)`, and three-argument
// type(name, bases, dict). A class here is a JS class, not an instance of a JS metaclass, so a
// class's metaclass is a mark on it (METATYPE, inherited by its subclasses as JS statics are).
// The class statement makes the class as it always does (its body binds on it); its end then
// calls the metaclass as CPython's __build_class__ does, Meta(name, bases, namespace), whose
// type.__new__ hands back the class already made, with the namespace's changes applied
// (Objects/typeobject.c type_new). Meta's __init__ runs on it, and a __call__ of Meta's answers
// when the class is called (a singleton's).
import { t } from '../../../i18n/index.ts';
import { tuple } from '../../../socket/tuple.ts';
import { NotImplementedError } from './exceptions.ts';
import { delattr, setattr } from './attributes.ts';
import {
  BUILTIN_NEW, BUILTIN_TYPE, ENUM_CALL, IS_METACLASS, METATYPE, PY_CLASS, PY_FUNCTION, PY_QUALNAME, PY_SHADOWED, PyObject,
  base, classMade, defineClass, instantiate, invoke, native, shadowingMethod, unboundMethod,
} from './call.ts';
import { basesOf } from './mro.ts';
import { PyDict } from './values.ts';

/** The JS class `class Meta(type)` extends: its prototype holds type's __new__, __init__ and __call__. */
export class TypeBase extends PyObject {
  /** isinstance(C, Meta): C's metaclass is Meta or a subclass of it. */
  static [Symbol.hasInstance](this: Function, v: unknown): boolean {
    if (typeof v !== 'function') return Function.prototype[Symbol.hasInstance].call(this, v);
    const meta = (v as unknown as Record<symbol, Function | undefined>)[METATYPE];
    return meta !== undefined && (meta === this || Function.prototype[Symbol.hasInstance].call(this, meta.prototype));
  }
}
Object.defineProperty(TypeBase, IS_METACLASS, { value: true });

/** The class statement whose metaclass is being called, and its namespace as that call got it. */
let _statement: { cls: Function; ns: Map<unknown, unknown> } | undefined;

/** Whether `m` is a metaclass written in Python (a subclass of type). */
const _isPythonMetaclass = (m: unknown): m is Function =>
  typeof m === 'function' && Boolean((m as unknown as Record<symbol, unknown>)[IS_METACLASS]) && Boolean((m as unknown as Record<symbol, unknown>)[PY_CLASS]);

const _isSubclass = (a: Function, b: Function): boolean => a === b || Function.prototype[Symbol.hasInstance].call(b, a.prototype);

/** A class's bases as Python names them (`class A(metaclass=M)` has none). */
function _bases(cls: Function): Function[] {
  const several = basesOf(cls);
  if (several !== undefined) return several;
  const next = Object.getPrototypeOf(cls) as Function;
  if (next === PyObject) return [];
  return [(next as unknown as Record<symbol, Function | undefined>)[BUILTIN_TYPE] ?? next];
}

/**
 * _PyType_CalculateMetaclass: the most derived of the given metaclass and the bases' ones, or
 * CPython's TypeError; undefined when that is type itself.
 */
function _metaclass(cls: Function, explicit: unknown): Function | undefined {
  let winner = _isPythonMetaclass(explicit) ? explicit : undefined;
  for (const b of _bases(cls)) {
    const m = (b as unknown as Record<symbol, unknown>)[METATYPE];
    if (!_isPythonMetaclass(m)) continue;
    if (winner === undefined || _isSubclass(m, winner)) winner = m;
    else if (!_isSubclass(winner, m)) {
      throw new TypeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
    }
  }
  return winner;
}

/** The class body's namespace, as the metaclass's __new__ gets it: __module__, __qualname__, then the body's names. */
function _namespace(cls: Function): PyDict {
  const ns = new PyDict();
  const proto = cls.prototype as Record<string | symbol, unknown>;
  ns.set('__module__', typeof proto.__module__ === 'string' ? proto.__module__ : '__main__');
  ns.set('__qualname__', (cls as unknown as Record<symbol, unknown>)[PY_QUALNAME] ?? cls.name);
  const shadowed = Object.getOwnPropertyDescriptor(proto, PY_SHADOWED)?.value as object | undefined;
  const names = [...Object.getOwnPropertyNames(proto), ...Object.keys(shadowed ?? {})];
  for (const name of names) {
    if (name === 'constructor' || name === '__module__') continue;
    const v = Object.hasOwn(proto, name) ? proto[name] : shadowingMethod(proto, name);
    ns.set(name, typeof v === 'function' && !(v as unknown as Record<symbol, unknown>)[PY_CLASS] ? unboundMethod(v) : v);
  }
  return ns;
}

/**
 * The end of a class statement with bases or keywords: with a metaclass (its own or its bases'),
 * Meta(name, bases, namespace) is its result; else the bases' hooks and __init_subclass__ (call.ts classMade).
 */
export function classStatementMade(cls: Function, kw?: Record<string, unknown>, explicit?: unknown): Promise<unknown> {
  // `class D(metaclass=f)` with f a function, not a type: builtins.__build_class__ calls it as
  // it is (no metaclass of the bases is looked for), and the name is bound to what it returns.
  if (typeof explicit === 'function' && (explicit as unknown as Record<symbol, unknown>)[PY_FUNCTION]) {
    return Promise.resolve(invoke(explicit, undefined, [cls.name, tuple(..._bases(cls)), _namespace(cls)], kw));
  }
  const meta = _metaclass(cls, explicit);
  // Not an async function of its own: a class statement without a metaclass costs what it did before.
  if (meta === undefined) return explicit === undefined ? classMade(cls, kw) : classMade(cls, kw).then(() => cls);
  return _callMetaclass(cls, meta, kw);
}

/** Meta(name, bases, namespace) at the end of the class statement, its type.__new__ handing back the class made. */
async function _callMetaclass(cls: Function, meta: Function, kw: Record<string, unknown> | undefined): Promise<unknown> {
  if (_definesPrepare(meta)) throw new NotImplementedError(t('python.metaclassPrepare', { meta: meta.name }));
  const ns = _namespace(cls);
  const saved = _statement;
  _statement = { cls, ns: new Map(ns) };
  try {
    return await invoke(meta, undefined, [cls.name, tuple(..._bases(cls)), ns], kw);
  } finally {
    _statement = saved;
  }
}

/** Whether a Python metaclass (or a Python base of it) defines __prepare__. */
function _definesPrepare(meta: Function): boolean {
  for (let p = meta.prototype as object | null; p && p !== TypeBase.prototype; p = Object.getPrototypeOf(p) as object | null) if (Object.hasOwn(p, '__prepare__')) return true;
  return false;
}

/** The metaclass's namespace, changed by its __new__ (`ns['id'] = …`, a dict of its own): the class made to match it. */
function _applyNamespace(cls: Function, before: Map<unknown, unknown>, ns: Map<unknown, unknown>): void {
  for (const [k, v] of ns) {
    if (typeof k !== 'string' || k === '__qualname__' || (before.has(k) && before.get(k) === v)) continue;
    setattr(cls, k, v);
  }
  for (const k of before.keys()) if (typeof k === 'string' && k !== '__module__' && k !== '__qualname__' && !ns.has(k)) delattr(cls, k);
}

/** type(name, bases, dict) making a class: its attributes are the dict's, its bases the tuple's. */
function _newClass(name: string, bases: Function[], ns: Map<unknown, unknown>): Function {
  const chain = base(bases[0], ...bases.slice(1));
  const made = { [name]: class extends (chain as new () => object) {} }[name]!;
  const qualname = ns.get('__qualname__');
  defineClass(made, {}, typeof qualname === 'string' ? qualname : name);
  if (!ns.has('__module__')) setattr(made, '__module__', '__main__');
  for (const [k, v] of ns) if (typeof k === 'string' && k !== '__qualname__') setattr(made, k, v);
  return made;
}

const _pyTypeName = (x: unknown): string => (x === null ? 'NoneType' : Array.isArray(x) ? 'list' : typeof x === 'string' ? 'str' : typeof x === 'number' ? 'int' : typeof x === 'function' ? 'type' : (x as object).constructor?.name ?? typeof x);

/** type.__new__(mcs, name, bases, dict): the class statement's class, or a new one. */
export async function typeNew(args: unknown[], kw: Record<string, unknown> | undefined): Promise<Function> {
  if (args.length !== 4) throw new TypeError(`type.__new__() takes exactly 3 arguments (${Math.max(args.length - 1, 0)} given)`);
  const [mcs, name, bases, ns] = args;
  if (typeof name !== 'string') throw new TypeError(`type.__new__() argument 1 must be str, not ${_pyTypeName(name)}`);
  if (!Array.isArray(bases) || !(bases as unknown as Record<symbol, unknown>)[Symbol.for('socklab.tuple')]) throw new TypeError(`type.__new__() argument 2 must be tuple, not ${_pyTypeName(bases)}`);
  if (!(ns instanceof Map)) throw new TypeError(`type.__new__() argument 3 must be dict, not ${_pyTypeName(ns)}`);
  let cls: Function;
  const statement = _statement;
  if (statement !== undefined && statement.cls.name === name) {
    _statement = undefined;
    cls = statement.cls;
    _applyNamespace(cls, statement.ns, ns);
  } else {
    cls = _newClass(name, bases as Function[], ns);
  }
  if (_isPythonMetaclass(mcs)) {
    Object.defineProperty(cls, METATYPE, { value: mcs, configurable: true });
    // Meta.__call__ answers a call of the class (ENUM_CALL: what calling it does instead).
    const call = (mcs.prototype as Record<string, unknown>).__call__;
    if (call !== _typeCall && typeof call === 'function') Object.defineProperty(cls, ENUM_CALL, { value: unboundMethod(call), configurable: true });
  }
  await classMade(cls, kw);
  return cls;
}

/** type.__call__(cls, *args, **kw): the instance made as type_call makes it (`super().__call__(*args)` in Meta's). */
const _typeCall = native('__call__', function (this: Function, args: unknown[], kw: Record<string, unknown> | undefined) {
  return instantiate(this, args, kw);
});

for (const [name, value] of [
  ['__new__', native('__new__', typeNew)],
  // type.__init__ takes the class statement's arguments and does nothing with them.
  ['__init__', native('__init__', () => null)],
  ['__call__', _typeCall],
] as const) Object.defineProperty(TypeBase.prototype, name, { value, writable: true, configurable: true });
Object.defineProperty(TypeBase, BUILTIN_NEW, { value: (mcs: Function, args: unknown[], kw: Record<string, unknown> | undefined) => typeNew([mcs, ...args], kw) });

/** type as a base (`class Meta(type)`) and called with three arguments. */
export function registerType(type: Function): void {
  Object.defineProperty(type, Symbol.for('socklab.python.classOf'), { value: TypeBase, configurable: true });
  Object.defineProperty(TypeBase, BUILTIN_TYPE, { value: type, configurable: true });
  // `type.__new__(mcs, name, bases, ns)`, `type.__init__(cls, …)`, `type.__call__(cls, *args)` in a metaclass's methods.
  for (const [name, value] of [
    ['__new__', native('__new__', typeNew)],
    ['__init__', native('__init__', () => null)],
    ['__call__', native('__call__', (args, kw) => {
      if (typeof args[0] !== 'function') throw new TypeError("descriptor '__call__' of 'type' object needs an argument");
      return instantiate(args[0], args.slice(1), kw);
    })],
  ] as const) Object.defineProperty(type, name, { value, writable: true, configurable: true });
}
