// The match statement's structural tests (PEP 634, Python/ceval.c's MATCH_SEQUENCE, MATCH_KEYS,
// MATCH_CLASS): what a pattern asks of its subject before its sub-patterns look at the parts.
// emit.ts compiles each pattern to a condition over these; a part that is missing makes the
// pattern fail (null), a pattern that cannot apply raises CPython's TypeError.
import { pyTypeName } from '../../../socket/pytype.ts';
import { isTuple, tuple } from '../../../socket/tuple.ts';
import { getattr } from './attributes.ts';
import { isInstance } from './builtins.ts';
import { AttributeError } from './exceptions.ts';
import { PyDict, PyRange } from './values.ts';

/**
 * MATCH_SEQUENCE and the length test: the subject's items when it is a sequence (a list, tuple,
 * range or deque; never str, bytes or bytearray) of exactly `n` items, or of `n` or more with a
 * star; null otherwise.
 */
export function matchSequence(x: unknown, n: number, star: boolean): unknown[] | null {
  let items: unknown[];
  if (Array.isArray(x)) items = x;
  else if (x instanceof PyRange || pyTypeName(x) === 'collections.deque') items = [...(x as Iterable<unknown>)];
  else return null;
  return (star ? items.length >= n : items.length === n) ? items : null;
}

/** MATCH_MAPPING and MATCH_KEYS: the values of `keys` in a mapping that has them all (looked up as get() does), or null. */
export function matchMapping(x: unknown, keys: unknown[]): unknown[] | null {
  if (!(x instanceof Map)) return null;
  const values: unknown[] = [];
  for (const k of keys) {
    if (!x.has(k)) return null;
    values.push(x.get(k));
  }
  return values;
}

/** `**rest`: a dict of the subject's other items. */
export function matchRest(x: Map<unknown, unknown>, keys: unknown[]): PyDict {
  const rest = new PyDict(x);
  for (const k of keys) rest.delete(k);
  return rest;
}

/** The builtins whose `C(p)` matches p against the subject itself (MATCH_SELF). */
const _SELF_MATCHING = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

const _typeName = (cls: Function): string => (cls as { __name__?: string }).__name__ ?? cls.name;

/**
 * MATCH_CLASS: isinstance(subject, cls), then the attributes the sub-patterns look at, the
 * positional ones named by cls.__match_args__; null when it is not an instance or lacks one.
 */
export async function matchClass(x: unknown, cls: unknown, positional: number, keywords: string[]): Promise<unknown[] | null> {
  if (typeof cls !== 'function' || !_isClass(cls)) throw new TypeError('called match pattern must be a type');
  if (!isInstance(x, cls)) return null;
  const name = _typeName(cls as Function);
  let names: string[] = [];
  if (positional > 0) {
    if (_SELF_MATCHING.has(name) && _isBuiltin(cls as Function)) {
      if (positional > 1) throw new TypeError(`${name}() accepts 1 positional sub-pattern (${positional} given)`);
      const rest = await _attributes(x, keywords);
      return rest && [x, ...rest];
    }
    let matchArgs: unknown;
    try {
      matchArgs = await getattr(cls, '__match_args__');
    } catch (e) {
      if (!(e instanceof AttributeError)) throw e;
    }
    if (matchArgs === undefined) matchArgs = tuple();
    if (!isTuple(matchArgs)) throw new TypeError(`${name}.__match_args__ must be a tuple (got ${pyTypeName(matchArgs)})`);
    if (positional > matchArgs.length) {
      const s = matchArgs.length === 1 ? '' : 's';
      throw new TypeError(`${name}() accepts ${matchArgs.length} positional sub-pattern${s} (${positional} given)`);
    }
    names = matchArgs.slice(0, positional).map((a) => {
      if (typeof a !== 'string') throw new TypeError(`__match_args__ elements must be strings (got ${pyTypeName(a)})`);
      return a;
    });
  }
  for (const k of keywords) if (names.includes(k)) throw new TypeError(`${name}() got multiple sub-patterns for attribute '${k}'`);
  return _attributes(x, [...names, ...keywords]);
}

/** The attributes `names` of x, or null when one is missing (AttributeError: no match). */
async function _attributes(x: unknown, names: string[]): Promise<unknown[] | null> {
  const values: unknown[] = [];
  for (const n of names) {
    try {
      values.push(await getattr(x, n));
    } catch (e) {
      if (e instanceof AttributeError) return null;
      throw e;
    }
  }
  return values;
}

/** A class, a builtin type object, or a function standing for a class (socket.socket): not a plain function. */
function _isClass(f: Function): boolean {
  const o = f as unknown as Record<symbol, unknown>;
  if (o[Symbol.for('socklab.python.class')] || o[Symbol.for('socklab.python.typeCheck')]) return true;
  const isClass = (c: unknown): boolean => typeof c === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(c));
  return isClass(f) || isClass((f.prototype as { constructor?: unknown } | undefined)?.constructor);
}

const _isBuiltin = (f: Function): boolean => Boolean((f as unknown as Record<symbol, unknown>)[Symbol.for('socklab.python.typeCheck')]);
