// super() as a value (Objects/typeobject.c super_getattro): `s = super(); s.method()`,
// `print(super())`, and the two-argument `super(B, self)` anywhere. A super object looks its
// attributes up past `cls` in the MRO of self's class (attributes.ts superAttribute), binding them
// to self. `super().name` and `super().name(…)` in a method do not make one: the translation reads
// the base through JS's own `super` (emit.ts _super).
import { pyRepr } from '../../../socket/format.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { superAttribute } from './attributes.ts';
import { ATTRIBUTE_HOOKS, ANSWERS_EVERY_NAME } from './call.ts';

const _CLASS = Symbol('socklab.python.superClass');
const _SELF = Symbol('socklab.python.superSelf');

export class PySuper {
  static readonly pyTypeName = 'super';
  readonly [_CLASS]: Function;
  readonly [_SELF]: unknown;

  constructor(cls: Function, self: unknown) {
    this[_CLASS] = cls;
    this[_SELF] = self;
  }

  /** super_repr: `<super: <class 'B'>, <B object>>` (the names, not the qualified names). */
  [pyRepr](): string {
    const self = this[_SELF];
    const selfName = typeof self === 'function' ? self.name : pyTypeName(self);
    return `<super: <class '${this[_CLASS].name}'>, <${selfName} object>>`;
  }
}
Object.defineProperty(PySuper, pyRepr, { value: () => "<class 'super'>" });

/** super(type, obj): CPython's TypeErrors for a first argument that is no class, else the object. */
export function superObject(cls: unknown, self: unknown): PySuper {
  if (typeof cls !== 'function') throw new TypeError(`super() argument 1 must be a type, not ${pyTypeName(cls)}`);
  const fits = self instanceof cls || (typeof self === 'function' && (self === cls || self.prototype instanceof cls));
  if (!fits) throw new TypeError('super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(cls, self);
}

/** super_getattro: __class__ is super's own; __self__, __thisclass__ and __self_class__ its fields. */
function _superAttribute(obj: object, name: string): unknown {
  const s = obj as PySuper;
  if (name === '__class__') return PySuper;
  if (name === '__self__') return s[_SELF];
  if (name === '__thisclass__') return s[_CLASS];
  if (name === '__self_class__') return typeof s[_SELF] === 'function' ? s[_SELF] : (s[_SELF] as object).constructor;
  return superAttribute(s[_CLASS], s[_SELF], name);
}
Object.defineProperty(_superAttribute, ANSWERS_EVERY_NAME, { value: true });
ATTRIBUTE_HOOKS.set(PySuper.prototype, _superAttribute);
