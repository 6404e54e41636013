// Python tuples. Addresses and (data, address) pairs come out of the socket module as tuples:
// real, frozen JS arrays (so `const [data, addr] = …` works) that repr() shows as `('127.0.0.1', 80)`.

/** Marks an array as a Python tuple. Symbol.for, so copies of this module in other vm realms agree. */
const _TUPLE = Symbol.for('socklab.tuple');

/** Python's `(a, b, …)`: a frozen array that displays as a tuple. */
export function tuple<T extends unknown[]>(...items: T): Readonly<T> {
  Object.defineProperty(items, _TUPLE, { value: true, enumerable: false });
  return Object.freeze(items);
}

/** Whether `x` was made by tuple(). */
export function isTuple(x: unknown): x is readonly unknown[] {
  return Array.isArray(x) && (x as unknown as Record<symbol, unknown>)[_TUPLE] === true;
}
