// Python's types module, the part tutorials use: SimpleNamespace, a bag of attributes
// (`data = types.SimpleNamespace(addr=addr, inb=b'', outb=b'')` in the selectors HOWTO's server),
// shown as `namespace(addr=..., inb=b'')`, equal to another with the same attributes.
import { QUALIFIED_NAMES } from '../../../socket/exceptions.ts';
import { pyRepr, repr } from '../../../socket/format.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { PYTHON_VALUES } from '../runtime/call.ts';
import { GenericAlias } from '../runtime/generic-alias.ts';
import { NATIVE_COMPARE, NATIVE_CONTAINS } from '../runtime/native.ts';
import * as ops from '../runtime/ops.ts';

type Kw = Record<string, unknown>;

/** types.SimpleNamespace(**kwargs): CPython 3.11 takes no positional argument. */
export class SimpleNamespace {
  // CPython's tp_name, as its errors spell it: `'types.SimpleNamespace' object has no attribute 'x'`.
  static readonly pyTypeName = 'types.SimpleNamespace';
  constructor(...args: unknown[]) {
    const kw = args.length === 1 && Object.getPrototypeOf(args[0]) === Object.prototype ? (args[0] as Kw) : undefined;
    if (args.length > 0 && kw === undefined) throw new TypeError('no positional arguments expected');
    for (const [k, v] of Object.entries(kw ?? {})) (this as unknown as Kw)[k] = v;
  }
  [NATIVE_COMPARE](other: unknown, op: string): number | undefined {
    if (op !== '==' || !(other instanceof SimpleNamespace)) return undefined;
    const mine = Object.entries(this);
    const theirs = other as unknown as Kw;
    return mine.length === Object.keys(other).length && mine.every(([k, v]) => Object.hasOwn(theirs, k) && ops.eq(v, theirs[k])) ? 0 : 1;
  }
  [NATIVE_CONTAINS](key: unknown): boolean {
    return typeof key === 'string' && Object.hasOwn(this, key);
  }
  [pyRepr](): string {
    return `namespace(${Object.entries(this).map(([k, v]) => `${k}=${repr(v)}`).join(', ')})`;
  }
}
PYTHON_VALUES.add(SimpleNamespace);
(QUALIFIED_NAMES as Map<Function, string>).set(SimpleNamespace, 'types.SimpleNamespace');

export function createTypesModule(): PyModule {
  (QUALIFIED_NAMES as Map<Function, string>).set(GenericAlias, 'types.GenericAlias');
  return makeModule('types', { SimpleNamespace, GenericAlias });
}
