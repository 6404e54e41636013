// An object that is only its attributes: types.SimpleNamespace and argparse.Namespace. Equal to
// another of its class with the same attributes and equal values (in any order), `'x' in ns` for
// an attribute, shown as `Name(a=1, b='x')` in the order the attributes were set.
import { pyRepr, repr } from '../../../socket/format.ts';
import { NATIVE_COMPARE, NATIVE_CONTAINS } from './native.ts';
import * as ops from './ops.ts';

type Kw = Record<string, unknown>;

export class AttributeBag {
  /** What its repr is called (`namespace`, `Namespace`): a subclass's own. */
  static readonly reprName: string = 'namespace';

  constructor(kw?: Kw) {
    for (const [k, v] of Object.entries(kw ?? {})) (this as unknown as Kw)[k] = v;
  }

  [NATIVE_COMPARE](other: unknown, op: string): number | undefined {
    if (op !== '==' || !(other instanceof (this.constructor as typeof AttributeBag))) return undefined;
    const mine = Object.entries(this);
    const theirs = other as unknown as Kw;
    return mine.length === Object.keys(other).length && mine.every(([k, v]) => Object.hasOwn(theirs, k) && ops.eq(v, theirs[k])) ? 0 : 1;
  }

  [NATIVE_CONTAINS](key: unknown): boolean {
    return typeof key === 'string' && Object.hasOwn(this, key);
  }

  [pyRepr](): string {
    const name = (this.constructor as typeof AttributeBag).reprName;
    return `${name}(${Object.entries(this).map(([k, v]) => `${k}=${repr(v)}`).join(', ')})`;
  }
}
