// str methods past the everyday ones (attributes.ts): the Unicode tests (istitle, isprintable,
// isascii, isidentifier), translate and str.maketrans, format_map, casefold, and count,
// startswith/endswith (with start and end), ljust/rjust/center, partition, expandtabs and zfill
// with CPython 3.11's argument errors (Objects/unicodeobject.c).
import { LookupError, ValueError } from '../../../socket/exceptions.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { isTuple, tuple } from '../../../socket/tuple.ts';
import { isUserInstance, type NativeFunction } from './call.ts';
import { dunder, getitem } from './dunders.ts';
import { strFormat, type FieldTools } from './format.ts';
import { intValue, isInt, isNone, PyDict } from './values.ts';
import { lazyRegExp } from '../../../lazy-regexp.ts';

type Methods = Record<string, NativeFunction>;
type Keywords = Record<string, unknown> | undefined;

const _self = (a: unknown[]): string => a[0] as string;

function _index(x: unknown): number {
  if (!isInt(x)) throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
  return Number(intValue(x));
}

function _noKeywords(kw: Keywords, name: string): void {
  if (kw && Object.keys(kw).length > 0) throw new TypeError(`str.${name}() takes no keyword arguments`);
}

function _noArguments(a: unknown[], kw: Keywords, name: string): void {
  _noKeywords(kw, name);
  if (a.length > 1) throw new TypeError(`str.${name}() takes no arguments (${a.length - 1} given)`);
}

function _exactlyOne(a: unknown[], kw: Keywords, name: string): void {
  _noKeywords(kw, name);
  if (a.length !== 2) throw new TypeError(`str.${name}() takes exactly one argument (${a.length - 1} given)`);
}

// Character classes as CPython's unicodedata has them. Node's ICU knows a newer Unicode than
// Python 3.11's 14.0; on the characters both know, these agree code point for code point, except
// that Unicode 15.1 added ZWNJ, ZWJ and the katakana middle dots to XID_Continue.
const _printable = lazyRegExp(() => /^(?:[^\p{C}\p{Z}]| )*$/u);
const _identifier = lazyRegExp(() => /^[\p{XID_Start}_](?:(?![\u200c\u200d\u30fb\uff65])\p{XID_Continue})*$/u);
const _upperOrTitle = lazyRegExp(() => /[\p{Uppercase}\p{Lt}]/u);
const _lower = lazyRegExp(() => /\p{Lowercase}/u);

/** str.istitle(): uppercase and titlecase only after uncased characters, lowercase only after cased ones. */
function _isTitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const c of s) {
    if (_upperOrTitle().test(c)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (_lower().test(c)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}

/**
 * One character's full case folding (CaseFolding.txt, C + F), which JavaScript lacks: lowercasing
 * the uppercase form gives it for every character but these: dotless i does not fold, capital
 * sharp s folds to "ss", and Cherokee folds to its uppercase letters.
 */
function _fold(c: string): string {
  if (c === '\u0131') return c;
  if (c === '\u1e9e') return 'ss';
  const n = c.codePointAt(0)!;
  if ((n >= 0x13a0 && n <= 0x13f5)) return c;
  if ((n >= 0xab70 && n <= 0xabbf) || (n >= 0x13f8 && n <= 0x13fd)) return c.toUpperCase();
  let out = '';
  for (const u of c.toUpperCase()) out += u.toLowerCase();
  return out;
}

/** What translate() puts for one character: the table's value for its code point, or the character (LookupError). */
async function _translated(table: unknown, c: string): Promise<string> {
  const n = c.codePointAt(0)!;
  let v: unknown;
  try {
    if (table instanceof PyDict && !isUserInstance(table)) {
      if (!table.has(n)) return c;
      v = table.get(n);
    } else {
      v = getitem(table, n);
      if (v === undefined) v = await dunder();
    }
  } catch (err) {
    if (err instanceof LookupError) return c;
    throw err;
  }
  if (isNone(v)) return '';
  if (typeof v === 'string') return v;
  if (isInt(v)) {
    const m = Number(intValue(v));
    if (m < 0 || m > 0x10ffff) throw new ValueError('character mapping must be in range(0x110000)');
    return String.fromCodePoint(m);
  }
  throw new TypeError('character mapping must return integer, None or str');
}

/** str.maketrans(x[, y[, z]]): a dict from code points, in any of its three forms. */
function _maketrans(a: unknown[], kw: Keywords): PyDict {
  _noKeywords(kw, 'maketrans');
  const [x, y, z] = a;
  if (a.length === 0) throw new TypeError('maketrans expected at least 1 argument, got 0');
  if (a.length > 3) throw new TypeError(`maketrans expected at most 3 arguments, got ${a.length}`);
  const out = new PyDict();
  if (a.length === 1) {
    if (!(x instanceof PyDict)) throw new TypeError('if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of x) {
      if (typeof k === 'string') {
        if ([...k].length !== 1) throw new ValueError('string keys in translate table must be of length 1');
        out.set(k.codePointAt(0)!, v);
      } else if (isInt(k)) {
        out.set(k, v);
      } else {
        throw new TypeError('keys in translate table must be strings or integers');
      }
    }
    return out;
  }
  if (typeof x !== 'string') throw new TypeError('first maketrans argument must be a string if there is a second argument');
  if (typeof y !== 'string') throw new TypeError(`maketrans() argument 2 must be str, not ${isNone(y) ? 'None' : pyTypeName(y)}`);
  const from = [...x];
  const to = [...y];
  if (from.length !== to.length) throw new ValueError('the first two maketrans arguments must have equal length');
  from.forEach((c, i) => out.set(c.codePointAt(0)!, to[i]!.codePointAt(0)!));
  if (a.length === 3) {
    if (typeof z !== 'string') throw new TypeError(`maketrans() argument 3 must be str, not ${isNone(z) ? 'None' : pyTypeName(z)}`);
    for (const c of z) out.set(c.codePointAt(0)!, null);
  }
  return out;
}

/** The str methods of this file; format_map needs the tools str.format shows fields with. */
export function strMethods(fieldTools: FieldTools): Methods {
  return {
    istitle: (a, kw) => { _noArguments(a, kw, 'istitle'); return _isTitle(_self(a)); },
    isprintable: (a, kw) => { _noArguments(a, kw, 'isprintable'); return _printable().test(_self(a)); },
    isascii: (a, kw) => { _noArguments(a, kw, 'isascii'); return /^[\0-\x7f]*$/.test(_self(a)); },
    isidentifier: (a, kw) => { _noArguments(a, kw, 'isidentifier'); return _identifier().test(_self(a)); },
    casefold: (a, kw) => { _noArguments(a, kw, 'casefold'); let out = ''; for (const c of _self(a)) out += _fold(c); return out; },
    translate: async (a, kw) => {
      _exactlyOne(a, kw, 'translate');
      let out = '';
      for (const c of _self(a)) out += await _translated(a[1], c);
      return out;
    },
    // A static method: called on the type (str.maketrans) or on a string, which it ignores.
    maketrans: (a, kw) => _maketrans(a.slice(1), kw),
    format_map: (a, kw) => {
      _exactlyOne(a, kw, 'format_map');
      const mapping = a[1];
      return strFormat(_self(a), [], {}, fieldTools, async (key) => {
        const v = getitem(mapping, key);
        return v === undefined ? dunder() : v;
      });
    },
    partition: (a, kw) => {
      _exactlyOne(a, kw, 'partition');
      const [s, sep] = [_self(a), _separator(a[1])];
      const i = s.indexOf(sep);
      return i < 0 ? tuple(s, '', '') : tuple(s.slice(0, i), sep, s.slice(i + sep.length));
    },
    rpartition: (a, kw) => {
      _exactlyOne(a, kw, 'rpartition');
      const [s, sep] = [_self(a), _separator(a[1])];
      const i = s.lastIndexOf(sep);
      return i < 0 ? tuple('', '', s) : tuple(s.slice(0, i), sep, s.slice(i + sep.length));
    },
    expandtabs: (a, kw) => {
      if (a.length > 2) throw new TypeError(`expandtabs() takes at most 1 argument (${a.length - 1} given)`);
      const size = a.length > 1 ? a[1] : kw?.tabsize;
      const tab = size === undefined ? 8 : _index(size);
      let column = 0;
      let out = '';
      for (const c of _self(a)) {
        if (c === '\t') {
          const n = tab > 0 ? tab - (column % tab) : 0;
          out += ' '.repeat(n);
          column += n;
        } else {
          out += c;
          column = c === '\n' || c === '\r' ? 0 : column + 1;
        }
      }
      return out;
    },
    count: (a, kw) => {
      _noKeywords(kw, 'count');
      const sub = a[1];
      if (typeof sub !== 'string') throw new TypeError(`must be str, not ${pyTypeName(sub)}`);
      const { text, past } = _window(_self(a), a[2], a[3]);
      if (past) return 0;
      return sub === '' ? [...text].length + 1 : text.split(sub).length - 1;
    },
    startswith: (a, kw) => { _noKeywords(kw, 'startswith'); return _affix('startswith', a); },
    endswith: (a, kw) => { _noKeywords(kw, 'endswith'); return _affix('endswith', a); },
    ljust: (a, kw) => { const [s, n, w, f] = _justify(a, kw, 'ljust'); return s + f.repeat(Math.max(0, w - n)); },
    rjust: (a, kw) => { const [s, n, w, f] = _justify(a, kw, 'rjust'); return f.repeat(Math.max(0, w - n)) + s; },
    center: (a, kw) => {
      const [s, n, w, f] = _justify(a, kw, 'center');
      const margin = Math.max(0, w - n);
      // CPython's pad(): the odd character goes left when both the margin and the width are odd.
      const left = Math.floor(margin / 2) + (margin & w & 1);
      return f.repeat(left) + s + f.repeat(margin - left);
    },
    zfill: (a, kw) => {
      _exactlyOne(a, kw, 'zfill');
      const s = _self(a);
      const width = _index(a[1]);
      const length = [...s].length;
      if (width <= length) return s;
      const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
      return sign + '0'.repeat(width - length) + s.slice(sign.length);
    },
  };
}

/** A slice index (count's start and end): an int or None ("slice indices must be integers …"). */
function _sliceIndex(x: unknown, dflt: number, length: number): number {
  if (x === undefined || isNone(x)) return dflt;
  if (!isInt(x)) throw new TypeError('slice indices must be integers or None or have an __index__ method');
  const n = Number(intValue(x));
  return n < 0 ? Math.max(0, n + length) : Math.min(n, length + 1);
}

/** `s[start:end]` by code point, as the search methods see it, and whether start is past the end (ADJUST_INDICES). */
function _window(s: string, start: unknown, end: unknown): { text: string; past: boolean } {
  if ((start === undefined || isNone(start)) && (end === undefined || isNone(end))) return { text: s, past: false };
  const chars = /[\ud800-\udfff]/.test(s) ? Array.from(s) : null;
  const length = chars ? chars.length : s.length;
  const a = _sliceIndex(start, 0, length);
  const b = Math.min(_sliceIndex(end, length, length), length);
  if (a > length) return { text: '', past: true };
  const text = a >= b ? '' : chars ? chars.slice(a, b).join('') : s.slice(a, b);
  return { text, past: false };
}

/** startswith/endswith: a str or a tuple of them, against s[start:end]. */
function _affix(method: 'startswith' | 'endswith', a: unknown[]): boolean {
  if (a.length < 2) throw new TypeError(`${method}() takes at least 1 argument (0 given)`);
  const { text, past } = _window(_self(a), a[2], a[3]);
  const test = (p: unknown): boolean => {
    if (typeof p !== 'string') throw new TypeError(`${method} first arg must be str or a tuple of str, not ${pyTypeName(p)}`);
    return !past && (method === 'startswith' ? text.startsWith(p) : text.endsWith(p));
  };
  const x = a[1];
  if (isTuple(x)) return x.some(test);
  if (typeof x !== 'string') throw new TypeError(`${method} first arg must be str or a tuple of str, not ${pyTypeName(x)}`);
  return test(x);
}

/** ljust/rjust/center's arguments: the width and one fill character. */
function _justify(a: unknown[], kw: Keywords, name: string): [string, number, number, string] {
  _noKeywords(kw, name);
  if (a.length < 2) throw new TypeError(`${name} expected at least 1 argument, got 0`);
  if (a.length > 3) throw new TypeError(`${name} expected at most 2 arguments, got ${a.length - 1}`);
  const fill = a.length > 2 ? a[2] : ' ';
  if (typeof fill !== 'string') throw new TypeError(`The fill character must be a unicode character, not ${pyTypeName(fill)}`);
  if ([...fill].length !== 1) throw new TypeError('The fill character must be exactly one character long');
  const s = _self(a);
  return [s, [...s].length, _index(a[1]), fill];
}

/** partition's separator: a non-empty str ("must be str, not int", as unicodeobject.c words it). */
function _separator(x: unknown): string {
  if (typeof x !== 'string') throw new TypeError(`must be str, not ${pyTypeName(x)}`);
  if (x === '') throw new ValueError('empty separator');
  return x;
}

/** The str methods that are static methods: the type calls them with no string first. */
export const STR_STATICS = new Set(['maketrans']);
