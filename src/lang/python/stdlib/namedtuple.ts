// Tuples with named fields, as collections.namedtuple makes them: selectors.SelectorKey,
// time.struct_time, subprocess.CompletedProcess's kin. A frozen tuple (so indexing and unpacking
// work) whose fields are also attributes, shown as `SelectorKey(fileobj=…, fd=3, events=1, data=None)`.
import { pyRepr, repr } from '../../../socket/format.ts';

/** Where a named tuple keeps its field names (the runtime's getattr and repr read it). */
export const NAMED_FIELDS = Symbol.for('socklab.python.namedFields');
/** Where a named tuple keeps its type (what type(x) returns: `selectors.SelectorKey`). */
export const NAMED_TYPE = Symbol.for('socklab.python.namedType');
const _PYTYPE = Symbol.for('socklab.pytype');

/** The field names of `x` when it is a named tuple. */
export function namedFields(x: unknown): readonly string[] | undefined {
  return Array.isArray(x) ? (x as unknown as Record<symbol, readonly string[] | undefined>)[NAMED_FIELDS] : undefined;
}

/** The type of `x` when it is a named tuple that knows it. */
export function namedType(x: unknown): unknown {
  return Array.isArray(x) ? (x as unknown as Record<symbol, unknown>)[NAMED_TYPE] : undefined;
}

/**
 * A named tuple of type `typeName` (`type`, if given, is what type(x) returns): `values[i]` is also
 * the attribute `fields[i]`. Its repr shows the first `shown` fields (platform.uname_result hides
 * its sixth, processor).
 */
export function namedTuple(typeName: string, fields: readonly string[], values: readonly unknown[], type?: unknown, methods?: Record<string, unknown>, shown = fields.length, getters?: Record<string, () => unknown>): readonly unknown[] {
  const items = [...values];
  for (const [name, f] of Object.entries(methods ?? {})) Object.defineProperty(items, name, { value: f, enumerable: false });
  // A subclass's properties (urllib.parse's SplitResult.port, which may raise).
  for (const [name, get] of Object.entries(getters ?? {})) Object.defineProperty(items, name, { get, enumerable: false });
  // A field called `length` stays the array's length: getattr reads that one by its index.
  fields.forEach((name, i) => { if (name !== 'length') Object.defineProperty(items, name, { value: values[i], enumerable: false }); });
  Object.defineProperty(items, NAMED_FIELDS, { value: fields });
  Object.defineProperty(items, _PYTYPE, { value: typeName });
  if (type !== undefined) Object.defineProperty(items, NAMED_TYPE, { value: type });
  Object.defineProperty(items, pyRepr, { value: () => namedTupleRepr(typeName, fields.slice(0, shown), values.slice(0, shown).map((v) => repr(v))) });
  Object.defineProperty(items, Symbol.for('socklab.tuple'), { value: true }); // a tuple, as tuple.ts marks them
  return Object.freeze(items);
}

/** `Name(a=1, b=2)` from the fields' reprs. */
export function namedTupleRepr(typeName: string, fields: readonly string[], reprs: readonly string[]): string {
  return `${typeName}(${fields.map((f, i) => `${f}=${reprs[i]}`).join(', ')})`;
}
