// locals() and vars() in a class body: CPython's class namespace is a dict the body fills as it
// runs, and locals() returns that dict itself, so `l = locals(); y = 2` leaves y in l. Here the
// body binds its names on the class being made (emit.ts), and the view reads them from there:
// `__module__`, `__qualname__` (and `__doc__`), then the names the body has bound so far, in the
// order it bound them. The translation says how far the body has got (py.classBound).
import { getattr, setattr } from './attributes.ts';
import { shadowingMethod } from './call.ts';
import { PyDict, isNone } from './values.ts';

const _BODY = Symbol('socklab.python.classBody');
/** What a class's body bound, in order: its methods' table (call.ts defineClass), or classDefined's names. */
export const CLASS_DEFINED = Symbol.for('socklab.python.classDefined');

/**
 * The class body has run and bound `names` in this order (emit.ts): C.__dict__ lists them so, as
 * CPython's class namespace dict keeps the order the body bound them in (methods and attributes
 * interleaved as written), where the class's prototype has its methods first.
 */
export function classDefined(cls: Function, names: string[]): void {
  Object.defineProperty(cls, CLASS_DEFINED, { value: names, configurable: true });
}

/**
 * A class's own attributes as its __dict__ orders them: those its body bound, in the body's
 * order, and those set on the class since (which CPython's dict has after type_new's own
 * `__dict__`, `__weakref__` and `__doc__`).
 */
export function definitionOrder(cls: Function, own: string[]): { defined: string[]; later: string[] } {
  const table = (cls as unknown as Record<symbol, readonly string[] | Record<string, unknown> | undefined>)[CLASS_DEFINED];
  if (!table) return { defined: own, later: [] };
  const names = Array.isArray(table) ? table : Object.keys(table);
  const present = new Set(own);
  const defined = names.filter((n) => present.has(n));
  // The rest: set since, or by type_new itself (`__hash__ = None` beside an `__eq__`, last in CPython's too).
  const listed = new Set(defined);
  return { defined, later: own.filter((n) => !listed.has(n)) };
}

interface _Body {
  /** The names the body has bound so far, in their order (a `def` counts once the body reaches it). */
  bound: string[];
  /** Names bound through the dict itself (`locals()['x'] = 1`), after those. */
  extra: string[];
  /** The one dict every locals() and vars() of the body returns. */
  view?: PyDict;
}

function _body(cls: Function): _Body {
  const holder = cls as unknown as Record<symbol, _Body | undefined>;
  return (holder[_BODY] ??= { bound: [], extra: [] });
}

/** The class body has got past the statements that bind `bound` (for a view taken earlier). */
export function classBound(cls: Function, bound: string[]): void {
  const body = (cls as unknown as Record<symbol, _Body | undefined>)[_BODY];
  if (body) body.bound = bound;
}

class ClassNamespace extends PyDict {
  constructor(private readonly cls: Function, private readonly body: _Body) {
    super();
  }

  private value(name: string): unknown {
    const own = this.cls.prototype as Record<string, unknown>;
    return Object.hasOwn(own, name) ? own[name] : shadowingMethod(own, name);
  }

  override *entries(): MapIterator<[unknown, unknown]> {
    yield ['__module__', getattr(this.cls, '__module__')];
    yield ['__qualname__', getattr(this.cls, '__qualname__')];
    const doc = getattr(this.cls, '__doc__');
    if (!isNone(doc)) yield ['__doc__', doc];
    const seen = new Set<string>();
    for (const name of [...this.body.bound, ...this.body.extra]) {
      if (seen.has(name)) continue;
      seen.add(name);
      const v = this.value(name);
      if (v !== undefined) yield [name, v];
    }
    yield* super.entries();
  }

  override *keys(): MapIterator<unknown> {
    for (const [k] of this.entries()) yield k;
  }

  override get size(): number {
    return [...this.entries()].length;
  }

  override get(k: unknown): unknown {
    for (const [name, v] of this.entries()) if (name === k) return v;
    return undefined;
  }

  override has(k: unknown): boolean {
    return this.get(k) !== undefined;
  }

  override set(k: unknown, v: unknown): this {
    // A non-str key is legal in the namespace but names no attribute: it is kept aside.
    if (typeof k !== 'string') return super.set(k, v);
    setattr(this.cls, k, v);
    if (!this.body.bound.includes(k) && !this.body.extra.includes(k)) this.body.extra.push(k);
    return this;
  }

  override delete(k: unknown): boolean {
    if (typeof k !== 'string') return super.delete(k);
    const own = this.cls.prototype as Record<string, unknown>;
    if (!Object.hasOwn(own, k)) return false;
    delete own[k];
    return true;
  }
}

/** The namespace of the class body of `cls`, which has bound `bound` so far. */
export function classNamespace(cls: Function, bound: string[]): PyDict {
  const body = _body(cls);
  body.bound = bound;
  return (body.view ??= new ClassNamespace(cls, body));
}
