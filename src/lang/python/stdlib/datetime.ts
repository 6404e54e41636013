// Python's datetime module (Lib/datetime.py, CPython 3.11): date, time, datetime, timedelta and
// timezone, as chat and log servers use them: now(), strftime(), str()/repr()/isoformat(),
// arithmetic with timedelta, comparisons, fromtimestamp()/timestamp(), strptime() and
// fromisoformat(). Naive datetimes are local time, read and made through JS Date as CPython
// reads them through localtime()/mktime(). They join Python's operators through native.ts.
import { OverflowError, ValueError } from '../../../socket/exceptions.ts';
import { pyRepr, pyStr } from '../../../socket/format.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { PY_PARAMS, argAt, def, native } from '../runtime/call.ts';
import { NATIVE_BINARY, NATIVE_COMPARE, NATIVE_HASH } from '../runtime/native.ts';
import { PyFloat, isInt, isNone, realValue } from '../runtime/values.ts';
import { namedTuple } from './namedtuple.ts';
import { strftime, strptime, type Fields } from './strftime.ts';
import { US_PER_DAY, US_PER_SECOND, offsetText, rejectKeywords, roundHalfEven, timedelta, timezone } from './timedelta.ts';

type Kw = Record<string, unknown> | undefined;

// ---------------------------------------------------------------------------------------------
// The proleptic Gregorian calendar (Lib/datetime.py _ymd2ord and friends). Ordinal 1 is 0001-01-01.

const _DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const _isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const _daysInMonth = (y: number, m: number): number => (m === 2 && _isLeap(y) ? 29 : [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m]!);
const _ORDINAL_1970 = 719_163;
const _MAX_ORDINAL = 3_652_059; // 9999-12-31

function _ymd2ord(y: number, m: number, d: number): number {
  const p = y - 1;
  return p * 365 + Math.floor(p / 4) - Math.floor(p / 100) + Math.floor(p / 400) + _DAYS_BEFORE_MONTH[m]! + (m > 2 && _isLeap(y) ? 1 : 0) + d;
}

function _ord2ymd(n: number): [number, number, number] {
  const d = new Date(0);
  d.setUTCFullYear(1970, 0, 1 + n - _ORDINAL_1970);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

function _isoWeek1Monday(year: number): number {
  const first = _ymd2ord(year, 1, 1);
  const weekday = (first + 6) % 7;
  return first - weekday + (weekday > 3 ? 7 : 0);
}

/** date.isocalendar(): ISO year, week and weekday (Monday = 1). */
function _isoCalendar(y: number, m: number, d: number): [number, number, number] {
  const today = _ymd2ord(y, m, d);
  let year = y;
  let week = Math.floor((today - _isoWeek1Monday(year)) / 7);
  if (week < 0) {
    year -= 1;
    week = Math.floor((today - _isoWeek1Monday(year)) / 7);
  } else if (week >= 52 && today >= _isoWeek1Monday(year + 1)) {
    year += 1;
    week = 0;
  }
  return [year, week + 1, ((today + 6) % 7) + 1];
}

/** An int argument in `lo..hi`, with CPython's TypeError and ValueError texts. */
function _field(x: unknown, name: string, lo: number, hi: number, fallback?: number): number {
  if (x === undefined && fallback !== undefined) return fallback;
  if (x === undefined) throw new TypeError(`function missing required argument '${name}' (pos ${['year', 'month', 'day'].indexOf(name) + 1})`);
  if (!isInt(x) && !(typeof x === 'number')) throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
  if (typeof x === 'number' && !Number.isInteger(x)) throw new TypeError("'float' object cannot be interpreted as an integer");
  const n = Number(x);
  if (name === 'year' && (n < lo || n > hi)) throw new ValueError(`year ${n} is out of range`);
  if (n < lo || n > hi) throw new ValueError(name === 'day' ? 'day is out of range for month' : `${name} must be in ${lo}..${hi}`);
  return n;
}

function _tz(x: unknown): timezone | null {
  if (isNone(x)) return null;
  if (!(x instanceof timezone)) throw new TypeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${pyTypeName(x)}'`);
  return x;
}

const _p2 = (n: number): string => String(n).padStart(2, '0');
const _ymdText = (y: number, m: number, d: number): string => `${String(y).padStart(4, '0')}-${_p2(m)}-${_p2(d)}`;

/** time.isoformat()'s text of a time of day for a timespec. */
function _timeText(h: number, mi: number, s: number, us: number, timespec: unknown): string {
  const spec = timespec === undefined || isNone(timespec) ? 'auto' : timespec;
  switch (spec) {
    case 'auto': return `${_p2(h)}:${_p2(mi)}:${_p2(s)}${us ? `.${String(us).padStart(6, '0')}` : ''}`;
    case 'hours': return _p2(h);
    case 'minutes': return `${_p2(h)}:${_p2(mi)}`;
    case 'seconds': return `${_p2(h)}:${_p2(mi)}:${_p2(s)}`;
    case 'milliseconds': return `${_p2(h)}:${_p2(mi)}:${_p2(s)}.${String(Math.floor(us / 1000)).padStart(3, '0')}`;
    case 'microseconds': return `${_p2(h)}:${_p2(mi)}:${_p2(s)}.${String(us).padStart(6, '0')}`;
  }
  throw new ValueError('Unknown timespec value');
}

function _fields(y: number, m: number, d: number, h: number, mi: number, s: number, us: number, tz: timezone | null, epoch: number): Fields {
  const ord = _ymd2ord(y, m, d);
  return {
    year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us, weekday: (ord + 6) % 7, yday: ord - _ymd2ord(y, 1, 1) + 1,
    utcoffset: tz ? offsetText(tz.offset, '') : '', tzname: tz ? tz.label() : '', epoch, iso: _isoCalendar(y, m, d),
  };
}

function _format(self: { strftime: Function }, spec: unknown): string {
  if (typeof spec !== 'string') throw new TypeError(`must be str, not ${pyTypeName(spec)}`);
  return spec === '' ? String((self as unknown as Record<symbol, () => string>)[pyStr]!()) : (self.strftime([spec], undefined) as string);
}

function _strftimeFormat(x: unknown): string {
  if (typeof x !== 'string') throw new TypeError(`strftime() argument 1 must be str, not ${pyTypeName(x)}`);
  return x;
}

/** Python methods on a class's prototype, called with (self, args, keywords). */
function _methods<T>(cls: { prototype: T }, table: Record<string, (self: T, a: unknown[], kw: Kw) => unknown>): void {
  for (const [name, fn] of Object.entries(table)) {
    Object.defineProperty(cls.prototype, name, { value: native(name, function (this: T, a, kw) { return fn(this, a, kw); }), writable: true, configurable: true });
  }
}

/** Class methods (datetime.now(), date.today()). */
function _statics(cls: object, table: Record<string, (a: unknown[], kw: Kw) => unknown>): void {
  for (const [name, fn] of Object.entries(table)) Object.defineProperty(cls, name, { value: native(name, fn), writable: true, configurable: true });
}

/** Local time of a moment given in microseconds since the epoch, as localtime() breaks it down. */
function _local(epochUs: bigint): [number, number, number, number, number, number, number] {
  const seconds = epochUs / US_PER_SECOND - (epochUs % US_PER_SECOND < 0n ? 1n : 0n);
  const us = Number(epochUs - seconds * US_PER_SECOND);
  const d = new Date(Number(seconds) * 1000);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), us];
}

/** mktime(): seconds since the epoch of a local wall-clock time. */
function _mktime(y: number, m: number, d: number, h: number, mi: number, s: number): number {
  const t = new Date(0);
  t.setFullYear(y, m - 1, d);
  t.setHours(h, mi, s, 0);
  return Math.floor(t.getTime() / 1000);
}

/** Now, in microseconds since the epoch (performance.now() for the digits below the millisecond). */
function _nowUs(): bigint {
  return BigInt(Math.floor((performance.timeOrigin + performance.now()) * 1000));
}

/** A float or int timestamp in seconds as microseconds (round half even, as CPython's). */
function _timestampUs(t: unknown): bigint {
  if (isInt(t)) return BigInt(Number(t)) * US_PER_SECOND;
  if (!(t instanceof PyFloat) && typeof t !== 'number') throw new TypeError(`'${pyTypeName(t)}' object cannot be interpreted as an integer`);
  return BigInt(roundHalfEven(realValue(t) * 1e6));
}

// ---------------------------------------------------------------------------------------------

export class date {
  static readonly pyTypeName: string = 'datetime.date';
  readonly year: number;
  readonly month: number;
  readonly day: number;

  constructor(...args: unknown[]) {
    const [y, m, d] = rejectKeywords(args, 'this function');
    this.year = _field(y, 'year', 1, 9999);
    this.month = _field(m, 'month', 1, 12);
    this.day = _field(d, 'day', 1, _daysInMonth(this.year, this.month));
  }

  static fromOrdinal(n: number): date {
    if (n < 1 || n > _MAX_ORDINAL) throw new OverflowError('date value out of range');
    return new date(..._ord2ymd(n));
  }

  ordinal(): number { return _ymd2ord(this.year, this.month, this.day); }
  fields(): Fields { return _fields(this.year, this.month, this.day, 0, 0, 0, 0, null, _mktime(this.year, this.month, this.day, 0, 0, 0)); }

  [pyRepr](): string { return `datetime.date(${this.year}, ${this.month}, ${this.day})`; }
  [pyStr](): string { return _ymdText(this.year, this.month, this.day); }
  [NATIVE_HASH](): string { return `\u0000date${this.ordinal()}`; }

  [NATIVE_COMPARE](other: unknown, op: string): number | undefined {
    if (!(other instanceof date)) return undefined;
    if (other instanceof datetime) {
      if (op === '==') return undefined;
      throw new TypeError(`can't compare ${pyTypeName(this)} to ${pyTypeName(other)}`);
    }
    return Math.sign(this.ordinal() - other.ordinal());
  }

  [NATIVE_BINARY](op: string, other: unknown, reflected: boolean): unknown {
    if (other instanceof timedelta && (op === '+' || (op === '-' && !reflected))) {
      const days = Number(other.us / US_PER_DAY - (other.us % US_PER_DAY < 0n ? 1n : 0n));
      return date.fromOrdinal(this.ordinal() + (op === '+' ? days : -days));
    }
    if (op === '-' && !reflected && other instanceof date && !(other instanceof datetime)) return timedelta.of(BigInt(this.ordinal() - other.ordinal()) * US_PER_DAY);
    return undefined;
  }
}

const _dateMethods = {
  isoformat: (d: date) => _ymdText(d.year, d.month, d.day),
  strftime: (d: date, a: unknown[], kw: Kw) => strftime(_strftimeFormat(argAt(a, kw, 0, 'format')), d.fields()),
  weekday: (d: date) => (d.ordinal() + 6) % 7,
  isoweekday: (d: date) => ((d.ordinal() + 6) % 7) + 1,
  toordinal: (d: date) => d.ordinal(),
  isocalendar: (d: date) => namedTuple('datetime.IsoCalendarDate', ['year', 'week', 'weekday'], _isoCalendar(d.year, d.month, d.day)),
  ctime: (d: date) => strftime('%a %b %e %H:%M:%S %Y', d.fields()),
};
_methods(date, {
  ..._dateMethods,
  replace: (d, a, kw) => new date(argAt(a, kw, 0, 'year') ?? d.year, argAt(a, kw, 1, 'month') ?? d.month, argAt(a, kw, 2, 'day') ?? d.day),
});

// ---------------------------------------------------------------------------------------------

export class time {
  static readonly pyTypeName = 'datetime.time';
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
  readonly tzinfo: timezone | null;

  constructor(...args: unknown[]) {
    const [h, mi, s, us, tz] = rejectKeywords(args, 'this function');
    this.hour = _field(h, 'hour', 0, 23, 0);
    this.minute = _field(mi, 'minute', 0, 59, 0);
    this.second = _field(s, 'second', 0, 59, 0);
    this.microsecond = _field(us, 'microsecond', 0, 999_999, 0);
    this.tzinfo = _tz(tz);
  }

  dayUs(): number { return ((this.hour * 60 + this.minute) * 60 + this.second) * 1e6 + this.microsecond; }

  [pyRepr](): string {
    const parts = [this.hour, this.minute];
    if (this.second || this.microsecond) parts.push(this.second);
    if (this.microsecond) parts.push(this.microsecond);
    return `datetime.time(${parts.join(', ')}${this.tzinfo ? `, tzinfo=${this.tzinfo[pyRepr]()}` : ''})`;
  }
  [pyStr](): string { return this.iso(); }
  iso(timespec?: unknown): string {
    return _timeText(this.hour, this.minute, this.second, this.microsecond, timespec) + (this.tzinfo ? offsetText(this.tzinfo.offset, ':') : '');
  }
  [NATIVE_HASH](): string { return `\u0000time${this.dayUs()}${this.tzinfo ? this.tzinfo.offset.us : ''}`; }
  [NATIVE_COMPARE](other: unknown): number | undefined {
    if (!(other instanceof time)) return undefined;
    return Math.sign(this.dayUs() - other.dayUs());
  }
}

_methods(time, {
  isoformat: (t, a, kw) => t.iso(argAt(a, kw, 0, 'timespec')),
  strftime: (t, a, kw) => strftime(_strftimeFormat(argAt(a, kw, 0, 'format')), _fields(1900, 1, 1, t.hour, t.minute, t.second, t.microsecond, t.tzinfo, 0)),
  replace: (t, a, kw) => new time(
    argAt(a, kw, 0, 'hour') ?? t.hour, argAt(a, kw, 1, 'minute') ?? t.minute, argAt(a, kw, 2, 'second') ?? t.second,
    argAt(a, kw, 3, 'microsecond') ?? t.microsecond, kw && 'tzinfo' in kw ? kw.tzinfo : (a[4] ?? t.tzinfo),
  ),
  utcoffset: (t) => t.tzinfo?.offset ?? null,
  tzname: (t) => t.tzinfo?.label() ?? null,
});

// ---------------------------------------------------------------------------------------------

export class datetime extends date {
  static override readonly pyTypeName: string = 'datetime.datetime';
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
  readonly tzinfo: timezone | null;
  readonly fold: number = 0;

  constructor(...args: unknown[]) {
    const [y, m, d, h, mi, s, us, tz] = rejectKeywords(args, 'this function');
    super(y, m, d);
    this.hour = _field(h, 'hour', 0, 23, 0);
    this.minute = _field(mi, 'minute', 0, 59, 0);
    this.second = _field(s, 'second', 0, 59, 0);
    this.microsecond = _field(us, 'microsecond', 0, 999_999, 0);
    this.tzinfo = _tz(tz);
  }

  /** The datetime `us` microseconds after 0001-01-01 00:00 (wall clock), in `tz`. */
  static ofUs(us: bigint, tz: timezone | null): datetime {
    const ord = Number(us / US_PER_DAY) + 1;
    if (us < 0n || ord > _MAX_ORDINAL) throw new OverflowError('date value out of range');
    const [y, m, d] = _ord2ymd(ord);
    const t = Number(us % US_PER_DAY);
    const s = Math.floor(t / 1e6);
    return new datetime(y, m, d, Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60, t % 1e6, tz ?? undefined);
  }

  /** The datetime of a moment (microseconds since the epoch): local wall-clock time, or in `tz`. */
  static ofEpoch(epochUs: bigint, tz: timezone | null): datetime {
    if (tz) return datetime.ofUs(epochUs + BigInt(_ORDINAL_1970 - 1) * US_PER_DAY + tz.offset.us, tz);
    const [y, m, d, h, mi, s, us] = _local(epochUs);
    return new datetime(y, m, d, h, mi, s, us);
  }

  /** Microseconds since 0001-01-01 00:00 of the wall-clock time (the offset ignored). */
  wallUs(): bigint {
    return BigInt(this.ordinal() - 1) * US_PER_DAY + BigInt(((this.hour * 60 + this.minute) * 60 + this.second) * 1e6 + this.microsecond);
  }

  /** Microseconds since the epoch: UTC for an aware datetime, local time (mktime) for a naive one. */
  epochUs(): bigint {
    if (this.tzinfo) return this.wallUs() - this.tzinfo.offset.us - BigInt(_ORDINAL_1970 - 1) * US_PER_DAY;
    return BigInt(_mktime(this.year, this.month, this.day, this.hour, this.minute, this.second)) * US_PER_SECOND + BigInt(this.microsecond);
  }

  override fields(): Fields {
    return _fields(this.year, this.month, this.day, this.hour, this.minute, this.second, this.microsecond, this.tzinfo, Number(this.epochUs() / US_PER_SECOND));
  }

  override [pyRepr](): string {
    const parts = [this.year, this.month, this.day, this.hour, this.minute];
    if (this.second || this.microsecond) parts.push(this.second);
    if (this.microsecond) parts.push(this.microsecond);
    return `datetime.datetime(${parts.join(', ')}${this.tzinfo ? `, tzinfo=${this.tzinfo[pyRepr]()}` : ''})`;
  }
  override [pyStr](): string { return this.iso(' '); }
  iso(sep: string = 'T', timespec?: unknown): string {
    const tz = this.tzinfo ? offsetText(this.tzinfo.offset, ':') : '';
    return `${_ymdText(this.year, this.month, this.day)}${sep}${_timeText(this.hour, this.minute, this.second, this.microsecond, timespec)}${tz}`;
  }
  override [NATIVE_HASH](): string { return `\u0000datetime${this.tzinfo ? this.epochUs() : this.wallUs()}`; }

  override [NATIVE_COMPARE](other: unknown, op: string): number | undefined {
    if (!(other instanceof date)) return undefined;
    if (!(other instanceof datetime)) {
      if (op === '==') return undefined;
      throw new TypeError(`can't compare ${pyTypeName(this)} to ${pyTypeName(other)}`);
    }
    if (Boolean(this.tzinfo) !== Boolean(other.tzinfo)) {
      if (op === '==') return undefined;
      throw new TypeError("can't compare offset-naive and offset-aware datetimes");
    }
    const [a, b] = this.tzinfo ? [this.epochUs(), other.epochUs()] : [this.wallUs(), other.wallUs()];
    return a < b ? -1 : a > b ? 1 : 0;
  }

  override [NATIVE_BINARY](op: string, other: unknown, reflected: boolean): unknown {
    if (other instanceof timedelta && (op === '+' || (op === '-' && !reflected))) {
      return datetime.ofUs(this.wallUs() + (op === '+' ? other.us : -other.us), this.tzinfo);
    }
    if (op === '-' && !reflected && other instanceof datetime) {
      if (Boolean(this.tzinfo) !== Boolean(other.tzinfo)) throw new TypeError("can't subtract offset-naive and offset-aware datetimes");
      const diff = this.tzinfo ? this.epochUs() - other.epochUs() : this.wallUs() - other.wallUs();
      return timedelta.of(diff);
    }
    return undefined;
  }
}

_methods(datetime, {
  ..._dateMethods,
  isoformat: (d, a, kw) => {
    const sep = argAt(a, kw, 0, 'sep') ?? 'T';
    if (typeof sep !== 'string' || [...sep].length !== 1) throw new TypeError(`isoformat() argument 1 must be a unicode character, not ${pyTypeName(sep)}`);
    return d.iso(sep, argAt(a, kw, 1, 'timespec'));
  },
  strftime: (d, a, kw) => strftime(_strftimeFormat(argAt(a, kw, 0, 'format')), d.fields()),
  ctime: (d) => strftime('%a %b %e %H:%M:%S %Y', d.fields()),
  date: (d) => new date(d.year, d.month, d.day),
  time: (d) => new time(d.hour, d.minute, d.second, d.microsecond),
  timetz: (d) => new time(d.hour, d.minute, d.second, d.microsecond, d.tzinfo ?? undefined),
  timestamp: (d) => new PyFloat(Number(d.epochUs()) / 1e6),
  utcoffset: (d) => d.tzinfo?.offset ?? null,
  tzname: (d) => d.tzinfo?.label() ?? null,
  dst: (d) => (d.tzinfo ? timedelta.of(0n) : null),
  astimezone: (d, a, kw) => {
    const tz = argAt(a, kw, 0, 'tz');
    if (isNone(tz)) return _localAware(d.epochUs());
    return datetime.ofEpoch(d.epochUs(), _tz(tz));
  },
  replace: (d, a, kw) => {
    const names = ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo'] as const;
    const values = names.map((n, i) => {
      const given = i < a.length ? a[i] : kw && n in kw ? kw[n] : undefined;
      return given === undefined && !(kw && n in kw) ? d[n] : given;
    });
    return new datetime(...values.map((v) => (v === null ? undefined : v)));
  },
});

/** The same wall-clock time without its tzinfo. */
const _naive = (d: datetime): datetime => new datetime(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond);

/** An aware datetime in the machine's time zone (astimezone() with no argument). */
function _localAware(epochUs: bigint): datetime {
  const local = datetime.ofEpoch(epochUs, null);
  const offsetUs = local.wallUs() - BigInt(_ORDINAL_1970 - 1) * US_PER_DAY - epochUs;
  const name = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(new Date(Number(epochUs / 1000n))).find((p) => p.type === 'timeZoneName')?.value;
  return datetime.ofEpoch(epochUs, new timezone(timedelta.of(offsetUs), name === 'GMT' || name === undefined ? 'UTC' : name));
}

// ---------------------------------------------------------------------------------------------
// fromisoformat (3.11: YYYY-MM-DD, then any one separator and HH[:MM[:SS[.fff[fff]]]][+HH:MM|Z])

const _ISO_DATE = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const _ISO_TIME = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:\.\d{1,6})?)?)?)?$/;

function _isoDate(text: string, whole: string): [number, number, number] {
  const m = _ISO_DATE.exec(text);
  if (!m || text.length === 9) throw new ValueError(`Invalid isoformat string: '${whole}'`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function _isoTime(text: string, whole: string): [number, number, number, number, timezone | undefined] {
  const m = _ISO_TIME.exec(text);
  if (!m) throw new ValueError(`Invalid isoformat string: '${whole}'`);
  let tz: timezone | undefined;
  if (m[5]) {
    if (m[5] === 'Z') tz = timezone.utc;
    else {
      const digits = m[5].slice(1).replace(/:/g, '');
      const us = (BigInt(Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2, 4) || 0) * 60 + Number(digits.slice(4, 6) || 0)) * US_PER_SECOND)
        + BigInt(Number((digits.split('.')[1] ?? '').padEnd(6, '0')));
      tz = new timezone(timedelta.of(m[5][0] === '-' ? -us : us));
    }
  }
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0), Number((m[4] ?? '').padEnd(6, '0')), tz];
}

function _string(x: unknown): string {
  if (typeof x !== 'string') throw new TypeError(`fromisoformat: argument must be str`);
  return x;
}

// ---------------------------------------------------------------------------------------------

_statics(date, {
  today: () => { const [y, m, d] = _local(_nowUs()); return new date(y, m, d); },
  fromtimestamp: (a) => { const [y, m, d] = _local(_timestampUs(a[0])); return new date(y, m, d); },
  fromordinal: (a) => date.fromOrdinal(Number(a[0])),
  fromisoformat: (a) => { const s = _string(a[0]); return new date(..._isoDate(s, s)); },
});

_statics(datetime, {
  now: (a, kw) => datetime.ofEpoch(_nowUs(), _tz(argAt(a, kw, 0, 'tz'))),
  today: () => datetime.ofEpoch(_nowUs(), null),
  utcnow: () => _naive(datetime.ofEpoch(_nowUs(), timezone.utc)),
  fromtimestamp: (a, kw) => datetime.ofEpoch(_timestampUs(argAt(a, kw, 0, 'timestamp')), _tz(argAt(a, kw, 1, 'tz'))),
  utcfromtimestamp: (a) => _naive(datetime.ofEpoch(_timestampUs(a[0]), timezone.utc)),
  fromordinal: (a) => { const d = date.fromOrdinal(Number(a[0])); return new datetime(d.year, d.month, d.day); },
  combine: (a, kw) => {
    const d = argAt(a, kw, 0, 'date');
    const t = argAt(a, kw, 1, 'time');
    if (!(d instanceof date)) throw new TypeError(`combine() argument 1 must be datetime.date, not ${pyTypeName(d)}`);
    if (!(t instanceof time)) throw new TypeError(`combine() argument 2 must be datetime.time, not ${pyTypeName(t)}`);
    const tz = kw && 'tzinfo' in kw ? kw.tzinfo : a.length > 2 ? a[2] : t.tzinfo;
    return new datetime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tz ?? undefined);
  },
  strptime: (a) => {
    if (typeof a[0] !== 'string') throw new TypeError(`strptime() argument 1 must be str, not ${pyTypeName(a[0])}`);
    if (typeof a[1] !== 'string') throw new TypeError(`strptime() argument 2 must be str, not ${pyTypeName(a[1])}`);
    const p = strptime(a[0], a[1]);
    const tz = p.offset === undefined ? undefined : new timezone(timedelta.of(BigInt(p.offset) * US_PER_SECOND));
    return new datetime(p.year, p.month, p.day, p.hour, p.minute, p.second, p.microsecond, tz);
  },
  fromisoformat: (a) => {
    const s = _string(a[0]);
    const dateText = s.length > 10 && /^\d{4}-/.test(s) ? s.slice(0, 10) : s.length > 8 && !s.includes('-') ? s.slice(0, 8) : s;
    const [y, m, d] = _isoDate(dateText, s);
    if (dateText.length === s.length) return new datetime(y, m, d);
    const [h, mi, sec, us, tz] = _isoTime(s.slice(dateText.length + 1), s);
    return new datetime(y, m, d, h, mi, sec, us, tz);
  },
});

_statics(time, {
  fromisoformat: (a) => { const s = _string(a[0]); return new time(..._isoTime(s.startsWith('T') ? s.slice(1) : s, s)); },
});

// f'{now:%H:%M}' and '{:%Y-%m-%d}'.format(d): __format__ is strftime (an empty spec is str()).
for (const cls of [date, time]) {
  Object.defineProperty(cls.prototype, '__format__', {
    value: def(function (this: { strftime: Function }, spec: unknown) { return _format(this, spec); }, ['format_spec'], '__format__'),
    writable: true,
    configurable: true,
  });
}

Object.defineProperty(date, PY_PARAMS, { value: { positional: ['year', 'month', 'day'] } });
Object.defineProperty(time, PY_PARAMS, { value: { positional: ['hour', 'minute', 'second', 'microsecond', 'tzinfo'] } });
Object.defineProperty(datetime, PY_PARAMS, { value: { positional: ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo'] } });
Object.defineProperty(timezone, PY_PARAMS, { value: { positional: ['offset', 'name'] } });

Object.assign(date, { min: new date(1, 1, 1), max: new date(9999, 12, 31), resolution: timedelta.of(US_PER_DAY) });
Object.assign(datetime, { min: new datetime(1, 1, 1), max: new datetime(9999, 12, 31, 23, 59, 59, 999_999), resolution: timedelta.of(1n) });
Object.assign(time, { min: new time(0, 0), max: new time(23, 59, 59, 999_999), resolution: timedelta.of(1n) });
Object.assign(timedelta, { min: timedelta.of(-999_999_999n * US_PER_DAY), max: timedelta.of(1_000_000_000n * US_PER_DAY - 1n), resolution: timedelta.of(1n) });

export function createDatetimeModule(): PyModule {
  return makeModule('datetime', { date, time, datetime, timedelta, timezone, tzinfo: timezone, MINYEAR: 1, MAXYEAR: 9999, UTC: timezone.utc });
}
