// Python's functools (Lib/functools.py, CPython 3.11): partial(), reduce() and cmp_to_key(), as
// a server binds its handler's arguments (`partial(handle, conn)` as a thread's target) or folds
// the chunks it received. Not here: lru_cache, wraps, total_ordering (decorators are outside the
// subset, DESIGN.md §6).
import { pyRepr } from '../../../socket/format.ts';
import { tuple } from '../../../socket/tuple.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { PY_CLASS, invoke, native } from '../runtime/call.ts';
import { iter, isAsyncItems, userMethod } from '../runtime/dunders.ts';
import { addressOf } from '../runtime/ids.ts';
import * as ops from '../runtime/ops.ts';
import { PyDict } from '../runtime/values.ts';

type _Kw = Record<string, unknown> | undefined;

const _PARTIAL = Symbol('socklab.python.partial');

interface _Partial {
  func: unknown;
  args: readonly unknown[];
  keywords: PyDict;
}

const _callable = (f: unknown): boolean => typeof f === 'function' || userMethod(f, '__call__') !== undefined;

/**
 * partial(func, *args, **keywords): a callable that calls func with args before the call's own
 * and keywords under the call's own; a partial of a partial is flattened, as CPython's.
 */
function partial(a: unknown[], kw: _Kw): unknown {
  if (a.length === 0) throw new TypeError("type 'partial' takes at least one argument");
  if (!_callable(a[0])) throw new TypeError('the first argument must be callable');
  const inner = (a[0] as Record<symbol, _Partial | undefined>)[_PARTIAL];
  const state: _Partial = {
    func: inner ? inner.func : a[0],
    args: [...(inner?.args ?? []), ...a.slice(1)],
    keywords: new PyDict([...(inner?.keywords ?? []), ...Object.entries(kw ?? {})]),
  };
  const p = native('partial', (callArgs, callKw) => {
    const keywords = Object.fromEntries([...state.keywords].map(([k, v]) => [String(k), v]));
    return invoke(state.func, undefined, [...state.args, ...callArgs], { ...keywords, ...callKw });
  });
  Object.defineProperty(p, _PARTIAL, { value: state });
  for (const name of ['func', 'args', 'keywords'] as const) {
    Object.defineProperty(p, name, { get: () => (name === 'args' ? tuple(...state.args) : state[name]), enumerable: true });
  }
  Object.defineProperty(p, pyRepr, {
    value: () => {
      const parts = [ops.repr(state.func), ...state.args.map((x) => ops.repr(x)), ...[...state.keywords].map(([k, v]) => `${String(k)}=${ops.repr(v)}`)];
      return `functools.partial(${parts.join(', ')})`;
    },
  });
  return p;
}

/** reduce(function, iterable[, initial]): function(function(initial, x0), x1) …, left to right. */
async function reduce(a: unknown[], kw: _Kw): Promise<unknown> {
  if (kw && Object.keys(kw).length > 0) throw new TypeError('reduce() takes no keyword arguments');
  if (a.length < 2) throw new TypeError(`reduce expected at least 2 arguments, got ${a.length}`);
  if (a.length > 3) throw new TypeError(`reduce expected at most 3 arguments, got ${a.length}`);
  const [f, source] = a;
  const items = iter(source);
  const it = isAsyncItems(items) ? items[Symbol.asyncIterator]() : (items as Iterable<unknown>)[Symbol.iterator]();
  let started = a.length === 3;
  let total = a[2];
  for (let r = await it.next(); !r.done; r = await it.next()) {
    total = started ? await invoke(f, undefined, [total, r.value], undefined) : r.value;
    started = true;
  }
  if (!started) throw new TypeError('reduce() of empty iterable with no initial value');
  return total;
}

/**
 * cmp_to_key(mycmp): the key objects sorted(), min() and max() compare, each comparison a call of
 * mycmp(a, b) whose sign decides. A Python class to the runtime (PY_CLASS), so its __lt__ is called.
 */
function cmp_to_key(a: unknown[]): unknown {
  const mycmp = a[0];
  class KeyWrapper {
    static readonly [PY_CLASS] = true;
    constructor(readonly obj: unknown) {}
    [pyRepr](): string {
      return `<functools.KeyWrapper object at ${addressOf(this)}>`;
    }
  }
  const compare = (op: (r: unknown) => boolean) => native('compare', async function (this: KeyWrapper, args) {
    const other = args[0];
    if (!(other instanceof KeyWrapper)) throw new TypeError('other argument must be K instance');
    return op(await invoke(mycmp, undefined, [this.obj, other.obj], undefined));
  });
  const methods: Record<string, (r: unknown) => boolean> = {
    __lt__: (r) => ops.lt(r, 0), __gt__: (r) => ops.gt(r, 0), __le__: (r) => ops.le(r, 0), __ge__: (r) => ops.ge(r, 0), __eq__: (r) => ops.eq(r, 0),
  };
  for (const [name, op] of Object.entries(methods)) Object.defineProperty(KeyWrapper.prototype, name, { value: compare(op) });
  return native('K', (args) => new KeyWrapper(args[0]));
}

export function createFunctoolsModule(): PyModule {
  return makeModule('functools', {
    partial: native('partial', partial),
    reduce: native('reduce', reduce),
    cmp_to_key: native('cmp_to_key', cmp_to_key),
  });
}
