// CPython's struct sequences (Objects/structseq.c): the named tuples of C modules, time.struct_time,
// os.stat_result, sys.float_info. A tuple of the visible fields (indexing, len, unpacking,
// comparison), each field also an attribute, plus fields that are attributes only (struct_time's
// tm_zone and tm_gmtoff, stat_result's float times); the repr names the visible ones,
// `time.struct_time(tm_year=2000, ...)`. The type is `<class 'time.struct_time'>`, callable with
// a sequence, and has n_fields / n_sequence_fields / n_unnamed_fields, but no _fields (that is
// collections.namedtuple's).
import { QUALIFIED_NAMES } from '../../../socket/exceptions.ts';
import { pyRepr } from '../../../socket/format.ts';
import { native } from '../runtime/call.ts';
import * as ops from '../runtime/ops.ts';
import { NAMED_FIELDS, NAMED_TYPE } from './namedtuple.ts';

const _TYPE_CHECK = Symbol.for('socklab.python.typeCheck');
/** The mark of a struct sequence's instance: its fields are "readonly attribute" to an assignment. */
export const STRUCT_SEQUENCE = Symbol.for('socklab.python.structSequence');

export interface StructSequenceType {
  /** The type object: type(x), isinstance(x, T), T(sequence). */
  readonly type: Function;
  /** An instance from the visible fields' values, and those of the attribute-only fields (None when left out). */
  make(values: readonly unknown[], extras?: readonly unknown[], marks?: Readonly<Record<symbol, unknown>>): readonly unknown[];
}

/**
 * A struct sequence type named `qualified` (`time.struct_time`): `fields` are the visible ones
 * (n_sequence_fields), `extras` the attribute-only ones. `unnamed` counts visible fields C
 * leaves unnamed (stat_result's three int times, named here after the attributes they shadow as
 * CPython's repr does); `minimum` is how many items the type's call needs (default: all visible).
 */
export function structSequence(qualified: string, fields: readonly string[], extras: readonly string[] = [], options: { unnamed?: number; minimum?: number } = {}): StructSequenceType {
  const name = qualified.slice(qualified.lastIndexOf('.') + 1);
  const minimum = options.minimum ?? fields.length;
  const maximum = fields.length + extras.length;
  const make = (values: readonly unknown[], extraValues: readonly unknown[] = [], marks: Readonly<Record<symbol, unknown>> = {}): readonly unknown[] => {
    const items = [...values];
    fields.forEach((f, i) => Object.defineProperty(items, f, { value: values[i], enumerable: false, configurable: true }));
    extras.forEach((f, i) => Object.defineProperty(items, f, { value: extraValues[i] ?? null, enumerable: false }));
    Object.defineProperty(items, NAMED_FIELDS, { value: fields });
    Object.defineProperty(items, NAMED_TYPE, { value: type });
    Object.defineProperty(items, Symbol.for('socklab.pytype'), { value: name });
    Object.defineProperty(items, Symbol.for('socklab.tuple'), { value: true }); // a tuple, as tuple.ts marks them
    Object.defineProperty(items, pyRepr, { value: () => `${qualified}(${fields.map((f, i) => `${f}=${ops.repr(values[i])}`).join(', ')})` });
    Object.defineProperty(items, STRUCT_SEQUENCE, { value: true });
    for (const key of Object.getOwnPropertySymbols(marks)) Object.defineProperty(items, key, { value: marks[key] });
    return Object.freeze(items);
  };
  const type = native(name, (a) => {
    const items = [...ops.iter(a[0])];
    if (items.length < minimum) throw new TypeError(`${qualified}() takes an ${minimum === maximum ? '' : 'at least '}${minimum}-sequence (${items.length}-sequence given)`);
    if (items.length > maximum) throw new TypeError(`${qualified}() takes an ${minimum === maximum ? '' : 'at most '}${maximum}-sequence (${items.length}-sequence given)`);
    return make(items.slice(0, fields.length), items.slice(fields.length));
  });
  (QUALIFIED_NAMES as Map<Function, string>).set(type, qualified);
  Object.defineProperty(type, pyRepr, { value: () => `<class '${qualified}'>`, configurable: true });
  Object.defineProperty(type, Symbol.for('socklab.pytype'), { value: 'type' });
  Object.defineProperty(type, _TYPE_CHECK, { value: (x: unknown) => Array.isArray(x) && (x as unknown as Record<symbol, unknown>)[NAMED_TYPE] === type });
  Object.defineProperty(type, 'n_fields', { value: maximum, enumerable: true });
  Object.defineProperty(type, 'n_sequence_fields', { value: fields.length, enumerable: true });
  Object.defineProperty(type, 'n_unnamed_fields', { value: options.unnamed ?? 0, enumerable: true });
  return { type, make };
}
