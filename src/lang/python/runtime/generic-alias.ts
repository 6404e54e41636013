// PEP 585's generics: `list[int]`, `dict[str, list[bytes]]`, `collections.deque[int]` make a
// types.GenericAlias (Objects/genericaliasobject.c), which prints as it is written, calls its
// origin (`list[int]([1, 2])` is a list), compares by origin and arguments, and refuses
// isinstance(). typing's aliases (stdlib/typing.ts) build on the same hooks: a class whose
// CLASS_GETITEM answers `cls[...]`, an object whose INSTANCE_CHECK answers isinstance().
import { pyRepr, repr } from '../../../socket/format.ts';
import { isTuple, tuple } from '../../../socket/tuple.ts';
import { ELLIPSIS } from './values.ts';
import { NATIVE_COMPARE, NATIVE_HASH } from './native.ts';

/** isinstance(x, obj) for an obj that is not a class: its answer, or its TypeError. */
export const INSTANCE_CHECK = Symbol.for('socklab.python.instanceCheck');

/** issubclass(cls, obj) for an obj with its own rule (typing.Sequence: list, tuple, str, …). */
export const SUBCLASS_CHECK = Symbol.for('socklab.python.subclassCheck');

/** `cls[key]` for a class that is not a container (`Box[int]` of a typing.Generic subclass). */
export const CLASS_GETITEM = Symbol.for('socklab.python.classGetitem');

/** call.ts's CALL_TARGET: what calling the object calls. */
const _CALL_TARGET = Symbol.for('socklab.python.callTarget');

/** The classes `cls[...]` makes a GenericAlias of: list, dict, tuple, set, frozenset, type, collections' and queue's classes. */
const _ORIGINS = new WeakSet<Function>();

export function addGenericOrigins(...classes: Function[]): void {
  for (const c of classes) _ORIGINS.add(c);
}

/** A subscript's arguments, as __class_getitem__ receives them: a tuple key's items, or the key alone. */
export const aliasArgs = (key: unknown): unknown[] => (isTuple(key) ? [...key] : [key]);

/**
 * ga_repr_item and typing._type_repr: `...`, an alias as it prints, a class as module.qualname
 * (builtins' without the module), anything else as its repr.
 */
export function typeRepr(x: unknown): string {
  if (x === ELLIPSIS) return '...';
  const shown = repr(x);
  const cls = /^<class '(.*)'>$/.exec(shown);
  if (typeof x === 'function' && cls) return cls[1]!.replace(/^builtins\./, '');
  return shown;
}

/** types.GenericAlias: `list[int]`. */
export class GenericAlias {
  static readonly pyTypeName = 'types.GenericAlias';
  readonly __args__: readonly unknown[];

  constructor(readonly __origin__: Function, args: unknown[]) {
    this.__args__ = tuple(...args);
  }

  get __parameters__(): readonly unknown[] {
    return tuple();
  }

  [pyRepr](): string {
    const args = this.__args__.length === 0 ? '()' : this.__args__.map(typeRepr).join(', ');
    return `${typeRepr(this.__origin__)}[${args}]`;
  }

  get [_CALL_TARGET](): Function {
    return this.__origin__;
  }

  [INSTANCE_CHECK](): boolean {
    throw new TypeError('isinstance() argument 2 cannot be a parameterized generic');
  }

  [NATIVE_COMPARE](other: unknown, op: string): number | undefined {
    if (op !== '==' || !(other instanceof GenericAlias)) return undefined;
    return sameAlias(this.__origin__, this.__args__, other.__origin__, other.__args__) ? 0 : 1;
  }

  [NATIVE_HASH](): unknown {
    return `GenericAlias:${typeRepr(this)}`;
  }
}

/** Whether two aliases have the same origin and equal arguments (by identity, or equal aliases). */
export function sameAlias(o1: unknown, a1: readonly unknown[], o2: unknown, a2: readonly unknown[]): boolean {
  if (o1 !== o2 || a1.length !== a2.length) return false;
  return a1.every((x, i) => x === a2[i] || (typeof x === 'object' && x !== null && (x as Record<symbol, (o: unknown, op: string) => number | undefined>)[NATIVE_COMPARE]?.(a2[i], '==') === 0));
}

/** `cls[key]` for a class: its GenericAlias, typing's alias, or undefined (not subscriptable). */
export function classGetitem(cls: Function, key: unknown): unknown {
  if (_ORIGINS.has(cls)) return new GenericAlias(cls, aliasArgs(key));
  const own = (cls as unknown as Record<symbol, ((cls: Function, key: unknown) => unknown) | undefined>)[CLASS_GETITEM];
  return own?.(cls, key);
}
