// strftime() and strptime() for the datetime module. CPython handles %f, %z and %Z itself and
// hands the rest of the format to the C library's strftime (glibc here, so %F, %T, %e, %-d and
// friends work as a Linux learner sees them); strptime is Lib/_strptime.py: one regex built from
// the format, matched case-insensitively, with its two ValueErrors.
import { ValueError } from '../../../socket/exceptions.ts';
import { repr } from '../../../socket/format.ts';

/** The broken-down time a format reads: what date, time and datetime each know (zeros otherwise). */
export interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  /** Day of the week, Monday = 0. */
  weekday: number;
  /** Day of the year, 1-based. */
  yday: number;
  /** %z's text (`+0800`, '' when naive) and %Z's (`UTC+08:00`, '' when naive). */
  utcoffset: string;
  tzname: string;
  /** Seconds since the epoch, for glibc's %s (local time). */
  epoch: number;
  /** ISO year, week and weekday (Monday = 1), for %G, %V, %u. */
  iso: readonly [number, number, number];
}

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const _pad = (n: number, width: number, fill = '0'): string => String(n).padStart(width, fill);

/** The number a numeric directive prints and its glibc padding: `[value, width, fill]`. */
function _numeric(c: string, f: Fields): [number, number, string] | undefined {
  const hour12 = f.hour % 12 || 12;
  switch (c) {
    case 'd': return [f.day, 2, '0'];
    case 'e': return [f.day, 2, ' '];
    case 'm': return [f.month, 2, '0'];
    case 'y': return [f.year % 100, 2, '0'];
    case 'Y': return [f.year, 1, '0'];
    case 'C': return [Math.floor(f.year / 100), 2, '0'];
    case 'H': return [f.hour, 2, '0'];
    case 'k': return [f.hour, 2, ' '];
    case 'I': return [hour12, 2, '0'];
    case 'l': return [hour12, 2, ' '];
    case 'M': return [f.minute, 2, '0'];
    case 'S': return [f.second, 2, '0'];
    case 'j': return [f.yday, 3, '0'];
    case 'w': return [(f.weekday + 1) % 7, 1, '0'];
    case 'u': return [f.weekday + 1, 1, '0'];
    // Weeks whose first day is Sunday (%U) or Monday (%W); days before the first one are week 0.
    case 'U': return [Math.floor((f.yday + 6 - ((f.weekday + 1) % 7)) / 7), 2, '0'];
    case 'W': return [Math.floor((f.yday + 6 - f.weekday) / 7), 2, '0'];
    case 'G': return [f.iso[0], 1, '0'];
    case 'g': return [f.iso[0] % 100, 2, '0'];
    case 'V': return [f.iso[1], 2, '0'];
    case 's': return [f.epoch, 1, '0'];
  }
  return undefined;
}

/** One directive's text, or undefined for one glibc does not know (printed as written). */
function _directive(c: string, f: Fields): string | undefined {
  const num = _numeric(c, f);
  if (num) return _pad(num[0], num[1], num[2]);
  const time = `${_pad(f.hour, 2)}:${_pad(f.minute, 2)}:${_pad(f.second, 2)}`;
  switch (c) {
    case 'a': return DAY_NAMES[f.weekday]!.slice(0, 3);
    case 'A': return DAY_NAMES[f.weekday]!;
    case 'b': case 'h': return MONTH_NAMES[f.month - 1]!.slice(0, 3);
    case 'B': return MONTH_NAMES[f.month - 1]!;
    case 'p': return f.hour < 12 ? 'AM' : 'PM';
    case 'P': return f.hour < 12 ? 'am' : 'pm';
    case 'f': return _pad(f.microsecond, 6);
    case 'z': return f.utcoffset;
    case 'Z': return f.tzname;
    case 'c': return `${_directive('a', f)} ${_directive('b', f)} ${_pad(f.day, 2, ' ')} ${time} ${f.year}`;
    case 'x': case 'D': return `${_pad(f.month, 2)}/${_pad(f.day, 2)}/${_pad(f.year % 100, 2)}`;
    case 'X': case 'T': return time;
    case 'F': return `${f.year}-${_pad(f.month, 2)}-${_pad(f.day, 2)}`;
    case 'R': return `${_pad(f.hour, 2)}:${_pad(f.minute, 2)}`;
    case 'r': return `${_pad(f.hour % 12 || 12, 2)}:${_pad(f.minute, 2)}:${_pad(f.second, 2)} ${_directive('p', f)}`;
    case 'n': return '\n';
    case 't': return '\t';
    case '%': return '%';
  }
  return undefined;
}

/** `format` with each directive of glibc's strftime replaced; `%-d` drops a number's padding. */
export function strftime(format: string, f: Fields): string {
  return format.replace(/%(-?)(.?)/gs, (whole, dash: string, c: string) => {
    if (c === '') return '%';
    if (dash) {
      const num = _numeric(c, f);
      return num ? String(num[0]) : whole;
    }
    return _directive(c, f) ?? whole;
  });
}

// ---------------------------------------------------------------------------------------------
// strptime (Lib/_strptime.py, TimeRE)

const _names = (list: string[], short: boolean): string => list.map((n) => (short ? n.slice(0, 3) : n)).join('|');

const _PATTERNS: Record<string, string> = {
  d: '3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]',
  f: '[0-9]{1,6}',
  H: '2[0-3]|[0-1]\\d|\\d',
  I: '1[0-2]|0[1-9]|[1-9]',
  G: '\\d\\d\\d\\d',
  j: '36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]',
  m: '1[0-2]|0[1-9]|[1-9]',
  M: '[0-5]\\d|\\d',
  S: '6[0-1]|[0-5]\\d|\\d',
  U: '5[0-3]|[0-4]\\d|\\d',
  w: '[0-6]',
  u: '[1-7]',
  V: '5[0-3]|0[1-9]|[1-4]\\d|\\d',
  y: '\\d\\d',
  Y: '\\d\\d\\d\\d',
  z: '[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z',
  a: _names(DAY_NAMES, true),
  A: _names(DAY_NAMES, false),
  b: _names(MONTH_NAMES, true),
  B: _names(MONTH_NAMES, false),
  p: 'am|pm',
  '%': '%',
};
_PATTERNS.W = _PATTERNS.U!;
_PATTERNS.e = _PATTERNS.d!;

/** What strptime read: the date and time fields, and the UTC offset in seconds when %z matched. */
export type Parsed = Pick<Fields, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'microsecond'> & {
  offset: number | undefined;
};

function _regex(format: string): { re: RegExp; order: string[] } {
  const order: string[] = [];
  let source = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '%') {
      const c = format[i + 1];
      if (c === undefined) throw new ValueError(`stray % in format '${format}'`);
      const pattern = _PATTERNS[c];
      if (pattern === undefined) throw new ValueError(`'${c}' is a bad directive in format '%${c}'`);
      if (c === '%') source += '%';
      else {
        source += `(${pattern})`;
        order.push(c);
      }
      i++;
    } else if (/\s/.test(ch)) {
      source += '\\s+';
      while (i + 1 < format.length && /\s/.test(format[i + 1]!)) i++;
    } else {
      source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return { re: new RegExp(`^(?:${source})`, 'i'), order };
}

const _index = (list: string[], text: string, short: boolean): number => list.findIndex((n) => (short ? n.slice(0, 3) : n).toLowerCase() === text.toLowerCase());

/** `datetime.strptime(text, format)`'s fields, with _strptime's ValueErrors. */
export function strptime(text: string, format: string): Parsed {
  const { re, order } = _regex(format);
  const m = re.exec(text);
  if (!m) throw new ValueError(`time data ${repr(text)} does not match format ${repr(format)}`);
  if (m[0].length !== text.length) throw new ValueError(`unconverted data remains: ${text.slice(m[0].length)}`);
  const out: Parsed = { year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0, microsecond: 0, offset: undefined };
  let pm: boolean | undefined;
  let hour12: number | undefined;
  let yday: number | undefined;
  order.forEach((c, i) => {
    const v = m[i + 1]!;
    const n = Number(v);
    switch (c) {
      case 'Y': out.year = n; break;
      case 'y': out.year = n + (n <= 68 ? 2000 : 1900); break;
      case 'm': out.month = n; break;
      case 'b': out.month = _index(MONTH_NAMES, v, true) + 1; break;
      case 'B': out.month = _index(MONTH_NAMES, v, false) + 1; break;
      case 'd': case 'e': out.day = Number(v.trim()); break;
      case 'H': out.hour = n; break;
      case 'I': hour12 = n; break;
      case 'p': pm = v.toLowerCase() === 'pm'; break;
      case 'M': out.minute = n; break;
      case 'S': out.second = n; break;
      case 'f': out.microsecond = Number(v.padEnd(6, '0')); break;
      case 'j': yday = n; break;
      case 'z': out.offset = _offset(v); break;
    }
  });
  if (hour12 !== undefined) out.hour = pm === undefined ? hour12 : (hour12 % 12) + (pm ? 12 : 0);
  if (yday !== undefined) {
    const d = new Date(Date.UTC(out.year, 0, yday));
    out.month = d.getUTCMonth() + 1;
    out.day = d.getUTCDate();
  }
  return out;
}

function _offset(z: string): number {
  if (z.toUpperCase() === 'Z') return 0;
  const digits = z.slice(1).replace(/:/g, '');
  const seconds = Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2, 4)) * 60 + Number(digits.slice(4, 6) || 0);
  return z[0] === '-' ? -seconds : seconds;
}
