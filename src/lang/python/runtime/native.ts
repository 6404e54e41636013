// How an object that is not a Python class (a collections.deque, a Counter) takes part in
// Python's operators: it implements some of these well-known symbols, and ops.ts consults them
// only after its fast paths for str, bytes, list and dict have missed.
//   [NATIVE_LEN](): number                 len(x), and bool(x) when there is no NATIVE_BOOL
//   [NATIVE_BOOL](): boolean               bool(x)
//   [NATIVE_GETITEM](k): unknown           x[k]
//   [NATIVE_SETITEM](k, v): void           x[k] = v
//   [NATIVE_DELITEM](k): void              del x[k]
//   [NATIVE_CONTAINS](v): boolean          v in x
//   [NATIVE_MISSING](k): unknown           a dict subclass's __missing__ (defaultdict, Counter):
//                                          a value, or a Promise of one (a factory that is Python code)
// Iteration is the JS iterator protocol (Symbol.iterator), as everywhere else in the runtime.

export const NATIVE_LEN = Symbol.for('socklab.python.len');
export const NATIVE_BOOL = Symbol.for('socklab.python.bool');
export const NATIVE_GETITEM = Symbol.for('socklab.python.getitem');
export const NATIVE_SETITEM = Symbol.for('socklab.python.setitem');
export const NATIVE_DELITEM = Symbol.for('socklab.python.delitem');
export const NATIVE_CONTAINS = Symbol.for('socklab.python.contains');
export const NATIVE_MISSING = Symbol.for('socklab.python.missing');

export type Slots = {
  [NATIVE_LEN]?: () => number;
  [NATIVE_BOOL]?: () => boolean;
  [NATIVE_GETITEM]?: (k: unknown) => unknown;
  [NATIVE_SETITEM]?: (k: unknown, v: unknown) => void;
  [NATIVE_DELITEM]?: (k: unknown) => void;
  [NATIVE_CONTAINS]?: (v: unknown) => boolean;
  [NATIVE_MISSING]?: (k: unknown) => unknown;
};

/** `x`'s native slots, when it is an object (undefined for primitives). */
export const slots = (x: unknown): Slots | undefined => (typeof x === 'object' && x !== null ? (x as Slots) : undefined);
