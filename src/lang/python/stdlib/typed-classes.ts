// typing's class-statement forms (Lib/typing.py NamedTupleMeta, _TypedDictMeta):
// `class Addr(NamedTuple): host: str; port: int = 0` is a subclass of tuple whose annotated names
// are its fields, in order, their class values the defaults; its methods and properties are the
// body's. `class Movie(TypedDict): title: str` is a class whose instances are plain dicts.
// The base stands for NamedTuple or TypedDict in the class statement (call.ts base, classOf), and
// its CLASS_MADE hook (py.classMade) reads the finished body.
import { ValueError } from '../../../socket/exceptions.ts';
import { pyRepr, repr } from '../../../socket/format.ts';
import { tuple } from '../../../socket/tuple.ts';
import { TupleBase } from '../runtime/builtin-bases.ts';
import { BUILTIN_NEW, BUILTIN_TYPE, CLASS_MADE, ENUM_CALL, PyObject, native } from '../runtime/call.ts';
import { collect } from '../runtime/dunders.ts';
import { PyClassMethod } from '../runtime/property.ts';
import { PyDict } from '../runtime/values.ts';
import { NAMED_FIELDS, namedTupleRepr } from './namedtuple.ts';

const _FIELD_DEFAULTS = Symbol('socklab.python.fieldDefaults');

/** `'x' and 'y'`, as CPython lists missing arguments. */
const _list = (names: string[]): string => {
  const quoted = names.map((n) => `'${n}'`);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
};

/** A namedtuple's __new__ arguments bound to its fields (by position, name or default), with CPython's TypeErrors. */
export function namedTupleArguments(name: string, fields: readonly string[], defaults: { has(k: string): boolean; get(k: string): unknown }, args: unknown[], kw: Record<string, unknown> | undefined): unknown[] {
  const label = `${name}.__new__()`;
  if (args.length > fields.length) throw new TypeError(`${label} takes ${fields.length + 1} positional arguments but ${args.length + 1} were given`);
  for (const k of Object.keys(kw ?? {})) {
    const i = fields.indexOf(k);
    if (i < 0) throw new TypeError(`${label} got an unexpected keyword argument '${k}'`);
    if (i < args.length) throw new TypeError(`${label} got multiple values for argument '${k}'`);
  }
  const missing: string[] = [];
  const values = fields.map((f, i) => {
    if (i < args.length) return args[i];
    if (kw && f in kw) return kw[f];
    if (defaults.has(f)) return defaults.get(f);
    missing.push(f);
    return undefined;
  });
  if (missing.length > 0) throw new TypeError(`${label} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${_list(missing)}`);
  return values;
}

/** The names a class body annotated, in order (its own __annotations__, runtime/index.ts annotate). */
function _annotated(cls: Function): string[] {
  const ann = Object.hasOwn(cls, '__annotations__') ? (cls as unknown as Record<string, unknown>).__annotations__ : undefined;
  return ann instanceof PyDict ? [...ann.keys()].map(String) : [];
}

/** The base of `class Addr(NamedTuple)`: a tuple whose fields its class's annotations name. */
export class NamedTupleBase extends TupleBase {
  /** Addr(host='h', port=5): the class's name and the fields' reprs (a __repr__ of the class's own answers first). */
  [pyRepr](this: unknown[]): string {
    const fields = (this as unknown as Record<symbol, string[]>)[NAMED_FIELDS] ?? [];
    return namedTupleRepr(this.constructor.name, fields, fields.map((_, i) => repr(this[i])));
  }
}
// Its __mro__ names tuple, as a namedtuple's does: (Addr, tuple, object).
Object.defineProperty(NamedTupleBase, BUILTIN_TYPE, { get: () => (TupleBase as unknown as Record<symbol, unknown>)[BUILTIN_TYPE] });

/** A namedtuple's __new__ (Lib/collections/__init__.py): the fields by position or name, or their defaults. */
Object.defineProperty(NamedTupleBase, BUILTIN_NEW, {
  value: (cls: new () => unknown[], args: unknown[], kw: Record<string, unknown> | undefined) => {
    const proto = cls.prototype as Record<symbol, unknown>;
    const fields = (proto[NAMED_FIELDS] ?? []) as string[];
    const defaults = (proto[_FIELD_DEFAULTS] ?? new Map()) as Map<string, unknown>;
    const values = namedTupleArguments(cls.name, fields, defaults, args, kw);
    const made = new cls();
    Array.prototype.push.apply(made, values);
    return made;
  },
});

/** NamedTupleMeta.__new__: the body's annotations become the fields (read-only, by index), their values the defaults. */
Object.defineProperty(NamedTupleBase, CLASS_MADE, {
  value: native('_make_nmtuple', (args) => {
    const cls = args[0] as Function;
    // A subclass of a named tuple class is an ordinary class: its fields are its base's.
    if (Object.getPrototypeOf(cls) !== NamedTupleBase) return null;
    const proto = cls.prototype as Record<string | symbol, unknown>;
    const fields = _annotated(cls);
    const defaults = new Map<string, unknown>();
    for (const f of fields) {
      if (Object.hasOwn(proto, f)) defaults.set(f, proto[f]);
      else if (defaults.size > 0) {
        const plural = defaults.size === 1 ? '' : 's';
        throw new TypeError(`Non-default namedtuple field ${f} cannot follow default field${plural} ${[...defaults.keys()].join(', ')}`);
      }
    }
    _defineFields(proto, fields, defaults);
    return null;
  }),
});

/** A named tuple class's fields (read-only, by index), their defaults, and namedtuple's methods the class does not define. */
function _defineFields(proto: Record<string | symbol, unknown>, fields: string[], defaults: Map<string, unknown>): void {
  fields.forEach((f, i) => Object.defineProperty(proto, f, { get(this: unknown[]) { return this[i]; }, configurable: true }));
  Object.defineProperty(proto, NAMED_FIELDS, { value: fields });
  Object.defineProperty(proto, _FIELD_DEFAULTS, { value: defaults });
  const make = (of: Function, values: unknown[]): unknown[] => {
    const made = new (of as new () => unknown[])();
    Array.prototype.push.apply(made, values);
    return made;
  };
  const methods: Record<string, unknown> = {
    _fields: tuple(...fields),
    _field_defaults: new PyDict([...defaults]),
    _make: new PyClassMethod(native('_make', async function (this: Function, a) {
      const values = await collect(a[0]);
      if (values.length !== fields.length) throw new TypeError(`Expected ${fields.length} arguments, got ${values.length}`);
      return make(this, values);
    })),
    _replace: native('_replace', function (this: unknown[], _a, kw) {
      const unknown = Object.keys(kw ?? {}).filter((k) => !fields.includes(k));
      if (unknown.length > 0) throw new ValueError(`Got unexpected field names: [${unknown.map((k) => repr(k)).join(', ')}]`);
      return make(this.constructor, fields.map((f, i) => (kw && f in kw ? kw[f] : this[i])));
    }),
    _asdict: native('_asdict', function (this: unknown[]) {
      return new PyDict(fields.map((f, i) => [f, this[i]] as const));
    }),
  };
  for (const [name, v] of Object.entries(methods)) if (!Object.hasOwn(proto, name)) Object.defineProperty(proto, name, { value: v, writable: true, configurable: true });
}

/**
 * `class P(namedtuple('P', 'x y')):` the class collections.namedtuple's type stands for as a base
 * (call.ts base, classOf): a named tuple class of those fields, which the class statement extends.
 */
export function namedTupleBase(name: string, fields: string[], defaults: Map<string, unknown>): Function {
  const base = { [name]: class extends NamedTupleBase {} }[name]!;
  Object.defineProperty(base, Symbol.for('socklab.python.namesArePython'), { value: true });
  _defineFields(base.prototype as unknown as Record<string | symbol, unknown>, fields, defaults);
  return base;
}

/** The base of `class Movie(TypedDict)`: calling the class makes a dict (TypedDict's instances are dicts). */
export class TypedDictBase extends PyObject {}
Object.defineProperty(TypedDictBase, ENUM_CALL, {
  value: native('TypedDict', (args, kw) => {
    if (args.length > 2) throw new TypeError(`dict expected at most 1 argument, got ${args.length - 1}`);
    const made = new PyDict(args[1] instanceof Map ? [...args[1]] : []);
    for (const [k, v] of Object.entries(kw ?? {})) made.set(k, v);
    return made;
  }),
});
