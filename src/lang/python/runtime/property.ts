// Python's three builtin descriptors, as a class body's decorators make them (Objects/descrobject.c,
// Objects/funcobject.c): property (a getter, .setter, .deleter), staticmethod and classmethod.
// They sit in a class's prototype like any class attribute; attributes.ts asks describe() and
// setDescribed() when a lookup or an assignment finds one. A property's getter is a Python
// function, so reading it is asynchronous: describe() starts the call and defers its result
// (dunders.ts), which the emitted `py.getattr(…) ?? await py.dunder()` awaits.
import { pyRepr, repr } from '../../../socket/format.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { bindMethod, CALL_TARGET, invoke, native, PY_DOC, PY_NATIVE } from './call.ts';
import { defer } from './dunders.ts';
import { attributeError } from './exceptions.ts';
import { addressOf } from './ids.ts';
import { isNone } from './values.ts';

const _PYTYPE = Symbol.for('socklab.pytype');

/**
 * Whether the program made a property (or any of the three): until it has, attributes.ts skips
 * looking for one on every attribute read and write (a keyed load each, in an attribute-heavy loop).
 */
export let descriptorsMade = false;

/** property(fget=None, fset=None, fdel=None, doc=None). */
export class PyProperty {
  /** The name it was found under (CPython's __set_name__ records it when the class is made). */
  name: string | undefined;
  __doc__: unknown;
  constructor(readonly fget: unknown, readonly fset: unknown, readonly fdel: unknown, doc: unknown) {
    descriptorsMade = true;
    // property_init_impl: without a doc of its own, the getter's docstring.
    this.__doc__ = isNone(doc) && typeof fget === 'function' ? ((fget as unknown as Record<symbol, unknown>)[PY_DOC] ?? null) : doc;
  }
  [pyRepr](): string {
    return `<property object at ${addressOf(this)}>`;
  }
}
Object.defineProperty(PyProperty.prototype, _PYTYPE, { value: 'property' });

/** property_copy: the same property with one function replaced (`@p.setter`). */
function _copy(p: PyProperty, which: 'fget' | 'fset' | 'fdel', f: unknown): PyProperty {
  const fns = { fget: p.fget, fset: p.fset, fdel: p.fdel, [which]: f };
  // A doc that came from the old getter follows the new one.
  const fromGetter = typeof p.fget === 'function' && p.__doc__ === ((p.fget as unknown as Record<symbol, unknown>)[PY_DOC] ?? null);
  const copy = new PyProperty(fns.fget, fns.fset, fns.fdel, fromGetter ? null : p.__doc__);
  copy.name = p.name;
  return copy;
}
for (const which of ['getter', 'setter', 'deleter'] as const) {
  const field = which === 'getter' ? 'fget' : which === 'setter' ? 'fset' : 'fdel';
  Object.defineProperty(PyProperty.prototype, which, {
    value: native(which, function (this: PyProperty, args) {
      return _copy(this, field, args[0]);
    }),
  });
}

/** staticmethod(f): the function itself, from the class or an instance. */
export class PyStaticMethod {
  constructor(readonly __func__: unknown) {
    descriptorsMade = true;
  }
  [pyRepr](): string {
    return `<staticmethod(${repr(this.__func__)})>`;
  }
}
Object.defineProperty(PyStaticMethod.prototype, _PYTYPE, { value: 'staticmethod' });
Object.defineProperty(PyStaticMethod.prototype, CALL_TARGET, { get(this: PyStaticMethod) { return this.__func__; } });

/** classmethod(f): f bound to the class (an instance's class), so `cls()` makes the subclass's instances. */
export class PyClassMethod {
  constructor(readonly __func__: unknown) {
    descriptorsMade = true;
  }
  [pyRepr](): string {
    return `<classmethod(${repr(this.__func__)})>`;
  }
}
Object.defineProperty(PyClassMethod.prototype, _PYTYPE, { value: 'classmethod' });

/**
 * Another builtin object whose type has a __get__ (tp_descr_get), as a method taking the instance
 * (None from the class) and the class: an unbound super (super.ts). Its maker sets descriptorsMade.
 */
export const DESCRIPTOR_GET = Symbol('socklab.python.descriptorGet');

interface _OtherDescriptor {
  [DESCRIPTOR_GET](obj: unknown, cls: Function): unknown;
}

/** Makes attributes.ts look for descriptors from now on (see descriptorsMade). */
export function descriptorMade(): void {
  descriptorsMade = true;
}

export const isDescriptor = (x: unknown): x is PyProperty | PyStaticMethod | PyClassMethod | _OtherDescriptor =>
  x instanceof PyProperty || x instanceof PyStaticMethod || x instanceof PyClassMethod
  || (typeof x === 'object' && x !== null && DESCRIPTOR_GET in x);

/** property_descr_get's messages name the property when it knows its name (3.11). */
function _propertyError(p: PyProperty, obj: unknown, name: string, missing: string): never {
  p.name ??= name;
  throw attributeError(obj, name, `property '${p.name}' of '${pyTypeName(obj)}' object has no ${missing}`);
}

/**
 * The value of descriptor `d` found under `name` on an instance (`cls` undefined) or on class `cls`
 * (`obj` the class). A property's getter is called, its result deferred: undefined is returned.
 */
export function describe(d: PyProperty | PyStaticMethod | PyClassMethod | _OtherDescriptor, obj: unknown, name: string, cls?: Function): unknown {
  if (d instanceof PyStaticMethod) return d.__func__;
  if (!(d instanceof PyProperty || d instanceof PyClassMethod)) return d[DESCRIPTOR_GET](cls === undefined ? obj : null, cls ?? (obj as object).constructor as Function);
  if (d instanceof PyClassMethod) {
    const owner = cls ?? (obj as object).constructor;
    return typeof d.__func__ === 'function' ? bindMethod(d.__func__, owner) : d.__func__;
  }
  if (cls !== undefined) return d;
  if (isNone(d.fget)) _propertyError(d, obj, name, 'getter');
  d.name ??= name;
  return defer(_callOn(d.fget, obj, []));
}

/** `obj.name = value` (`del obj.name` when `deleting`) reaching property `p`: its setter (deleter), deferred. */
export function setDescribed(p: PyProperty, obj: unknown, name: string, value: unknown, deleting = false): undefined {
  const f = deleting ? p.fdel : p.fset;
  if (isNone(f)) _propertyError(p, obj, name, deleting ? 'deleter' : 'setter');
  return defer(_callOn(f, obj, deleting ? [] : [value]));
}

/**
 * A property's function called on `obj`: a decorated def takes it as its first argument; a method
 * named in `property(get_x, set_x)` in the class body, as its self; a builtin, as its first argument.
 */
function _callOn(f: unknown, obj: unknown, rest: unknown[]): Promise<unknown> {
  if (typeof f !== 'function' || (f as unknown as Record<symbol, unknown>)[PY_NATIVE]) return invoke(f, undefined, [obj, ...rest], undefined);
  return invoke(bindMethod(f, obj), undefined, rest, undefined);
}

/** The builtins property, staticmethod and classmethod. */
export function descriptorBuiltins(type: (name: string, check: (x: unknown) => boolean, make: (a: unknown[], kw: Record<string, unknown> | undefined) => unknown) => Function): Record<string, Function> {
  const arg = (a: unknown[], kw: Record<string, unknown> | undefined, i: number, n: string): unknown => (i < a.length ? a[i] : kw?.[n] ?? null);
  return {
    property: type('property', (x) => x instanceof PyProperty, (a, kw) =>
      new PyProperty(arg(a, kw, 0, 'fget'), arg(a, kw, 1, 'fset'), arg(a, kw, 2, 'fdel'), arg(a, kw, 3, 'doc'))),
    staticmethod: type('staticmethod', (x) => x instanceof PyStaticMethod, (a) => {
      if (a.length !== 1) throw new TypeError(`staticmethod expected 1 argument, got ${a.length}`);
      return new PyStaticMethod(a[0]);
    }),
    classmethod: type('classmethod', (x) => x instanceof PyClassMethod, (a) => {
      if (a.length !== 1) throw new TypeError(`classmethod expected 1 argument, got ${a.length}`);
      return new PyClassMethod(a[0]);
    }),
  };
}
