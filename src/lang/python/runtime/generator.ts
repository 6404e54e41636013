// Python's generator expressions, lazy as in CPython: `(f(x) for x in xs)` is an object that
// computes one item each time it is asked, so `any(f(x) for x in xs)` stops calling f at the first
// true value, `next(g)` takes one item, and a second loop over the same generator finds it empty.
// Its body awaits (every Python call does), so it is an async generator; the builtins that take
// an iterable and are not lazy themselves (sum, min, sorted, set, str.join, …) first collect the
// items of such an async source with withItems().
import { pyRepr } from '../../../socket/format.ts';
import { collect, iter, userMethod } from './dunders.ts';
import { addressOf } from './ids.ts';

const _PYTYPE = Symbol.for('socklab.pytype');

/** A generator object: an async iterator that is its own iterator, never closed by a `break`. */
export class PyGenerator implements AsyncIterableIterator<unknown> {
  constructor(private readonly _body: AsyncGenerator<unknown>, readonly qualname = '<genexpr>') {}
  next(): Promise<IteratorResult<unknown>> {
    return this._body.next();
  }
  [Symbol.asyncIterator](): this {
    return this;
  }
  [pyRepr](): string {
    return `<generator object ${this.qualname} at ${addressOf(this)}>`;
  }
}
Object.defineProperty(PyGenerator.prototype, _PYTYPE, { value: 'generator' });

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
