// Python's generator expressions, lazy as in CPython: `(f(x) for x in xs)` is an object that
// computes one item each time it is asked, so `any(f(x) for x in xs)` stops calling f at the first
// true value, `next(g)` takes one item, and a second loop over the same generator finds it empty.
// Its body awaits (every Python call does), so it is an async generator; the builtins that take
// an iterable and are not lazy themselves (sum, min, sorted, set, str.join, …) first collect the
// items of such an async source with withItems().
import { pyRepr } from '../../../socket/format.ts';
import { collect, iter, userMethod } from './dunders.ts';
import { invoke } from './call.ts';
import { caughtBelow, GeneratorExit, RuntimeError, StopIteration } from './exceptions.ts';
import { addressOf } from './ids.ts';
import { typeName } from './ops.ts';

const _PYTYPE = Symbol.for('socklab.pytype');

/**
 * A generator object: an async iterator that is its own iterator, never closed by a `break`.
 * Made by a generator expression (genexp()) or by calling a def whose body yields (call.ts def()):
 * its body is then the def's translation as a JS async generator, so it starts only when first
 * asked (next(), send(None), a loop), awaits blocking calls as any def does, and `yield` is an
 * expression whose value is what send() sent (None for next()).
 */
export class PyGenerator implements AsyncIterableIterator<unknown> {
  /** Whether the body ran to its first yield (send() of a value before that is a TypeError). */
  private _started = false;
  constructor(readonly _body: AsyncGenerator<unknown>, readonly qualname = '<genexpr>') {}
  next(value?: unknown): Promise<IteratorResult<unknown>> {
    this._started = true;
    // A StopIteration escaping the body becomes PEP 479's RuntimeError, a generator
    // expression's as a generator function's.
    return this._body.next(value).catch(_stopped);
  }
  /** The Python methods' common step: the next item, or StopIteration with the return value. */
  async _resume(step: Promise<IteratorResult<unknown>>): Promise<unknown> {
    const r = await step;
    if (r.done) throw r.value === undefined || r.value === null ? new StopIteration() : new StopIteration(r.value);
    return r.value;
  }
  [Symbol.asyncIterator](): this {
    return this;
  }
  [pyRepr](): string {
    return `<generator object ${this.qualname} at ${addressOf(this)}>`;
  }
  /** gen_send_ex's check: nothing but None can go to a generator that has not started. */
  _send(value: unknown): Promise<unknown> {
    if (!this._started && value !== null && value !== undefined) throw new TypeError("can't send non-None value to a just-started generator");
    return this._resume(this.next(value ?? null));
  }
  /**
   * close() (gen_close): GeneratorExit raised at the yield where the body stands, so its except
   * and finally blocks run; the body ending with it (or StopIteration) is a clean close, a yield
   * instead is CPython's RuntimeError. A generator not started, or finished, just ends.
   */
  async _close(): Promise<null> {
    this._started = true;
    let r: IteratorResult<unknown>;
    try {
      r = await this._body.throw(new GeneratorExit());
    } catch (e) {
      if (e instanceof GeneratorExit || e instanceof StopIteration) return null;
      throw e;
    }
    if (!r.done) throw new RuntimeError('generator ignored GeneratorExit');
    return null;
  }
  /** throw(exc): the exception raised at the yield where the body stands. */
  _throw(exc: unknown): Promise<unknown> {
    this._started = true;
    return this._resume(this._body.throw(exc).catch(_stopped));
  }
  get __name__(): string {
    return this.qualname.slice(this.qualname.lastIndexOf('.') + 1);
  }
  get __qualname__(): string {
    return this.qualname;
  }
}
Object.defineProperty(PyGenerator.prototype, _PYTYPE, { value: 'generator' });

/** PEP 479: a StopIteration escaping a generator function's body is a RuntimeError caused by it. */
function _stopped(e: unknown): never {
  if (!(e instanceof StopIteration)) throw e;
  caughtBelow(e);
  const err = new RuntimeError('generator raised StopIteration');
  Object.defineProperty(err, '__cause__', { value: e, configurable: true });
  throw err;
}
// The methods a program calls on a generator, with Python's values (None is null, not undefined).
const _methods: Record<string, (g: PyGenerator, args: unknown[]) => unknown> = {
  send: (g, a) => g._send(a[0]),
  __next__: (g) => g._send(null),
  close: (g) => g._close(),
  throw: async (g, a) => {
    // throw(type) makes the exception as `raise type` would: an instance of the class.
    const exc = typeof a[0] === 'function' ? await invoke(a[0], undefined, a.slice(1, 2), undefined) : a[0];
    return g._throw(exc);
  },
  __iter__: (g) => g,
};
// Marked as call.ts native() marks a builtin (call.ts imports this file: its own helpers may not be ready yet).
const _PY_NATIVE = Symbol.for('socklab.python.native');
for (const [name, fn] of Object.entries(_methods)) {
  const method = function (this: PyGenerator, args: unknown[]): unknown {
    // JS's iterator protocol calls throw(error) too (`yield*` delegating a throw() to this generator).
    if (name === 'throw' && !Array.isArray(args)) return this._body.throw(args);
    return fn(this, args);
  };
  Object.defineProperty(method, 'name', { value: name });
  Object.defineProperty(method, _PY_NATIVE, { value: true });
  Object.defineProperty(PyGenerator.prototype, name, { value: method });
}

/**
 * `(elt for x in xs if c)`: the first iterable is evaluated (and iter() called on it) at once, as
 * CPython does; everything else runs when an item is asked for.
 */
export function genexp(first: unknown, body: (outer: Iterable<unknown> | AsyncIterable<unknown>) => AsyncGenerator<unknown>): PyGenerator {
  return new PyGenerator(body(iter(first)));
}

/** Whether x yields its items only asynchronously: a generator, or an instance with __iter__ or __getitem__. */
export function isAsyncSource(x: unknown): boolean {
  if (typeof x !== 'object' || x === null) return false;
  if (x instanceof PyGenerator) return true;
  if (Symbol.asyncIterator in x && !(Symbol.iterator in x)) return true;
  return userMethod(x, '__iter__') !== undefined || userMethod(x, '__getitem__') !== undefined;
}

/** An async source's items, as a list (collect() of dunders.ts, for call.ts). */
export const collectSource = (x: unknown): Promise<unknown[]> => collect(x);

/** fn over x's items: at once for a list, str, dict, …; after collecting an async source's. */
export function withItems<T>(x: unknown, fn: (items: Iterable<unknown>) => T): T | Promise<T> {
  if (isAsyncSource(x)) return collect(x).then(fn);
  return fn(iter(x) as Iterable<unknown>);
}

/**
 * The iterator a builtin returns (reversed, enumerate, zip, iter): a sync iterator named and shown
 * as CPython's (`<zip object at 0x…>`, type list_reverseiterator). It has no return(), so leaving a
 * `for` early does not close it: the next loop over it goes on from there, as in CPython.
 */
export class BuiltinIterator implements IterableIterator<unknown> {
  constructor(private readonly _items: Iterator<unknown>, readonly typeName: string) {}
  next(): IteratorResult<unknown> {
    return this._items.next();
  }
  [Symbol.iterator](): this {
    return this;
  }
  [pyRepr](): string {
    return `<${this.typeName} object at ${addressOf(this)}>`;
  }
}
Object.defineProperty(BuiltinIterator.prototype, _PYTYPE, { get(this: BuiltinIterator) { return this.typeName; } });

/**
 * A builtin iterator whose items need awaiting: map and filter (each item calls a Python function
 * when it is asked for, so `next(map(f, xs))` calls f once and an infinite source works), and
 * enumerate or zip over a generator. Like BuiltinIterator, never closed by a `break`.
 */
export class LazyIterator implements AsyncIterableIterator<unknown> {
  constructor(private readonly _items: AsyncIterator<unknown>, readonly typeName: string) {}
  next(): Promise<IteratorResult<unknown>> {
    return this._items.next();
  }
  [Symbol.asyncIterator](): this {
    return this;
  }
  [pyRepr](): string {
    return `<${this.typeName} object at ${addressOf(this)}>`;
  }
}
Object.defineProperty(LazyIterator.prototype, _PYTYPE, { get(this: LazyIterator) { return this.typeName; } });

/**
 * A coroutine object: what calling an `async def` makes. Its body is the def's translation as a JS
 * async generator whose every `await` is a `yield*` into the awaited object's __await__ (py.await),
 * as CPython builds coroutines on generators: a Task steps it with send(None) and throw(exc), and
 * each value it yields is the Future it waits on (stdlib/asyncio.ts). It is not iterable, and once
 * finished it cannot be awaited again.
 */
export class PyCoroutine extends PyGenerator {
  /** Whether send(), throw() or an await ever started it (else it "was never awaited"). */
  started = false;
  private _finished = false;
  override next(value?: unknown): Promise<IteratorResult<unknown>> {
    if (this._finished) return Promise.reject(new RuntimeError('cannot reuse already awaited coroutine'));
    this.started = true;
    return super.next(value).then((r) => {
      if (r.done) this._finished = true;
      return r;
    }, (e: unknown) => {
      this._finished = true;
      throw e;
    });
  }
  override _throw(exc: unknown): Promise<unknown> {
    this.started = true;
    return super._throw(exc);
  }
  [pyRepr](): string {
    return `<coroutine object ${this.qualname} at ${addressOf(this)}>`;
  }
}
Object.defineProperty(PyCoroutine.prototype, _PYTYPE, { value: 'coroutine' });
for (const name of ['__next__', '__iter__']) Object.defineProperty(PyCoroutine.prototype, name, { value: undefined });
Object.defineProperty(PyCoroutine.prototype, '__await__', {
  value: Object.defineProperty(Object.defineProperty(function (this: PyCoroutine) { return this; }, 'name', { value: '__await__' }), _PY_NATIVE, { value: true }),
});

/** The iterator `await x` delegates to: a coroutine itself, else what x's __await__ returns. */
export async function awaitable(x: unknown): Promise<AsyncIterator<unknown>> {
  if (x instanceof PyCoroutine) return x;
  const method = x instanceof PyGenerator ? undefined : userMethod(x, '__await__');
  if (!method) throw new TypeError(`object ${typeName(x)} can't be used in 'await' expression`);
  const it = await invoke(method, x, [], undefined);
  if (!(it instanceof PyGenerator)) throw new TypeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  return it;
}
