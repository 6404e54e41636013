// Python's generator expressions, lazy as in CPython: `(f(x) for x in xs)` is an object that
// computes one item each time it is asked, so `any(f(x) for x in xs)` stops calling f at the first
// true value, `next(g)` takes one item, and a second loop over the same generator finds it empty.
// Its body awaits (every Python call does), so it is an async generator; the builtins that take
// an iterable and are not lazy themselves (sum, min, sorted, set, str.join, …) first collect the
// items of such an async source with withItems().
import { pyRepr } from '../../../socket/format.ts';
import { collect, iter, userMethod } from './dunders.ts';
import { invoke } from './call.ts';
import { caughtBelow, GeneratorExit, RuntimeError, StopAsyncIteration, StopIteration } from './exceptions.ts';
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
  if (x instanceof PyCoroutine || x instanceof AsyncGenStep) return x;
  const method = x instanceof PyGenerator ? undefined : userMethod(x, '__await__');
  if (!method) throw new TypeError(`object ${typeName(x)} can't be used in 'await' expression`);
  const it = await invoke(method, x, [], undefined);
  if (!(it instanceof PyGenerator)) throw new TypeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  return it;
}

/**
 * An async generator's item (`yield v` in an `async def`): marked apart from the Futures that its
 * awaits yield to the Task, as CPython's _PyAsyncGenWrappedValue is.
 */
export class AsyncGenValue {
  constructor(readonly value: unknown) {}
}

/**
 * An asynchronous generator: what calling an `async def` whose body yields makes. Its body is a JS
 * async generator yielding both its items (AsyncGenValue) and the Futures its awaits wait on;
 * __anext__(), asend(), athrow() and aclose() each make an awaitable (AsyncGenStep) that passes the
 * Futures on to the Task and ends with the next item (StopAsyncIteration once the body returns).
 */
/**
 * The async generators that started and have not finished (the event loop's _asyncgens, which
 * its firstiter hook fills): asyncio.run's shutdown_asyncgens() closes them, so the finally of one
 * left by a `break` runs before the loop ends, as in CPython.
 */
const _live = new Set<PyAsyncGenerator>();

/** The live async generators, the set emptied (shutdown_asyncgens). */
export function takeLiveAsyncGenerators(): PyAsyncGenerator[] {
  const all = [..._live];
  _live.clear();
  return all;
}

export class PyAsyncGenerator {
  /** Whether the body has started (a first step ran) and whether it has ended. */
  _started = false;
  _finished = false;
  /** Whether a step is under way (a second one at once is CPython's RuntimeError). */
  _running = false;
  constructor(readonly _body: AsyncGenerator<unknown>, readonly qualname: string) {}
  [pyRepr](): string {
    return `<async_generator object ${this.qualname} at ${addressOf(this)}>`;
  }
  get __name__(): string {
    return this.qualname.slice(this.qualname.lastIndexOf('.') + 1);
  }
  get __qualname__(): string {
    return this.qualname;
  }
  get ag_running(): boolean {
    return this._running;
  }
}
Object.defineProperty(PyAsyncGenerator.prototype, _PYTYPE, { value: 'async_generator' });

/** How a step starts: a value sent in, an exception thrown in, or aclose()'s GeneratorExit. */
type StepStart = { send: unknown } | { throw: unknown } | { close: true };

/**
 * The awaitable of one async generator step (CPython's async_generator_asend / _athrow): awaiting
 * it runs the body to its next item, which is the await's value. `fallback` is anext()'s default,
 * the value instead of StopAsyncIteration.
 */
export class AsyncGenStep implements AsyncIterator<unknown> {
  private _begun = false;
  private _done = false;
  constructor(private readonly _gen: PyAsyncGenerator, private readonly _start: StepStart, readonly typeName: string,
    private readonly _fallback?: { value: unknown }) {}
  async next(value?: unknown): Promise<IteratorResult<unknown>> {
    if (this._done) throw new RuntimeError(`cannot reuse already awaited ${this.typeName === 'async_generator_athrow' ? 'aclose()/athrow()' : '__anext__()/asend()'}`);
    const g = this._gen;
    if (this._begun) return this._result(g._body.next(value));
    this._begun = true;
    const start = this._start;
    if (g._running) {
      this._done = true;
      throw new RuntimeError(this.typeName === 'async_generator_athrow' ? 'athrow(): asynchronous generator is already running' : 'anext(): asynchronous generator is already running');
    }
    if ('close' in start) {
      // A generator not started, or finished, just ends (its body never ran, or ran out).
      if (!g._started || g._finished) {
        g._finished = true;
        this._done = true;
        return { done: true, value: null };
      }
      return this._result(g._body.throw(new GeneratorExit()));
    }
    if ('throw' in start) {
      if (g._finished) {
        this._done = true;
        throw start.throw;
      }
      g._started = true;
      _live.add(g);
      return this._result(g._body.throw(start.throw));
    }
    if (g._finished) {
      this._done = true;
      return this._stop();
    }
    if (!g._started && start.send !== null && start.send !== undefined) {
      this._done = true;
      throw new TypeError("can't send non-None value to a just-started async generator");
    }
    g._started = true;
    _live.add(g);
    return this._result(g._body.next(start.send ?? null));
  }
  throw(exc: unknown): Promise<IteratorResult<unknown>> {
    if (!this._begun || this._done) return Promise.reject(exc);
    return this._result(this._gen._body.throw(exc));
  }
  [Symbol.asyncIterator](): this {
    return this;
  }
  [pyRepr](): string {
    return `<${this.typeName} object at ${addressOf(this)}>`;
  }
  private _stop(): IteratorResult<unknown> {
    if (this._fallback) return { done: true, value: this._fallback.value };
    if ('close' in this._start) return { done: true, value: null };
    throw new StopAsyncIteration();
  }
  /** One step of the body: a Future passed on to the Task, or the step's end (an item, the body's end). */
  private async _result(step: Promise<IteratorResult<unknown>>): Promise<IteratorResult<unknown>> {
    const g = this._gen;
    const closing = 'close' in this._start;
    g._running = true;
    let r: IteratorResult<unknown>;
    try {
      r = await step;
    } catch (e) {
      g._running = false;
      g._finished = true;
      _live.delete(g);
      this._done = true;
      if (closing && (e instanceof GeneratorExit || e instanceof StopAsyncIteration)) return { done: true, value: null };
      if (e instanceof StopAsyncIteration || e instanceof StopIteration) {
        caughtBelow(e);
        const err = new RuntimeError(`async generator raised ${e instanceof StopIteration ? 'StopIteration' : 'StopAsyncIteration'}`);
        Object.defineProperty(err, '__cause__', { value: e, configurable: true });
        throw err;
      }
      throw e;
    }
    if (r.value instanceof AsyncGenValue) {
      g._running = false;
      this._done = true;
      if (closing) throw new RuntimeError('async generator ignored GeneratorExit');
      return { done: true, value: r.value.value };
    }
    if (r.done) {
      g._running = false;
      g._finished = true;
      _live.delete(g);
      this._done = true;
      return this._stop();
    }
    // A Future an await in the body waits on: the Task's, the generator still running.
    return r;
  }
}
Object.defineProperty(AsyncGenStep.prototype, _PYTYPE, { get(this: AsyncGenStep) { return this.typeName; } });
const _stepMethods: Record<string, (s: AsyncGenStep, args: unknown[]) => unknown> = {
  __await__: (s) => new PyGenerator((async function* () {
    return yield* { [Symbol.asyncIterator]: () => s };
  })(), 'async_generator_asend'),
  send: (s, a) => s.next(a[0]).then((r) => {
    if (r.done) throw r.value === null || r.value === undefined ? new StopIteration() : new StopIteration(r.value);
    return r.value;
  }),
  throw: (s, a) => s.throw(a[0]).then((r) => {
    if (r.done) throw r.value === null || r.value === undefined ? new StopIteration() : new StopIteration(r.value);
    return r.value;
  }),
  close: () => null,
};
for (const [name, fn] of Object.entries(_stepMethods)) {
  const method = function (this: AsyncGenStep, args: unknown[]): unknown {
    if (name === 'throw' && !Array.isArray(args)) return this.throw(args);
    return fn(this, args);
  };
  Object.defineProperty(method, 'name', { value: name });
  Object.defineProperty(method, _PY_NATIVE, { value: true });
  Object.defineProperty(AsyncGenStep.prototype, name, { value: method });
}

/** The exception athrow(type) throws in: an instance of the class, as `raise type` would make. */
async function _thrown(a: unknown[]): Promise<unknown> {
  return typeof a[0] === 'function' ? invoke(a[0], undefined, a.slice(1, 2), undefined) : a[0];
}
const _agenMethods: Record<string, (g: PyAsyncGenerator, args: unknown[]) => unknown> = {
  __aiter__: (g) => g,
  __anext__: (g) => new AsyncGenStep(g, { send: null }, 'async_generator_asend'),
  asend: (g, a) => new AsyncGenStep(g, { send: a[0] ?? null }, 'async_generator_asend'),
  athrow: async (g, a) => new AsyncGenStep(g, { throw: await _thrown(a) }, 'async_generator_athrow'),
  aclose: (g) => new AsyncGenStep(g, { close: true }, 'async_generator_athrow'),
};
for (const [name, fn] of Object.entries(_agenMethods)) {
  const method = function (this: PyAsyncGenerator, args: unknown[]): unknown {
    return fn(this, args);
  };
  Object.defineProperty(method, 'name', { value: name });
  Object.defineProperty(method, _PY_NATIVE, { value: true });
  Object.defineProperty(PyAsyncGenerator.prototype, name, { value: method });
}

/** anext(it[, default]): it.__anext__()'s awaitable; with a default, StopAsyncIteration is the default. */
export async function anextOf(it: unknown, fallback?: { value: unknown }): Promise<unknown> {
  if (it instanceof PyAsyncGenerator) return new AsyncGenStep(it, { send: null }, 'async_generator_asend', fallback);
  const method = userMethod(it, '__anext__');
  if (!method) throw new TypeError(`'${typeName(it)}' object is not an async iterator`);
  const step = await invoke(method, it, [], undefined);
  if (!fallback) return step;
  // A user __anext__'s awaitable with a default: a coroutine of its own that catches the end.
  const inner = await awaitable(step);
  return new PyCoroutine((async function* () {
    try {
      return yield* { [Symbol.asyncIterator]: () => inner };
    } catch (e) {
      if (e instanceof StopAsyncIteration) return fallback.value;
      throw e;
    }
  })(), 'anext_awaitable');
}
