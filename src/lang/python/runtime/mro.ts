// Multiple inheritance: `class Handler(LoggingMixin, socketserver.BaseRequestHandler)`, diamonds.
// CPython orders a class's bases by the C3 linearisation (Objects/typeobject.c mro_implementation);
// a JS class has one prototype chain, so the chain is made to be that order: each class of the MRO
// whose own JS base is not the next one in it is stood for by a clone, a JS class with the same
// own attributes whose base is the next one. A clone's prototype reads as its class everywhere
// Python looks (its `constructor` is the class; __mro__ names the class; isinstance() finds it).
// Single inheritance never makes a clone: its chain is its MRO already.
import { t } from '../../../i18n/index.ts';
import { MIXINS_AFTER } from '../../../modules/callable.ts';
import { ATTRIBUTE_HOOKS, BUILTIN_TYPE, PY_CLASS, PyObject } from './call.ts';
import { NotImplementedError } from './exceptions.ts';

/** On a prototype whose chain holds a clone: super() follows the chain, not the method's JS home (emit.ts _super). */
export const LINEARISED = Symbol.for('socklab.python.linearised');

/** A clone's prototype → the prototype of the class it stands for. */
const _PROTOTYPE_OF = new WeakMap<object, object>();
/** A clone's prototype → the clone. */
const _LINK_OF = new WeakMap<object, Function>();
/** A clone → the class it stands for. */
const _CLASS_OF = new WeakMap<Function, Function>();
/** A class → its clones, by the base each continues with. */
const _CLONES = new WeakMap<Function, Map<Function, Function>>();
/** A class made with several bases → those bases, as `__bases__` names them. */
const _BASES = new WeakMap<Function, Function[]>();

/** The roots of JS chains that Python reads as object (attributes.ts _mro). */
const _isRoot = (c: Function): boolean => c === PyObject || c === Error || c === Object || c === Function.prototype;
const _isPython = (c: Function): boolean => Object.hasOwn(c, PY_CLASS);

/** The class a JS class of a chain stands for: itself, or the class of a clone. */
export const classOfLink = (c: Function): Function => _CLASS_OF.get(c) ?? c;

/** The clone a prototype of a chain is (a classmethod's super() reads the class attributes there). */
export const linkOf = (proto: object | null): Function | undefined => (proto === null ? undefined : _LINK_OF.get(proto));

/** The bases of a class made with several (undefined for a class with one base). */
export const basesOf = (cls: Function): Function[] | undefined => _BASES.get(cls);

/** The clones of a class, each a prototype that holds a copy of its attributes (store() writes through). */
export function clonePrototypes(cls: Function): object[] {
  const clones = _CLONES.get(cls);
  return clones === undefined ? [] : [...clones.values()].map((c) => c.prototype as object);
}

/** A class's linearisation as JS classes (a clone read as its class), without the roots. */
function _linear(cls: Function): Function[] {
  const out: Function[] = [];
  for (let c: Function | null = cls; c && !_isRoot(c); c = Object.getPrototypeOf(c) as Function | null) out.push(classOfLink(c));
  return out;
}

/** object, at the end of every linearisation. */
const _OBJECT: unique symbol = Symbol('object');
type _Link = Function | typeof _OBJECT;

/** How a base is named in CPython's TypeErrors: the builtin type a JS class stands for (dict), or its name. */
const _nameOf = (c: _Link): string =>
  c === _OBJECT ? 'object' : ((c as unknown as Record<symbol, Function | undefined>)[BUILTIN_TYPE] ?? c).name;

/** mro_implementation's merge of the bases' linearisations and the list of bases, or CPython's TypeError. */
function _merge(bases: Function[]): Function[] {
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]!, i + 1) > 0) throw new TypeError(`duplicate base class ${_nameOf(bases[i]!)}`);
  }
  const seqs: _Link[][] = [...bases.map((b): _Link[] => [..._linear(b), _OBJECT]), [...bases]];
  const out: Function[] = [];
  for (;;) {
    const left = seqs.filter((s) => s.length > 0);
    if (left.length === 0) return out;
    const head = left.map((s) => s[0]!).find((h) => !left.some((s) => s.indexOf(h) > 0));
    if (head === undefined) {
      // set_mro_error: the heads still to merge, each once, in the order of the lists.
      const names = [...new Set(left.map((s) => s[0]!))].map(_nameOf);
      throw new TypeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`);
    }
    if (head !== _OBJECT) out.push(head);
    for (const s of left) if (s[0] === head) s.shift();
  }
}

/** Whether a chain holds a JS class other than Python's (a builtin type's, an exception's, a TypeScript one). */
function _holdsNative(c: Function): boolean {
  for (let k: Function | null = c; k && !_isRoot(k); k = Object.getPrototypeOf(k) as Function | null) if (!_isPython(classOfLink(k))) return true;
  return false;
}

/** hasInstance for a class with clones: an object whose chain holds the class's prototype or a clone's. */
function _hasInstance(this: Function, v: unknown): boolean {
  if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return false;
  const own = this.prototype as object;
  for (let p = Object.getPrototypeOf(v) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    if (p === own || _PROTOTYPE_OF.get(p) === own) return true;
  }
  return false;
}

/** What BaseException defines for Python that its JS class does not hold as such (attributes.ts reads them off the error). */
const _EXCEPTION_NAMES = new Set(['__str__', '__repr__', '__init__', '__new__', '__reduce__', '__setstate__', 'args', 'with_traceback', 'add_note', '__traceback__', '__cause__', '__context__', '__suppress_context__']);

/** Whether a builtin or TypeScript class defines `name` for Python. */
const _definedBy = (native: Function, name: string): boolean =>
  (name in (native.prototype as object) && !(name in Object.prototype)) || ((native.prototype as object) instanceof Error && _EXCEPTION_NAMES.has(name));

/**
 * A class of the MRO standing before `next`: a JS class with its own attributes, extending `next`.
 * `after`: the builtin classes that come before it in the MRO but after it in the chain (reordered,
 * linearise): the attributes they define are theirs, so the clone leaves them out.
 */
function _clone(cls: Function, next: Function, after?: Function): Function {
  let clones = _CLONES.get(cls);
  const known = clones?.get(next);
  if (known !== undefined) return known;
  if (!Object.hasOwn(cls, Symbol.hasInstance)) Object.defineProperty(cls, Symbol.hasInstance, { value: _hasInstance, configurable: true });
  const made = { [cls.name]: class extends (next as new (...args: unknown[]) => object) {} }[cls.name]!;
  for (const key of Reflect.ownKeys(cls)) {
    if (key === 'prototype' || key === 'length' || key === 'name') continue;
    Object.defineProperty(made, key, Object.getOwnPropertyDescriptor(cls, key)!);
  }
  const proto = cls.prototype as object;
  for (const key of Reflect.ownKeys(proto)) {
    if (after !== undefined && typeof key === 'string' && key !== 'constructor' && _definedBy(after, key)) continue;
    Object.defineProperty(made.prototype, key, Object.getOwnPropertyDescriptor(proto, key)!);
  }
  Object.defineProperty(made.prototype, LINEARISED, { value: true });
  // A socket's Python-only view of its attributes (its type as a SocketKind) holds above it too.
  const view = ATTRIBUTE_HOOKS.get(proto) ?? (after !== undefined ? ATTRIBUTE_HOOKS.get(next.prototype as object) : undefined);
  if (view !== undefined) ATTRIBUTE_HOOKS.set(made.prototype as object, view);
  _PROTOTYPE_OF.set(made.prototype as object, proto);
  _LINK_OF.set(made.prototype as object, made);
  _CLASS_OF.set(made, cls);
  if (clones === undefined) _CLONES.set(cls, (clones = new Map()));
  clones.set(next, made);
  return made;
}

/**
 * The JS base of `class C(A, B, …)`: the chain of C's MRO after C, clones where a class's own
 * base is not the next in it. CPython's TypeErrors for duplicate bases, an inconsistent order,
 * and two builtin bases (`class C(int, str)`: an instance cannot be both).
 */
export function linearise(bases: Function[]): Function {
  const mro = _merge(bases);
  let chain = mro[mro.length - 1]!;
  let reordered = false;
  for (let i = mro.length - 2; i >= 0; i--) {
    const cls = mro[i]!;
    if (Object.getPrototypeOf(cls) === chain) chain = cls;
    else if (_isPython(cls)) chain = _clone(cls, chain);
    else if (_holdsNative(chain)) throw new TypeError('multiple bases have instance lay-out conflict');
    else {
      // A builtin or TypeScript class (an exception, socket.socket) before Python classes that are
      // not its bases (`class E(Exception, Mixin)`): its JS class cannot take another base, so the
      // Python classes go above it in the chain, without the attributes it defines (which come
      // first in CPython's MRO); __mro__ still reads CPython's order (mroAfter).
      const python = mro.slice(i + 1).filter(_isPython);
      let native = cls;
      while (i > 0 && !_isPython(mro[i - 1]!) && Object.getPrototypeOf(mro[i - 1]!) === native) native = mro[--i]!;
      if (python.length === 0 || python.some((c) => _holdsNative(c))) throw new NotImplementedError(t('python.mroBuiltinFirst', { base: _nameOf(cls), next: _nameOf(classOfLink(chain)) }));
      chain = native;
      for (let k = python.length - 1; k >= 0; k--) chain = _clone(python[k]!, chain, native);
      reordered = true;
    }
  }
  if (reordered) _REORDERED.set(chain, mro);
  return chain;
}

/** The JS base of a class whose chain was reordered → the rest of its MRO in CPython's order. */
const _REORDERED = new WeakMap<Function, Function[]>();

/** The MRO after a class whose JS base is `next`, when its chain is not in that order (linearise). */
export const mroAfter = (next: Function): Function[] | undefined => _REORDERED.get(next);

/**
 * The socketserver mixins that come after a server class in `cls`'s bases (`class S(TCPServer,
 * ThreadingMixIn)`): its chain leaves them out (call.ts base), its MRO has them just before object.
 */
export const mixinsAfter = (cls: Function): Function[] | undefined =>
  (Object.hasOwn(cls, MIXINS_AFTER) ? (cls as unknown as Record<symbol, Function[]>)[MIXINS_AFTER] : undefined);

/** Records a class's bases once it is made with several (defineClass). */
export function recordBases(cls: Function, bases: Function[], mixins?: Function[]): void {
  _BASES.set(cls, bases);
  if (mixins !== undefined) Object.defineProperty(cls, MIXINS_AFTER, { value: mixins });
}

/**
 * Where super() in class `cls` continues for `self` (an instance, or a class in a classmethod):
 * the prototype after cls's in self's chain, which a clone may hold instead of cls's own.
 */
export function prototypeAfter(cls: Function, self: unknown): object | null {
  const start = typeof self === 'function' ? (self.prototype as object | undefined) : (self as object | null);
  const own = cls.prototype as object;
  if (start && (start as Record<symbol, unknown>)[LINEARISED]) {
    for (let p = start as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
      if (p === own || _PROTOTYPE_OF.get(p) === own) return Object.getPrototypeOf(p) as object | null;
    }
  }
  return Object.getPrototypeOf(own) as object | null;
}
