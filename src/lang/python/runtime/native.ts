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
//   [NATIVE_BINARY](op, other, reflected): unknown
//                                          `x op other` (`other op x` when reflected) for op one of
//                                          + - * / // % & | ^, or '+=' for an in-place
//                                          `x += other` (a deque extends itself); undefined declines (CPython's
//                                          NotImplemented), and the operator's TypeError follows
//   [NATIVE_UNARY](op): unknown            -x, +x and abs(x) for op '-', '+', 'abs'; undefined declines
//   [NATIVE_COMPARE](other, op): number | undefined
//                                          three-way order for op (< <= > >= ==); undefined when the
//                                          two do not compare (== is then False, < a TypeError); it
//                                          may throw its own TypeError for an ordering op
//   [NATIVE_HASH](): unknown               the dict key of a hashable value whose == is by value
//                                          (a datetime as a dict key): equal values give one key
// Iteration is the JS iterator protocol (Symbol.iterator), as everywhere else in the runtime.

export const NATIVE_LEN = Symbol.for('socklab.python.len');
export const NATIVE_BOOL = Symbol.for('socklab.python.bool');
export const NATIVE_GETITEM = Symbol.for('socklab.python.getitem');
export const NATIVE_SETITEM = Symbol.for('socklab.python.setitem');
export const NATIVE_DELITEM = Symbol.for('socklab.python.delitem');
export const NATIVE_CONTAINS = Symbol.for('socklab.python.contains');
export const NATIVE_MISSING = Symbol.for('socklab.python.missing');
export const NATIVE_BINARY = Symbol.for('socklab.python.binary');
export const NATIVE_UNARY = Symbol.for('socklab.python.unary');
export const NATIVE_COMPARE = Symbol.for('socklab.python.compare');
export const NATIVE_HASH = Symbol.for('socklab.python.hash');

export type Slots = {
  [NATIVE_LEN]?: () => number;
  [NATIVE_BOOL]?: () => boolean;
  [NATIVE_GETITEM]?: (k: unknown) => unknown;
  [NATIVE_SETITEM]?: (k: unknown, v: unknown) => void;
  [NATIVE_DELITEM]?: (k: unknown) => void;
  [NATIVE_CONTAINS]?: (v: unknown) => boolean;
  [NATIVE_MISSING]?: (k: unknown) => unknown;
  [NATIVE_BINARY]?: (op: string, other: unknown, reflected: boolean) => unknown;
  [NATIVE_UNARY]?: (op: string) => unknown;
  [NATIVE_COMPARE]?: (other: unknown, op: string) => number | undefined;
  [NATIVE_HASH]?: () => unknown;
};

/** `a op b` by a's NATIVE_BINARY, else b's reflected one; undefined when neither answers. */
export function nativeBinary(op: string, a: unknown, b: unknown): unknown {
  const r = slots(a)?.[NATIVE_BINARY]?.(op, b, false);
  return r !== undefined ? r : slots(b)?.[NATIVE_BINARY]?.(op, a, true);
}

const _REFLECTED: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==' };

/** a's order against b for `a op b` by either's NATIVE_COMPARE; undefined when neither compares them. */
export function nativeCompare(a: unknown, b: unknown, op: string): number | undefined {
  const r = slots(a)?.[NATIVE_COMPARE]?.(b, op);
  if (r !== undefined) return r;
  const s = slots(b)?.[NATIVE_COMPARE]?.(a, _REFLECTED[op] ?? op);
  return s === undefined ? undefined : -s;
}

/** `x`'s native slots, when it is an object (undefined for primitives). */
export const slots = (x: unknown): Slots | undefined => ((typeof x === 'object' && x !== null) || typeof x === 'function' ? (x as Slots) : undefined);
