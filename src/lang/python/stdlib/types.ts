// Python's types module, the part tutorials use: SimpleNamespace, a bag of attributes
// (`data = types.SimpleNamespace(addr=addr, inb=b'', outb=b'')` in the selectors HOWTO's server),
// shown as `namespace(addr=..., inb=b'')`, equal to another with the same attributes.
import { QUALIFIED_NAMES } from '../../../socket/exceptions.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { PYTHON_VALUES } from '../runtime/call.ts';
import { GenericAlias } from '../runtime/generic-alias.ts';
import { AttributeBag } from '../runtime/attribute-bag.ts';

type Kw = Record<string, unknown>;

/** types.SimpleNamespace(**kwargs): CPython 3.11 takes no positional argument. */
export class SimpleNamespace extends AttributeBag {
  // CPython's tp_name, as its errors spell it: `'types.SimpleNamespace' object has no attribute 'x'`.
  static readonly pyTypeName = 'types.SimpleNamespace';
  static override readonly reprName = 'namespace';
  constructor(...args: unknown[]) {
    const kw = args.length === 1 && Object.getPrototypeOf(args[0]) === Object.prototype ? (args[0] as Kw) : undefined;
    if (args.length > 0 && kw === undefined) throw new TypeError('no positional arguments expected');
    super(kw);
  }
}
PYTHON_VALUES.add(SimpleNamespace);
(QUALIFIED_NAMES as Map<Function, string>).set(SimpleNamespace, 'types.SimpleNamespace');

export function createTypesModule(): PyModule {
  (QUALIFIED_NAMES as Map<Function, string>).set(GenericAlias, 'types.GenericAlias');
  return makeModule('types', { SimpleNamespace, GenericAlias });
}
