// datetime.timedelta and datetime.timezone (Lib/datetime.py, CPython 3.11): a duration kept as
// whole microseconds (a bigint: 999999999 days do not fit a double's integers), shown as CPython
// shows it (`datetime.timedelta(days=1, seconds=3600)`, `1 day, 1:00:00`), with its arithmetic.
import { OverflowError, ValueError } from '../../../socket/exceptions.ts';
import { pyRepr, pyStr } from '../../../socket/format.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { PY_PARAMS, native } from '../runtime/call.ts';
import { ZeroDivisionError } from '../runtime/exceptions.ts';
import { NATIVE_BINARY, NATIVE_BOOL, NATIVE_COMPARE, NATIVE_HASH, NATIVE_UNARY } from '../runtime/native.ts';
import { PyFloat, intValue, isInt, normInt } from '../runtime/values.ts';

export const US_PER_SECOND = 1_000_000n;
export const US_PER_DAY = 86_400n * US_PER_SECOND;
const _MAX_DAYS = 999_999_999n;

const _US = Symbol('socklab.python.timedelta.us');

/** Rounds half to even, as CPython's timedelta does with float microseconds (round()). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const _floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
};
const _floorMod = (a: bigint, b: bigint): bigint => a - b * _floorDiv(a, b);

/** A keyword argument the class does not take (TypeScript callers get keywords as a trailing object). */
export function rejectKeywords(args: unknown[], where: string): unknown[] {
  const last = args[args.length - 1];
  if (typeof last === 'object' && last !== null && Object.getPrototypeOf(last) === Object.prototype) {
    throw new TypeError(`'${Object.keys(last)[0]}' is an invalid keyword argument for ${where}`);
  }
  return args;
}

export class timedelta {
  static readonly pyTypeName = 'datetime.timedelta';
  declare readonly [_US]: bigint;

  constructor(...args: unknown[]) {
    const [days, seconds, microseconds, milliseconds, minutes, hours, weeks] = rejectKeywords(args, '__new__()');
    const parts: [unknown, bigint, string][] = [
      [days, US_PER_DAY, 'days'], [seconds, US_PER_SECOND, 'seconds'], [microseconds, 1n, 'microseconds'],
      [milliseconds, 1000n, 'milliseconds'], [minutes, 60n * US_PER_SECOND, 'minutes'], [hours, 3600n * US_PER_SECOND, 'hours'],
      [weeks, 7n * US_PER_DAY, 'weeks'],
    ];
    let exact = 0n;
    let fraction = 0;
    for (const [value, unit, name] of parts) {
      if (value === undefined) continue;
      // A Python float reaches a TypeScript constructor as a JS number (call.ts toJS).
      if (isInt(value) && !(typeof value === 'number' && !Number.isInteger(value))) exact += BigInt(intValue(value)) * unit;
      else if (typeof value === 'number') {
        const whole = Math.trunc(value);
        exact += BigInt(whole) * unit;
        fraction += (value - whole) * Number(unit);
      } else throw new TypeError(`unsupported type for timedelta ${name} component: ${pyTypeName(value)}`);
    }
    // The sum rounds half to even as one number: 1.5 microseconds is 2, 0.5 is 0.
    const floor = Math.floor(fraction);
    const rest = fraction - floor;
    const odd = ((exact + BigInt(floor)) % 2n + 2n) % 2n === 1n;
    const up = rest > 0.5 || (rest === 0.5 && odd) ? 1 : 0;
    Object.defineProperty(this, _US, { value: _checked(exact + BigInt(floor + up)) });
  }

  /** A timedelta of `us` microseconds. */
  static of(us: bigint): timedelta {
    const t = Object.create(timedelta.prototype) as timedelta;
    Object.defineProperty(t, _US, { value: _checked(us) });
    return t;
  }

  get us(): bigint { return this[_US]; }
  get days(): number { return Number(_floorDiv(this[_US], US_PER_DAY)); }
  get seconds(): number { return Number(_floorMod(this[_US], US_PER_DAY) / US_PER_SECOND); }
  get microseconds(): number { return Number(_floorMod(this[_US], US_PER_SECOND)); }

  [pyRepr](): string {
    const args = [['days', this.days], ['seconds', this.seconds], ['microseconds', this.microseconds]].filter(([, v]) => v !== 0).map(([k, v]) => `${k}=${v}`);
    return `datetime.timedelta(${args.length > 0 ? args.join(', ') : '0'})`;
  }

  [pyStr](): string {
    const s = this.seconds;
    const p2 = (n: number) => String(n).padStart(2, '0');
    let out = `${Math.floor(s / 3600)}:${p2(Math.floor(s / 60) % 60)}:${p2(s % 60)}`;
    if (this.days !== 0) out = `${this.days} day${Math.abs(this.days) !== 1 ? 's' : ''}, ${out}`;
    if (this.microseconds !== 0) out += `.${String(this.microseconds).padStart(6, '0')}`;
    return out;
  }

  [NATIVE_BOOL](): boolean { return this[_US] !== 0n; }
  [NATIVE_HASH](): string { return `\u0000timedelta${this[_US]}`; }
  [NATIVE_COMPARE](other: unknown): number | undefined {
    if (!(other instanceof timedelta)) return undefined;
    return this[_US] < other[_US] ? -1 : this[_US] > other[_US] ? 1 : 0;
  }
  [NATIVE_UNARY](op: string): unknown {
    if (op === '-') return timedelta.of(-this[_US]);
    if (op === '+') return this;
    return this[_US] < 0n ? timedelta.of(-this[_US]) : this;
  }

  [NATIVE_BINARY](op: string, other: unknown, reflected: boolean): unknown {
    const us = this[_US];
    if (other instanceof timedelta) {
      const [a, b] = reflected ? [other[_US], us] : [us, other[_US]];
      switch (op) {
        case '+': return timedelta.of(a + b);
        case '-': return timedelta.of(a - b);
        case '/':
          if (b === 0n) throw new ZeroDivisionError('division by zero');
          return new PyFloat(Number(a) / Number(b));
        case '//':
          if (b === 0n) throw new ZeroDivisionError('integer division or modulo by zero');
          return normInt(_floorDiv(a, b));
        case '%':
          if (b === 0n) throw new ZeroDivisionError('integer division or modulo by zero');
          return timedelta.of(_floorMod(a, b));
      }
      return undefined;
    }
    if (op === '*') {
      if (isInt(other)) return timedelta.of(us * BigInt(intValue(other)));
      if (other instanceof PyFloat) return timedelta.of(BigInt(roundHalfEven(Number(us) * other.value)));
      return undefined;
    }
    if (reflected) return undefined;
    if (op === '/' || op === '//') {
      if (isInt(other)) {
        const n = BigInt(intValue(other));
        if (n === 0n) throw new ZeroDivisionError('integer division or modulo by zero');
        return timedelta.of(op === '//' ? _floorDiv(us, n) : BigInt(roundHalfEven(Number(us) / Number(n))));
      }
      if (other instanceof PyFloat && op === '/') {
        if (other.value === 0) throw new ZeroDivisionError('float division by zero');
        return timedelta.of(BigInt(roundHalfEven(Number(us) / other.value)));
      }
    }
    return undefined;
  }
}

Object.defineProperty(timedelta.prototype, 'total_seconds', {
  value: native('total_seconds', function (this: timedelta) { return new PyFloat(Number(this.us) / 1e6); }),
  writable: true,
  configurable: true,
});

function _checked(us: bigint): bigint {
  const days = _floorDiv(us, US_PER_DAY);
  if (days > _MAX_DAYS || days < -_MAX_DAYS) throw new OverflowError(`days=${days}; must have magnitude <= ${_MAX_DAYS}`);
  return us;
}

Object.defineProperty(timedelta, PY_PARAMS, { value: { positional: ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'] } });

// ---------------------------------------------------------------------------------------------

/** datetime.timezone: a fixed offset from UTC, with an optional name. */
export class timezone {
  static readonly pyTypeName = 'datetime.timezone';
  static utc: timezone;
  readonly offset: timedelta;
  readonly name: string | undefined;

  constructor(...args: unknown[]) {
    const [offset, name] = rejectKeywords(args, 'timezone()');
    if (!(offset instanceof timedelta)) throw new TypeError(`timezone() argument 1 must be datetime.timedelta, not ${pyTypeName(offset)}`);
    if (name !== undefined && typeof name !== 'string') throw new TypeError(`timezone() argument 2 must be str, not ${pyTypeName(name)}`);
    const limit = 24n * 3600n * US_PER_SECOND;
    if (offset.us <= -limit || offset.us >= limit) {
      throw new ValueError(`offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${offset[pyRepr]()}.`);
    }
    this.offset = offset;
    this.name = name;
    // timezone(timedelta(0)) is timezone.utc itself (timezone_new).
    if (offset.us === 0n && name === undefined && timezone.utc) return timezone.utc;
  }

  /** `UTC+08:00`: the name %Z and tzname() give a timezone made without one. */
  label(): string {
    if (this.name !== undefined) return this.name;
    if (this.offset.us === 0n) return 'UTC';
    return `UTC${offsetText(this.offset, ':')}`;
  }

  [pyRepr](): string {
    if (this === timezone.utc) return 'datetime.timezone.utc';
    return `datetime.timezone(${this.offset[pyRepr]()}${this.name === undefined ? '' : `, '${this.name}'`})`;
  }
  [pyStr](): string { return this.label(); }
  [NATIVE_HASH](): string { return `\u0000timezone${this.offset.us}`; }
  [NATIVE_COMPARE](other: unknown, op: string): number | undefined {
    if (!(other instanceof timezone) || op !== '==') return undefined;
    return this.offset.us === other.offset.us ? 0 : 1;
  }
}
timezone.utc = new timezone(timedelta.of(0n));
for (const [name, fn] of Object.entries({
  utcoffset: (tz: timezone) => tz.offset,
  tzname: (tz: timezone) => tz.label(),
  dst: () => null,
})) Object.defineProperty(timezone.prototype, name, { value: native(name, function (this: timezone) { return fn(this); }), writable: true, configurable: true });

/** `+08:00` (or `+0800` with sep ''), seconds and microseconds only when there are some. */
export function offsetText(offset: timedelta, sep: string): string {
  let us = offset.us;
  const sign = us < 0n ? '-' : '+';
  if (us < 0n) us = -us;
  const p2 = (n: bigint) => String(n).padStart(2, '0');
  const total = us / US_PER_SECOND;
  let out = `${sign}${p2(total / 3600n)}${sep}${p2((total / 60n) % 60n)}`;
  const s = total % 60n;
  const frac = us % US_PER_SECOND;
  if (s !== 0n || frac !== 0n) out += `${sep}${p2(s)}`;
  if (frac !== 0n) out += `.${String(frac).padStart(6, '0')}`;
  return out;
}
