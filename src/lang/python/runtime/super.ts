// super() as a value (Objects/typeobject.c super_getattro): `s = super(); s.method()`,
// `print(super())`, the two-argument `super(B, self)` anywhere, and the one-argument `super(B)`,
// an unbound super whose __get__(obj) binds it. A super object looks its
// attributes up past `cls` in the MRO of self's class (attributes.ts superAttribute), binding them
// to self. `super().name` and `super().name(…)` in a method do not make one: the translation reads
// the base through JS's own `super` (emit.ts _super).
import { pyRepr } from '../../../socket/format.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { superAttribute } from './attributes.ts';
import { attributeError } from './exceptions.ts';
import { DESCRIPTOR_GET, descriptorMade } from './property.ts';
import { ATTRIBUTE_HOOKS, ANSWERS_EVERY_NAME } from './call.ts';

const _CLASS = Symbol('socklab.python.superClass');
const _SELF = Symbol('socklab.python.superSelf');

export class PySuper {
  static readonly pyTypeName = 'super';
  readonly [_CLASS]: Function;
  /** undefined: unbound (`super(B)`), CPython's NULL obj. */
  readonly [_SELF]: unknown;

  constructor(cls: Function, self: unknown) {
    this[_CLASS] = cls;
    this[_SELF] = self;
    if (self === undefined) descriptorMade();
  }

  /** An unbound super stored in a class binds to the instance reading it: the "autosuper" idiom (`self.__super.f()`). */
  [DESCRIPTOR_GET](obj: unknown, cls: Function): PySuper {
    return _superGet(this)(obj, cls);
  }

  /** super_repr: `<super: <class 'B'>, <B object>>` (the names, not the qualified names), `NULL` unbound. */
  [pyRepr](): string {
    const self = this[_SELF];
    if (self === undefined) return `<super: <class '${this[_CLASS].name}'>, NULL>`;
    const selfName = typeof self === 'function' ? self.name : pyTypeName(self);
    return `<super: <class '${this[_CLASS].name}'>, <${selfName} object>>`;
  }
}
Object.defineProperty(PySuper, pyRepr, { value: () => "<class 'super'>" });

/** super(type, obj) and super(type): CPython's TypeErrors for a first argument that is no class, else the object. */
export function superObject(cls: unknown, self?: unknown): PySuper {
  if (typeof cls !== 'function') throw new TypeError(`super() argument 1 must be a type, not ${pyTypeName(cls)}`);
  // super_init: a second argument of None is the same as none.
  if (self === undefined || self === null) return new PySuper(cls, undefined);
  const fits = self instanceof cls || (typeof self === 'function' && (self === cls || self.prototype instanceof cls));
  if (!fits) throw new TypeError('super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(cls, self);
}

/**
 * super_descr_get: `super(B).__get__(obj)` is `super(B, obj)`; a bound super, or no obj, is itself.
 */
function _superGet(s: PySuper): (obj?: unknown, type?: unknown) => PySuper {
  return (obj?: unknown, type?: unknown): PySuper => {
    const none = obj === undefined || obj === null;
    // wrap_descr_get: the instance and the type cannot both be None.
    if (none && (type === undefined || type === null)) throw new TypeError('__get__(None, None) is invalid');
    return none || s[_SELF] !== undefined ? s : superObject(s[_CLASS], obj);
  };
}

/**
 * super_getattro: __class__ is super's own; __self__, __thisclass__ and __self_class__ its fields.
 * An unbound super looks nothing up past its class (PyObject_GenericGetAttr on the super object).
 */
function _superAttribute(obj: object, name: string): unknown {
  const s = obj as PySuper;
  const self = s[_SELF];
  if (name === '__class__') return PySuper;
  if (name === '__self__') return self ?? null;
  if (name === '__thisclass__') return s[_CLASS];
  if (name === '__self_class__') return self === undefined ? null : typeof self === 'function' ? self : (self as object).constructor;
  const inBases = self !== undefined && (Object.getPrototypeOf(s[_CLASS].prototype) as Record<string, unknown> | null)?.[name] !== undefined;
  if (name === '__get__' && !inBases) return _superGet(s);
  if (self === undefined) throw attributeError(s, name, `'super' object has no attribute '${name}'`);
  return superAttribute(s[_CLASS], self, name);
}
Object.defineProperty(_superAttribute, ANSWERS_EVERY_NAME, { value: true });
ATTRIBUTE_HOOKS.set(PySuper.prototype, _superAttribute);
