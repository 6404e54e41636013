// Python's itertools (Modules/itertoolsmodule.c, CPython 3.11): count, cycle, repeat, accumulate,
// chain (and chain.from_iterable), compress, dropwhile, filterfalse, groupby, islice, pairwise,
// starmap, takewhile, tee, zip_longest, product, permutations, combinations and
// combinations_with_replacement. Lazy as CPython's: each is an iterator that computes an item
// when asked (`next(count())` works, `islice(count(), 3)` ends), the arguments are iter()'d when
// the call is made (chain's only when reached), and a source may be a generator or a Python
// class's iterator, whose items are awaited: every iterator here is a LazyIterator, which the
// builtins (list, sorted, str.join, unpacking, for) read as they read map().
import { moment, performanceAt } from '../../../clock.ts';
import { currentSignal } from '../../../socket/cancel.ts';
import { KeyboardInterrupt, ValueError } from '../../../socket/exceptions.ts';
import { pyRepr, repr } from '../../../socket/format.ts';
import { tuple } from '../../../socket/tuple.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { argAt, invoke, native } from '../runtime/call.ts';
import { add, dunder, isAsyncItems, iter, richEq, truthy } from '../runtime/dunders.ts';
import { LazyIterator } from '../runtime/generator.ts';
import { typeName } from '../runtime/ops.ts';
import { PyFloat, intValue, isInt, isNone } from '../runtime/values.ts';

type _Kw = Record<string, unknown> | undefined;

/** An iterator over x's items, sync or async: `await it.next()` reads either. */
interface _Items {
  next(): IteratorResult<unknown> | Promise<IteratorResult<unknown>>;
}

/** iter(x) now, as CPython's constructors call it: a TypeError for what is not iterable. */
function _items(x: unknown): _Items {
  const items = iter(x);
  return isAsyncItems(items) ? items[Symbol.asyncIterator]() : (items as Iterable<unknown>)[Symbol.iterator]();
}

/** Every item of x (product, permutations and cycle keep them, as CPython's do). */
async function _all(it: _Items): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let r = await it.next(); !r.done; r = await it.next()) out.push(r.value);
  return out;
}

function _lazy(name: string, body: AsyncGenerator<unknown>): LazyIterator {
  return new LazyIterator(body, `itertools.${name}`);
}

/** bool(x), a Python class's __bool__ or __len__ awaited. */
async function _truth(x: unknown): Promise<boolean> {
  const t = truthy(x);
  return t === undefined ? Boolean(await dunder()) : t;
}

// When the module was loaded, read on process.hrtime: `performance` loads node:perf_hooks (src/clock.ts).
const _loaded = moment();
let _lastTurn: number | undefined;

/**
 * An endless iterator's pause every few ms: `list(count())` collects in microtasks, which never
 * let Ctrl+C's handler run; CPython's KeyboardInterrupt stops it between two items.
 */
async function _turn(): Promise<void> {
  _lastTurn ??= performanceAt(_loaded);
  const now = performance.now();
  if (now - _lastTurn < 4) return;
  _lastTurn = now;
  await new Promise((resolve) => setImmediate(resolve));
  if (currentSignal()?.aborted) throw new KeyboardInterrupt();
}

const _call = (f: unknown, args: unknown[]): Promise<unknown> => invoke(f, undefined, args, undefined);

/** An argument CPython reads as a C Py_ssize_t (r, times, n): an int, else its TypeError. */
function _size(x: unknown, what = 'integer'): number {
  if (!isInt(x)) throw new TypeError(typeof x === 'string' || x instanceof PyFloat ? `'${typeName(x)}' object cannot be interpreted as an ${what}` : `'${typeName(x)}' object cannot be interpreted as an integer`);
  return Number(intValue(x));
}

/** A function's required argument, with CPython's Argument Clinic message when it is missing. */
function _required(a: unknown[], kw: _Kw, i: number, name: string, fn: string): unknown {
  const v = argAt(a, kw, i, name);
  if (v === undefined) throw new TypeError(`${fn}() missing required argument '${name}' (pos ${i + 1})`);
  return v;
}

// ---------------------------------------------------------------------------------------------

function _numberArg(x: unknown): unknown {
  if (isInt(x) || x instanceof PyFloat || typeof x === 'boolean') return x;
  throw new TypeError('a number is required');
}

/** count(start=0, step=1): its repr shows where it is now, `count(5)`, `count(0, 2)`. */
function count(a: unknown[], kw: _Kw): LazyIterator {
  let current = _numberArg(argAt(a, kw, 0, 'start') ?? 0);
  const step = _numberArg(argAt(a, kw, 1, 'step') ?? 1);
  const it = _lazy('count', (async function* () {
    for (;;) {
      await _turn();
      const value = current;
      current = add(value, step) ?? (await dunder());
      yield value;
    }
  })());
  const plainStep = isInt(step) && Number(intValue(step)) === 1;
  Object.defineProperty(it, pyRepr, { value: () => (plainStep ? `count(${repr(current)})` : `count(${repr(current)}, ${repr(step)})`) });
  return it;
}

function repeat(a: unknown[], kw: _Kw): LazyIterator {
  const object = _required(a, kw, 0, 'object', 'repeat');
  const given = argAt(a, kw, 1, 'times');
  let left = given === undefined ? -1 : Math.max(0, _size(given));
  const it = _lazy('repeat', (async function* () {
    while (left !== 0) {
      if (left > 0) left--;
      else await _turn();
      yield object;
    }
  })());
  Object.defineProperty(it, pyRepr, { value: () => (left < 0 ? `repeat(${repr(object)})` : `repeat(${repr(object)}, ${left})`) });
  return it;
}

function cycle(a: unknown[]): LazyIterator {
  const it = _items(a[0]);
  return _lazy('cycle', (async function* () {
    const saved: unknown[] = [];
    for (let r = await it.next(); !r.done; r = await it.next()) {
      saved.push(r.value);
      yield r.value;
    }
    if (saved.length === 0) return;
    for (;;) {
      await _turn();
      yield* saved;
    }
  })());
}

function accumulate(a: unknown[], kw: _Kw): LazyIterator {
  const it = _items(_required(a, kw, 0, 'iterable', 'accumulate'));
  const func = argAt(a, kw, 1, 'func');
  const initial = kw?.initial;
  return _lazy('accumulate', (async function* () {
    let total: unknown;
    let started = false;
    if (initial !== undefined && !isNone(initial)) {
      total = initial;
      started = true;
      yield total;
    }
    for (let r = await it.next(); !r.done; r = await it.next()) {
      total = !started ? r.value : func === undefined || isNone(func) ? (add(total, r.value) ?? (await dunder())) : await _call(func, [total, r.value]);
      started = true;
      yield total;
    }
  })());
}

function _chain(sources: _Items): LazyIterator {
  return _lazy('chain', (async function* () {
    for (let s = await sources.next(); !s.done; s = await sources.next()) {
      const it = _items(s.value);
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    }
  })());
}

function compress(a: unknown[], kw: _Kw): LazyIterator {
  const data = _items(_required(a, kw, 0, 'data', 'compress'));
  const selectors = _items(_required(a, kw, 1, 'selectors', 'compress'));
  return _lazy('compress', (async function* () {
    for (;;) {
      const d = await data.next();
      if (d.done) return;
      const s = await selectors.next();
      if (s.done) return;
      if (await _truth(s.value)) yield d.value;
    }
  })());
}

/** dropwhile, takewhile, filterfalse: (predicate, iterable). */
function _predicateArgs(name: string, a: unknown[], kw: _Kw): [unknown, _Items] {
  if (kw && Object.keys(kw).length > 0) throw new TypeError(`${name}() takes no keyword arguments`);
  if (a.length !== 2) throw new TypeError(`${name} expected 2 arguments, got ${a.length}`);
  return [a[0], _items(a[1])];
}

function dropwhile(a: unknown[], kw: _Kw): LazyIterator {
  const [pred, it] = _predicateArgs('dropwhile', a, kw);
  return _lazy('dropwhile', (async function* () {
    let dropping = true;
    for (let r = await it.next(); !r.done; r = await it.next()) {
      if (dropping && (await _truth(await _call(pred, [r.value])))) continue;
      dropping = false;
      yield r.value;
    }
  })());
}

function takewhile(a: unknown[], kw: _Kw): LazyIterator {
  const [pred, it] = _predicateArgs('takewhile', a, kw);
  let stopped = false;
  return _lazy('takewhile', (async function* () {
    for (let r = stopped ? undefined : await it.next(); r && !r.done; r = await it.next()) {
      if (!(await _truth(await _call(pred, [r.value])))) {
        stopped = true;
        return;
      }
      yield r.value;
    }
  })());
}

function filterfalse(a: unknown[], kw: _Kw): LazyIterator {
  const [pred, it] = _predicateArgs('filterfalse', a, kw);
  return _lazy('filterfalse', (async function* () {
    for (let r = await it.next(); !r.done; r = await it.next()) {
      if (!(await _truth(isNone(pred) ? r.value : await _call(pred, [r.value])))) yield r.value;
    }
  })());
}

function starmap(a: unknown[], kw: _Kw): LazyIterator {
  if (kw && Object.keys(kw).length > 0) throw new TypeError('starmap() takes no keyword arguments');
  if (a.length !== 2) throw new TypeError(`starmap expected 2 arguments, got ${a.length}`);
  const [f] = a;
  const it = _items(a[1]);
  return _lazy('starmap', (async function* () {
    for (let r = await it.next(); !r.done; r = await it.next()) yield await _call(f, await _all(_items(r.value)));
  })());
}

function pairwise(a: unknown[]): LazyIterator {
  const it = _items(a[0]);
  return _lazy('pairwise', (async function* () {
    let prev = await it.next();
    if (prev.done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) {
      yield tuple(prev.value, r.value);
      prev = r;
    }
  })());
}

/**
 * groupby(iterable, key=None): (key, group) pairs of consecutive equal keys. A group reads the
 * shared source, so moving to the next pair ends the group before it (itertools' _grouper).
 */
function groupby(a: unknown[], kw: _Kw): LazyIterator {
  const it = _items(_required(a, kw, 0, 'iterable', 'groupby'));
  const keyfunc = argAt(a, kw, 1, 'key');
  const keyOf = (x: unknown) => (keyfunc === undefined || isNone(keyfunc) ? x : _call(keyfunc, [x]));
  let current: { key: unknown; value: unknown } | undefined;
  let done = false;
  let generation = 0;
  const advance = async (): Promise<void> => {
    const r = await it.next();
    if (r.done) {
      done = true;
      current = undefined;
    } else {
      current = { value: r.value, key: await keyOf(r.value) };
    }
  };
  return _lazy('groupby', (async function* () {
    let previous: { key: unknown } | undefined;
    for (;;) {
      generation++;
      if (current === undefined && !done) await advance();
      // Skip what is left of the group before (its items were not all read).
      while (current !== undefined && previous !== undefined && (await richEq(current.key, previous.key))) await advance();
      if (current === undefined) return;
      const key = current.key;
      previous = { key };
      const mine = generation;
      const group = _lazy('_grouper', (async function* () {
        while (mine === generation && current !== undefined && (await richEq(current.key, key))) {
          const value = current.value;
          await advance();
          yield value;
        }
      })());
      yield tuple(key, group);
    }
  })());
}

function _sliceIndex(x: unknown, what: string): number | undefined {
  if (x === undefined || isNone(x)) return undefined;
  const n = isInt(x) ? Number(intValue(x)) : -1;
  if (n < 0) throw new ValueError(what);
  return n;
}

/** islice(iterable, stop) / islice(iterable, start, stop[, step]). */
function islice(a: unknown[], kw: _Kw): LazyIterator {
  if (kw && Object.keys(kw).length > 0) throw new TypeError('islice() takes no keyword arguments');
  if (a.length < 2 || a.length > 4) throw new TypeError(a.length < 2 ? `islice expected at least 2 arguments, got ${a.length}` : `islice expected at most 4 arguments, got ${a.length}`);
  const it = _items(a[0]);
  let start = 0;
  let stop: number | undefined;
  let step = 1;
  if (a.length === 2) {
    stop = _sliceIndex(a[1], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  } else {
    start = _sliceIndex(a[1], 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.') ?? 0;
    stop = _sliceIndex(a[2], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
    const s = a[3];
    if (s !== undefined && !isNone(s)) {
      step = isInt(s) ? Number(intValue(s)) : -1;
      if (step <= 0) throw new ValueError('Step for islice() must be a positive integer or None.');
    }
  }
  return _lazy('islice', (async function* () {
    let next = start;
    for (let i = 0; stop === undefined || i < stop; i++) {
      // Never reads past stop: the source keeps its next item for whoever reads it next.
      const r = await it.next();
      if (r.done) return;
      if (i === next) {
        yield r.value;
        next += step;
      }
    }
  })());
}

function zip_longest(a: unknown[], kw: _Kw): LazyIterator {
  for (const k of Object.keys(kw ?? {})) if (k !== 'fillvalue') throw new TypeError('zip_longest() got an unexpected keyword argument');
  const fill = kw?.fillvalue ?? null;
  const its = a.map(_items);
  return _lazy('zip_longest', (async function* () {
    if (its.length === 0) return;
    const active = its.map(() => true);
    for (;;) {
      const row: unknown[] = [];
      for (const [i, it] of its.entries()) {
        if (!active[i]) {
          row.push(fill);
          continue;
        }
        const r = await it.next();
        if (r.done) active[i] = false;
        row.push(r.done ? fill : r.value);
      }
      if (!active.some(Boolean)) return;
      yield tuple(...row);
    }
  })());
}

/** The tuples of indices permutations/combinations walk through (CPython's documented equivalents). */
function* _product(pools: unknown[][]): Generator<unknown[]> {
  if (pools.some((p) => p.length === 0)) return;
  const idx = pools.map(() => 0);
  for (;;) {
    yield idx.map((j, i) => pools[i]![j]);
    let i = pools.length - 1;
    for (; i >= 0; i--) {
      if (++idx[i]! < pools[i]!.length) break;
      idx[i] = 0;
    }
    if (i < 0) return;
  }
}

function* _permutations(n: number, r: number): Generator<number[]> {
  if (r > n) return;
  const indices = [...Array(n).keys()];
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  yield indices.slice(0, r);
  for (;;) {
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]!--;
      if (cycles[i] === 0) {
        indices.push(...indices.splice(i, 1));
        cycles[i] = n - i;
      } else {
        const j = n - cycles[i]!;
        [indices[i], indices[j]] = [indices[j]!, indices[i]!];
        yield indices.slice(0, r);
        break;
      }
    }
    if (i < 0) return;
  }
}

function* _combinations(n: number, r: number, replace: boolean): Generator<number[]> {
  if (!replace && r > n) return;
  if (replace && n === 0 && r > 0) return;
  const indices = replace ? Array(r).fill(0) as number[] : [...Array(r).keys()];
  yield [...indices];
  for (;;) {
    let i = r - 1;
    for (; i >= 0; i--) if (indices[i] !== (replace ? n - 1 : i + n - r)) break;
    if (i < 0) return;
    if (replace) {
      const v = indices[i]! + 1;
      for (let j = i; j < r; j++) indices[j] = v;
    } else {
      indices[i]!++;
      for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
    }
    yield [...indices];
  }
}

/** A combinatoric iterator: the pool is read whole when the call is made, as CPython does. */
function _fromPool(name: string, source: unknown, make: (pool: unknown[]) => Iterable<unknown[]>): LazyIterator {
  const it = _items(source);
  return _lazy(name, (async function* () {
    for (const row of make(await _all(it))) yield tuple(...row);
  })());
}

function product(a: unknown[], kw: _Kw): LazyIterator {
  for (const k of Object.keys(kw ?? {})) if (k !== 'repeat') throw new TypeError(`product() got an unexpected keyword argument '${k}'`);
  const times = kw?.repeat === undefined ? 1 : _size(kw.repeat);
  if (times < 0) throw new ValueError('repeat argument cannot be negative');
  const its = a.map(_items);
  return _lazy('product', (async function* () {
    const pools: unknown[][] = [];
    for (const it of its) pools.push(await _all(it));
    const all = Array.from({ length: times }, () => pools).flat();
    for (const row of _product(all)) yield tuple(...row);
  })());
}

function permutations(a: unknown[], kw: _Kw): LazyIterator {
  const source = _required(a, kw, 0, 'iterable', 'permutations');
  const given = argAt(a, kw, 1, 'r');
  const r = given === undefined || isNone(given) ? undefined : _size(given);
  if (r !== undefined && r < 0) throw new ValueError('r must be non-negative');
  return _fromPool('permutations', source, (pool) => [..._permutations(pool.length, r ?? pool.length)].map((ix) => ix.map((i) => pool[i])));
}

function _combinationsOf(name: string, replace: boolean) {
  return (a: unknown[], kw: _Kw): LazyIterator => {
    const source = _required(a, kw, 0, 'iterable', name);
    const r = _size(_required(a, kw, 1, 'r', name));
    if (r < 0) throw new ValueError('r must be non-negative');
    return _fromPool(name, source, (pool) => [..._combinations(pool.length, r, replace)].map((ix) => ix.map((i) => pool[i])));
  };
}

/** tee(iterable, n=2): n iterators over one source; what one has read waits in a buffer for the others. */
function tee(a: unknown[]): unknown {
  if (a.length < 1 || a.length > 2) throw new TypeError(a.length < 1 ? 'tee expected at least 1 argument, got 0' : `tee expected at most 2 arguments, got ${a.length}`);
  const n = a.length > 1 ? _size(a[1]) : 2;
  if (n < 0) throw new ValueError('n must be >= 0');
  const it = _items(a[0]);
  const buffers: unknown[][] = Array.from({ length: n }, () => []);
  let ended = false;
  const branch = (mine: unknown[]) => _lazy('_tee', (async function* () {
    for (;;) {
      if (mine.length === 0) {
        if (ended) return;
        const r = await it.next();
        if (r.done) {
          ended = true;
          return;
        }
        for (const b of buffers) b.push(r.value);
      }
      yield mine.shift();
    }
  })());
  return tuple(...buffers.map(branch));
}

// ---------------------------------------------------------------------------------------------

export function createItertoolsModule(): PyModule {
  const chain = native('chain', (a, kw) => {
    if (kw && Object.keys(kw).length > 0) throw new TypeError('chain() takes no keyword arguments');
    return _chain(a[Symbol.iterator]());
  });
  Object.defineProperty(chain, 'from_iterable', { value: native('from_iterable', (a) => _chain(_items(a[0]))), enumerable: true });
  Object.defineProperty(chain, pyRepr, { value: () => "<class 'itertools.chain'>" });
  return makeModule('itertools', {
    count: native('count', count),
    cycle: native('cycle', cycle),
    repeat: native('repeat', repeat),
    accumulate: native('accumulate', accumulate),
    chain,
    compress: native('compress', compress),
    dropwhile: native('dropwhile', dropwhile),
    filterfalse: native('filterfalse', filterfalse),
    groupby: native('groupby', groupby),
    islice: native('islice', islice),
    pairwise: native('pairwise', pairwise),
    starmap: native('starmap', starmap),
    takewhile: native('takewhile', takewhile),
    tee: native('tee', tee),
    zip_longest: native('zip_longest', zip_longest),
    product: native('product', product),
    permutations: native('permutations', permutations),
    combinations: native('combinations', _combinationsOf('combinations', false)),
    combinations_with_replacement: native('combinations_with_replacement', _combinationsOf('combinations_with_replacement', true)),
  });
}
