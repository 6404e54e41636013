// Python's functools (Lib/functools.py, CPython 3.11): partial(), reduce() and cmp_to_key(), as
// a server binds its handler's arguments (`partial(handle, conn)` as a thread's target) or folds
// the chunks it received; wraps() / update_wrapper() for a logging decorator, lru_cache() and
// cache() for a memoised lookup. Not here: total_ordering, singledispatch, cached_property.
import { pyRepr } from '../../../socket/format.ts';
import { tuple } from '../../../socket/tuple.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { PY_CLASS, invoke, native } from '../runtime/call.ts';
import { AttributeError } from '../runtime/exceptions.ts';
import { iter, isAsyncItems, userMethod } from '../runtime/dunders.ts';
import { addressOf } from '../runtime/ids.ts';
import * as ops from '../runtime/ops.ts';
import { PyDict } from '../runtime/values.ts';
import { BUILTIN_TYPES, getattrAwaited, setattr } from '../runtime/attributes.ts';
import { namedTuple } from './namedtuple.ts';

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

/** What update_wrapper copies (WRAPPER_ASSIGNMENTS, less __module__ and __annotations__, the same here). */
const _ASSIGNED = ['__name__', '__qualname__', '__doc__'] as const;

/** update_wrapper(wrapper, wrapped): wrapper takes wrapped's name, qualname, doc and __dict__, and __wrapped__. */
async function update_wrapper(a: unknown[], kw: _Kw): Promise<unknown> {
  const wrapper = a[0] ?? kw?.wrapper;
  const wrapped = a[1] ?? kw?.wrapped;
  for (const name of _ASSIGNED) {
    let value: unknown;
    try {
      // wrapped's class may answer through __getattr__ (a callable object), awaited.
      value = await getattrAwaited(wrapped, name);
    } catch (e) {
      if (!(e instanceof AttributeError)) throw e;
      continue;
    }
    if (value !== undefined) setattr(wrapper, name, value);
  }
  if ((typeof wrapped === 'function' || typeof wrapped === 'object') && wrapped !== null && typeof wrapper === 'function') {
    for (const [k, v] of Object.entries(wrapped)) (wrapper as unknown as Record<string, unknown>)[k] = v;
  }
  setattr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}

/** wraps(wrapped): the decorator that update_wrapper()s the function it is given. */
function wraps(a: unknown[], kw: _Kw): unknown {
  const wrapped = a[0] ?? kw?.wrapped;
  return native('update_wrapper', (b) => update_wrapper([b[0], wrapped], undefined));
}

const _KWD_MARK = Object.freeze({ [pyRepr]: () => '<object object>' });

/**
 * CPython's _make_key: the arguments, then the keyword mark and the keyword pairs, then (typed)
 * every argument's type, so f(3) and f(3.0) (equal keys otherwise) are cached apart. One str or
 * int argument, untyped, is its own key (the fast path; a bool is not an int there, as `type(x) in {int, str}`).
 */
function _makeKey(all: readonly unknown[], kwItems: readonly [string, unknown][], typed: boolean): unknown {
  const one = all[0];
  if (all.length === 1 && kwItems.length === 0 && !typed && (typeof one === 'string' || (typeof one === 'number' && Number.isInteger(one)) || typeof one === 'bigint')) return one;
  const parts: unknown[] = [...all];
  if (kwItems.length > 0) parts.push(_KWD_MARK, ...kwItems.flat());
  if (typed) {
    const type = BUILTIN_TYPES.type;
    const typeOf = (v: unknown): unknown => (type ? (type as (a: unknown[]) => unknown)([v]) : typeof v);
    parts.push(...all.map(typeOf), ...kwItems.map(([, v]) => typeOf(v)));
  }
  return tuple(...parts);
}

/**
 * lru_cache(maxsize=128) / lru_cache(f) / cache(f): a wrapper that remembers f's result per
 * arguments (a dict keyed by them, so an unhashable argument is CPython's TypeError), dropping the
 * least recently used past maxsize. As a class's attribute it binds as a method does (self is an argument).
 */
function _lruCache(f: unknown, maxsize: number | null, typed: boolean): unknown {
  const cache = new PyDict();
  let hits = 0;
  let misses = 0;
  const wrapper = native('_lru_cache_wrapper', async function (this: unknown, args, kw) {
    const all = this === undefined ? args : [this, ...args];
    const kwItems = Object.entries(kw ?? {});
    const key = _makeKey(all, kwItems, typed);
    if (cache.has(key)) {
      hits++;
      const value = cache.get(key);
      if (maxsize !== null) {
        cache.delete(key);
        cache.set(key, value);
      }
      return value;
    }
    misses++;
    const value = await invoke(f, undefined, all, kw);
    if (maxsize === 0) return value;
    cache.set(key, value);
    if (maxsize !== null && cache.size > maxsize) cache.delete(cache.keys().next().value);
    return value;
  });
  Object.defineProperty(wrapper, pyRepr, { value: () => `<functools._lru_cache_wrapper object at ${addressOf(wrapper)}>`, configurable: true });
  Object.defineProperty(wrapper, 'cache_info', {
    value: native('cache_info', () => namedTuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], [hits, misses, maxsize, cache.size])),
    enumerable: false,
  });
  Object.defineProperty(wrapper, 'cache_parameters', {
    value: native('cache_parameters', () => new PyDict([['maxsize', maxsize], ['typed', typed]])),
    enumerable: false,
  });
  Object.defineProperty(wrapper, 'cache_clear', {
    value: native('cache_clear', () => {
      cache.clear();
      hits = misses = 0;
      return null;
    }),
    enumerable: false,
  });
  return update_wrapper([wrapper, f], undefined);
}

/** lru_cache(maxsize=128, typed=False), or lru_cache(user_function) (`@lru_cache` without parentheses). */
function lru_cache(a: unknown[], kw: _Kw): unknown {
  const first = a.length > 0 ? a[0] : kw !== undefined && 'maxsize' in kw ? kw.maxsize : 128;
  const typed = ops.truthy(a.length > 1 ? a[1] : kw?.typed ?? false);
  if (typeof first === 'function') return _lruCache(first, 128, typed);
  if (first !== null && typeof first !== 'number') throw new TypeError('Expected first argument to be an integer, a callable, or None');
  const maxsize = first === null ? null : Math.max(0, first);
  return native('decorating_function', (b) => _lruCache(b[0], maxsize, typed));
}

export function createFunctoolsModule(): PyModule {
  return makeModule('functools', {
    partial: native('partial', partial),
    reduce: native('reduce', reduce),
    cmp_to_key: native('cmp_to_key', cmp_to_key),
    update_wrapper: native('update_wrapper', update_wrapper),
    wraps: native('wraps', wraps),
    lru_cache: native('lru_cache', lru_cache),
    cache: native('cache', (a) => _lruCache(a[0], null, false)),
  });
}
