// Python's re module (CPython 3.11), on JavaScript's RegExp: a Python pattern is translated to
// a JS one where the two agree, and refused (NotImplementedError, with a note) where they do not.
// The translation keeps Python's meaning: `.` is [^\n] (JS also stops at \r and \u2028), `^`/`$`
// and \A/\Z are lookarounds (Python's `$` also matches before a final newline; its MULTILINE lines
// end only at \n), (?P<name>…) and (?P=name) are JS named groups, `{,n}` is {0,n}, inline global
// flags and (?s:…)/(?m:…)/(?x:…) are applied while translating, VERBOSE drops blanks and comments.
// Atomic groups and possessive repeats are (?=(?<$a1>X))\k<$a1>; (?i:…) spells its letters out
// ([aA]), and so does a whole pattern that ignores case but turns it off with (?-i:…).
// Pattern errors are re.error with CPython's message and position. Not translated (refused):
// a group reference where case is spelt out, conditionals (?(1)…), \N{name}. \d, \w, \s and \b are Python's: Unicode for str patterns (letters
// and digits of every script), ASCII for bytes patterns and re.ASCII.
// Iteration (findall, finditer, sub, split) follows CPython 3.7+: after an empty match, the next
// match may start at the same place if it is not empty.
// bytes patterns run on latin-1 strings: each byte is one character.
import { Exception, QUALIFIED_NAMES, ValueError } from '../../../socket/exceptions.ts';
import { b as makeBytes } from '../../../socket/bytes.ts';
import { pyRepr, repr } from '../../../socket/format.ts';
import { tuple } from '../../../socket/tuple.ts';
import { t } from '../../../i18n/index.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { invoke, native, type NativeFunction } from '../runtime/call.ts';
import { BUILTIN_TYPES } from '../runtime/attributes.ts';
import { IndexError, NotImplementedError } from '../runtime/exceptions.ts';
import { NATIVE_GETITEM } from '../runtime/native.ts';
import * as ops from '../runtime/ops.ts';
import { PyDict, PyIntFlag, intValue, isInt, isNone, type FlagClass } from '../runtime/values.ts';
import { lazyRegExp } from '../../../lazy-regexp.ts';

type Kw = Record<string, unknown> | undefined;

export const FLAGS = { TEMPLATE: 1, IGNORECASE: 2, LOCALE: 4, MULTILINE: 8, DOTALL: 16, UNICODE: 32, VERBOSE: 64, DEBUG: 128, ASCII: 256 } as const;
/** re.RegexFlag as Lib/re/__init__.py defines it: the order its reprs list members in. */
const REGEX_FLAG: FlagClass = {
  name: 'RegexFlag',
  prefix: 're.',
  members: [['NOFLAG', 0], ['ASCII', FLAGS.ASCII], ['IGNORECASE', FLAGS.IGNORECASE], ['LOCALE', FLAGS.LOCALE], ['UNICODE', FLAGS.UNICODE],
    ['MULTILINE', FLAGS.MULTILINE], ['DOTALL', FLAGS.DOTALL], ['VERBOSE', FLAGS.VERBOSE], ['TEMPLATE', FLAGS.TEMPLATE], ['DEBUG', FLAGS.DEBUG]],
};
const _FLAG_ALIASES: Record<string, string> = { A: 'ASCII', I: 'IGNORECASE', L: 'LOCALE', U: 'UNICODE', M: 'MULTILINE', S: 'DOTALL', X: 'VERBOSE', T: 'TEMPLATE' };
const _FLAG_LETTERS: Record<string, number> = { a: FLAGS.ASCII, i: FLAGS.IGNORECASE, L: FLAGS.LOCALE, m: FLAGS.MULTILINE, s: FLAGS.DOTALL, u: FLAGS.UNICODE, x: FLAGS.VERBOSE };

/** re.error: msg, pattern, pos, and `msg at position N` as its text. */
export class error extends Exception {
  readonly msg: string;
  readonly pattern: unknown;
  readonly pos: unknown;
  readonly lineno: unknown;
  readonly colno: unknown;
  constructor(msg: string, pattern?: string, pos?: number, original?: unknown) {
    let text = msg;
    let lineno: unknown = null;
    let colno: unknown = null;
    if (pattern !== undefined && pos !== undefined) {
      lineno = pattern.slice(0, pos).split('\n').length;
      colno = pos - (pattern.lastIndexOf('\n', pos - 1) + 1) + 1;
      text = pattern.includes('\n') ? `${msg} at position ${pos} (line ${lineno}, column ${colno})` : `${msg} at position ${pos}`;
    }
    super(text);
    this.msg = msg;
    this.pattern = original ?? pattern ?? null;
    this.pos = pos ?? null;
    this.lineno = lineno;
    this.colno = colno;
  }
}
(QUALIFIED_NAMES as Map<Function, string>).set(error, 're.error');

/** A construct Python has and JS RegExp cannot say: the program stops with a note saying so. */
function _refuse(what: string, pos: number): never {
  throw new NotImplementedError(t('python.reUnsupported', { what, pos }));
}

const _isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const _isOctal = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '7';
const _HEX = /^[0-9a-fA-F]+$/;
const _identifier = lazyRegExp(() => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u);
const _BLANKS = ' \t\n\r\v\f';

/** One character as a JS pattern atom (for the 'u' flag: escapes only where it allows them). */
function _literal(code: number, inClass = false): string {
  if (code > 0xffff) return `\\u{${code.toString(16)}}`;
  const c = String.fromCharCode(code);
  if (/[\\^$.*+?()[\]{}|/]/.test(c) || (inClass && c === '-')) return `\\${c}`;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code < 0xe000)) return `\\u${code.toString(16).padStart(4, '0')}`;
  return c;
}

/** What \\d, \\s and \\w match, as the inside of a JS class (with the 'u' flag): str patterns'
 * Unicode sets (str.isspace's characters; \\w is letters, numbers and '_'), or the ASCII ones of
 * bytes patterns and re.ASCII. */
const _UNICODE_SETS = { d: '\\p{Nd}', w: '\\p{L}\\p{N}_', s: '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000' };
const _ASCII_SETS = { d: '0-9', w: 'a-zA-Z0-9_', s: ' \\t\\n\\r\\f\\v' };

/** A character's case variants (itself first): what it matches under (?i:...). */
function _cases(code: number, asciiOnly = false): number[] {
  const c = String.fromCodePoint(code);
  const out = new Set([code]);
  if (asciiOnly && code > 0x7f) return [code];
  for (const v of [c.toLowerCase(), c.toUpperCase(), c.toUpperCase().toLowerCase(), c.toLowerCase().toUpperCase()]) {
    if ([...v].length === 1) out.add(v.codePointAt(0)!);
  }
  return [...out];
}

/** What a range lo-hi adds under (?i:...): the other case of its letters, as class items. */
function _caseRange(lo: number, hi: number, asciiOnly: boolean): string {
  let extra = '';
  const overlap = (a: number, b: number, shift: number) => {
    const x = Math.max(lo, a);
    const y = Math.min(hi, b);
    if (x <= y) extra += `${_literal(x + shift, true)}-${_literal(y + shift, true)}`;
  };
  overlap(0x61, 0x7a, -0x20);
  overlap(0x41, 0x5a, 0x20);
  // Beyond ASCII, each character's own variants, for a range of reasonable size.
  if (!asciiOnly && hi > 0x7f && hi - Math.max(lo, 0x80) < 2048) {
    for (let c = Math.max(lo, 0x80); c <= hi; c++) for (const v of _cases(c)) if (v < lo || v > hi) extra += _literal(v, true);
  }
  return extra;
}

interface _Translation {
  source: string;
  flags: number;
  groups: number;
  names: Map<string, number>;
  /** The JS group name of each Python group number. */
  jsNames: string[];
  /** Whether the JS RegExp takes the 'i' flag. */
  jsIgnoreCase: boolean;
}

/** Translates a Python pattern (a str, or a bytes pattern as latin-1) to a JS RegExp source. */
/** Thrown when a pattern that ignores case turns it off in part: it is translated again, spelt out. */
class _SpellOut extends Error {}

/**
 * Translates a Python pattern (a str, or a bytes pattern as latin-1) to a JS RegExp source. With
 * `spell`, IGNORECASE is not JS's 'i' flag but letters spelt out ([aA]), so (?-i:...) can turn it off.
 */
function translate(p: string, flags: number, isBytes: boolean, original: unknown, spell = false): _Translation {
  const fail: (msg: string, pos: number) => never = (msg, pos) => {
    throw new error(msg, p, pos, original);
  };
  let i = 0;
  let out = '';
  let groups = 0;
  const names = new Map<string, number>();
  // The open groups; `close` ends one (a lookaround sits in (?:…) so that the 'u' flag lets it repeat).
  const open: { index: number | null; pos: number; dotall: boolean; multiline: boolean; verbose: boolean; caseless: boolean; close?: string; at: number }[] = [];
  // Every group is a JS named group: Python's names, `$gN` for group N without one, `$aK` for the
  // K-th atomic group or possessive repeat, which (?=(?<$aK>X))\k<$aK> says in JS.
  const jsNames: string[] = [''];
  let hidden = 0;
  // Where the last atom's JS text starts (a possessive quantifier wraps it).
  let atomStart = 0;
  const closed = new Set<number>();
  // What the last item can take: a quantifier ('atom'), another one only as an error ('repeat'), none ('none').
  let last: 'atom' | 'repeat' | 'none' = 'none';
  let topLevelEmpty = true;
  let dotall = (flags & FLAGS.DOTALL) !== 0;
  let multiline = (flags & FLAGS.MULTILINE) !== 0;
  let verbose = (flags & FLAGS.VERBOSE) !== 0;
  // ignorecase: JS's 'i' flag is on (the whole pattern ignores case, not spelt out).
  let ignorecase = !spell && (flags & FLAGS.IGNORECASE) !== 0;
  // (?i:...) without IGNORECASE on the whole pattern: its letters are spelt out, [aA].
  let caseless = spell && (flags & FLAGS.IGNORECASE) !== 0;
  const lit = (code: number): string => {
    if (!caseless) return _literal(code);
    const all = _cases(code, isBytes);
    return all.length === 1 ? _literal(code) : `[${all.map((c) => _literal(c, true)).join('')}]`;
  };
  let sets = isBytes || flags & FLAGS.ASCII ? _ASCII_SETS : _UNICODE_SETS;

  const emit = (s: string, kind: 'atom' | 'none'): void => {
    atomStart = out.length;
    out += s;
    last = kind;
    if (open.length === 0) topLevelEmpty = false;
  };

  /** An escape's character code, or undefined when it is a class (\d) or an assertion. Advances i. */
  const escapeCode = (inClass: boolean): { code?: number; source?: string; anchor?: boolean; set?: string; negated?: boolean } => {
    const start = i;
    const c = p[i + 1];
    if (c === undefined) fail('bad escape (end of pattern)', start);
    i += 2;
    switch (c) {
      case 'd': case 'D': case 's': case 'S': case 'w': case 'W': {
        const set = sets[c.toLowerCase() as 'd' | 's' | 'w'];
        return c === c.toLowerCase() ? { set, source: `[${set}]` } : { set, negated: true, source: `[^${set}]` };
      }
      case 'b':
        return inClass ? { code: 8 } : { source: `(?:(?<=[${sets.w}])(?![${sets.w}])|(?<![${sets.w}])(?=[${sets.w}]))`, anchor: true };
      case 'B': case 'A': case 'Z':
        if (inClass) fail(`bad escape \\${c}`, start);
        return { source: c === 'B' ? `(?:(?<=[${sets.w}])(?=[${sets.w}])|(?<![${sets.w}])(?![${sets.w}]))` : c === 'A' ? '(?<![\\s\\S])' : '(?![\\s\\S])', anchor: true };
      case 'a': return { code: 7 };
      case 'f': return { code: 12 };
      case 'n': return { code: 10 };
      case 'r': return { code: 13 };
      case 't': return { code: 9 };
      case 'v': return { code: 11 };
      case 'x': case 'u': case 'U': {
        const n = c === 'x' ? 2 : c === 'u' ? 4 : 8;
        if (c !== 'x' && isBytes) fail(`bad escape \\${c}`, start);
        const hex = p.slice(i, i + n);
        if (hex.length < n || !_HEX.test(hex)) {
          const partial = /^[0-9a-fA-F]*/.exec(hex)![0];
          fail(`incomplete escape \\${c}${partial}`, start);
        }
        i += n;
        const code = Number.parseInt(hex, 16);
        if (code > 0x10ffff) fail(`bad escape \\${c}${hex}`, start);
        return { code };
      }
      case 'N':
        if (!isBytes) _refuse('\\N{...}', start);
        return fail('bad escape \\N', start);
      case '0': {
        let digits = '';
        while (digits.length < 2 && _isOctal(p[i])) digits += p[i++];
        return { code: Number.parseInt(digits || '0', 8) };
      }
      default:
        break;
    }
    if (_isDigit(c)) {
      // Three octal digits are a character; otherwise one or two digits are a group reference.
      if (_isOctal(c) && _isOctal(p[i]) && _isOctal(p[i + 1])) {
        const value = Number.parseInt(p.slice(i - 1, i + 2), 8);
        if (value > 0o377) fail(`octal escape value \\${p.slice(i - 1, i + 2)} outside of range 0-0o377`, start);
        i += 2;
        return { code: value };
      }
      if (inClass) {
        if (_isOctal(c)) {
          let digits = c;
          while (digits.length < 3 && _isOctal(p[i])) digits += p[i++];
          return { code: Number.parseInt(digits, 8) };
        }
        fail(`bad escape \\${c}`, start);
      }
      let digits = c;
      if (_isDigit(p[i])) digits += p[i++];
      const n = Number(digits);
      if (!closed.has(n)) {
        if (open.some((g) => g.index === n)) fail('cannot refer to an open group', start);
        fail(`invalid group reference ${n}`, start + 1);
      }
      if (caseless) _refuse('a group reference inside (?i:...)', start);
      return { source: `\\k<${jsNames[n]}>` };
    }
    if (/[a-zA-Z]/.test(c)) fail(`bad escape \\${c}`, start);
    return { code: c.codePointAt(0)! };
  };

  /**
   * A set [...]: its characters, ranges and \\d \\w \\s go into one JS class; a \\D \\W \\S in it
   * (a complement, which a JS class cannot hold next to other items) becomes an alternative,
   * or for [^...] a lookahead: [^\\W\\d] is "a \\w that is not a \\d".
   */
  const charClass = (): void => {
    const start = i;
    i++;
    let negate = false;
    if (p[i] === '^') {
      negate = true;
      i++;
    }
    let positive = '';
    const complements: string[] = [];
    let first = true;
    const item = (): { code?: number; source?: string; set?: string; negated?: boolean; text: string } => {
      const at = i;
      if (p[i] === '\\') return { ...escapeCode(true), text: p.slice(at, i) };
      const code = p.codePointAt(i)!;
      i += code > 0xffff ? 2 : 1;
      return { code, text: p.slice(at, i) };
    };
    for (;;) {
      if (i >= p.length) fail('unterminated character set', start);
      if (p[i] === ']' && !first) {
        i++;
        break;
      }
      first = false;
      const at = i;
      const lo = item();
      // A range: item '-' item, unless the '-' is last.
      if (p[i] === '-' && p[i + 1] !== ']' && p[i + 1] !== undefined) {
        i++;
        const hi = item();
        if (lo.code === undefined || hi.code === undefined || hi.code < lo.code) fail(`bad character range ${lo.text}-${hi.text}`, at);
        positive += `${_literal(lo.code!, true)}-${_literal(hi.code!, true)}`;
        if (caseless) positive += _caseRange(lo.code!, hi.code!, isBytes);
      } else if (lo.code !== undefined) positive += caseless ? _cases(lo.code, isBytes).map((c) => _literal(c, true)).join('') : _literal(lo.code, true);
      else if (lo.negated) complements.push(lo.set!);
      else positive += lo.set!;
    }
    if (complements.length === 0) emit(`[${negate ? '^' : ''}${positive}]`, 'atom');
    else if (!negate) emit(`(?:${[...(positive ? [`[${positive}]`] : []), ...complements.map((c) => `[^${c}]`)].join('|')})`, 'atom');
    else emit(`(?:${positive ? `(?![${positive}])` : ''}${complements.slice(0, -1).map((c) => `(?=[${c}])`).join('')}[${complements[complements.length - 1]}])`, 'atom');
  };

  const quantifier = (): boolean => {
    const start = i;
    const c = p[i]!;
    let q: string;
    if (c === '*' || c === '+' || c === '?') {
      q = c;
      i++;
    } else {
      const m = /^\{(\d*)(?:(,)(\d*))?\}/.exec(p.slice(i));
      if (!m || (m[1] === '' && m[2] === undefined)) return false;
      const lo = m[1] === '' ? '0' : m[1]!;
      const hi = m[2] === undefined ? lo : m[3]!;
      if (hi !== '' && Number(hi) < Number(lo)) fail('min repeat greater than max repeat', start + 1);
      q = m[2] === undefined ? `{${lo}}` : `{${lo},${hi}}`;
      i += m[0].length;
    }
    if (last === 'none') fail('nothing to repeat', start);
    if (last === 'repeat') fail('multiple repeat', start);
    if (p[i] === '?') {
      q += '?';
      i++;
    } else if (p[i] === '+') {
      // A possessive repeat: what it takes once it stops, as an atomic group would.
      i++;
      const name = `$a${++hidden}`;
      out = `${out.slice(0, atomStart)}(?:(?=(?<${name}>${out.slice(atomStart)}${q}))\\k<${name}>)`;
      last = 'repeat';
      return true;
    }
    out += q;
    last = 'repeat';
    return true;
  };

  const group = (): void => {
    const start = i;
    if (p[i + 1] !== '?') {
      groups++;
      jsNames[groups] = `$g${groups}`;
      open.push({ index: groups, pos: start, dotall, multiline, verbose, caseless, at: out.length });
      i++;
      emit(`(?<${jsNames[groups]}>`, 'none');
      return;
    }
    const kind = p[i + 2];
    if (kind === ':') {
      open.push({ index: null, pos: start, dotall, multiline, verbose, caseless, at: out.length });
      i += 3;
      emit('(?:', 'none');
      return;
    }
    if (kind === '=' || kind === '!') {
      open.push({ index: null, pos: start, dotall, multiline, verbose, caseless, close: '))', at: out.length });
      i += 3;
      emit(`(?:(?${kind}`, 'none');
      return;
    }
    if (kind === '<' && (p[i + 3] === '=' || p[i + 3] === '!')) {
      open.push({ index: null, pos: start, dotall, multiline, verbose, caseless, close: '))', at: out.length });
      emit(`(?:(?<${p[i + 3]}`, 'none');
      i += 4;
      return;
    }
    if (kind === '#') {
      const end = p.indexOf(')', i);
      if (end < 0) fail('missing ), unterminated comment', start);
      i = end + 1;
      return;
    }
    if (kind === 'P') {
      const sub = p[i + 3];
      if (sub === '<' || sub === '=') {
        const nameAt = i + 4;
        const close = p.indexOf(sub === '<' ? '>' : ')', nameAt);
        if (close < 0) fail(sub === '<' ? 'missing >, unterminated name' : 'missing ), unterminated name', nameAt);
        const name = p.slice(nameAt, close);
        if (name === '') fail('missing group name', nameAt);
        if (!_identifier().test(name)) fail(`bad character in group name ${repr(name)}`, nameAt);
        if (sub === '<') {
          groups++;
          if (names.has(name)) fail(`redefinition of group name ${repr(name)} as group ${groups}; was group ${names.get(name)}`, nameAt);
          names.set(name, groups);
          jsNames[groups] = name;
          open.push({ index: groups, pos: start, dotall, multiline, verbose, caseless, at: out.length });
          i = close + 1;
          emit(`(?<${name}>`, 'none');
        } else {
          const n = names.get(name);
          if (n === undefined) fail(`unknown group name ${repr(name)}`, nameAt);
          if (!closed.has(n!)) fail('cannot refer to an open group', nameAt);
          i = close + 1;
          if (caseless) _refuse('a group reference inside (?i:...)', start);
          emit(`\\k<${name}>`, 'atom');
        }
        return;
      }
      fail(`unknown extension ?P${sub ?? ''}`, start + 1);
    }
    if (kind === '<') fail(`unknown extension ?<${p[i + 3] ?? ''}`, start + 1);
    if (kind === '(') _refuse('a conditional group (?(id)yes|no)', start);
    if (kind === '>') {
      const name = `$a${++hidden}`;
      open.push({ index: null, pos: start, dotall, multiline, verbose, caseless, close: `))\\k<${name}>)`, at: out.length });
      i += 3;
      emit(`(?:(?=(?<${name}>`, 'none');
      return;
    }
    // Inline flags: (?imsx) for the whole pattern, or (?imsx-imsx:...) for a group.
    let j = i + 2;
    let on = 0;
    let off = 0;
    while (p[j] !== undefined && p[j]! in _FLAG_LETTERS) on |= _FLAG_LETTERS[p[j++]!]!;
    if (p[j] === '-') {
      j++;
      while (p[j] !== undefined && 'imsx'.includes(p[j]!)) off |= _FLAG_LETTERS[p[j++]!]!;
      if (off === 0) fail('missing flag', j);
      if (p[j] !== ':') fail(p[j] === undefined ? 'missing :' : 'unknown flag', j);
    }
    if (j === i + 2 && off === 0) fail(`unknown extension ?${kind ?? ''}`, start + 1);
    if (isBytes && on & FLAGS.UNICODE) fail("bad inline flags: cannot use 'u' flag with a bytes pattern", j);
    if (!isBytes && on & FLAGS.LOCALE) fail("bad inline flags: cannot use 'L' flag with a str pattern", j);
    if (p[j] === ')') {
      if (!topLevelEmpty || open.length > 0) fail('global flags not at the start of the expression', start);
      flagsOut.value |= on;
      if (on & FLAGS.DOTALL) dotall = true;
      if (on & FLAGS.MULTILINE) multiline = true;
      if (on & FLAGS.VERBOSE) verbose = true;
      if (on & FLAGS.IGNORECASE) {
        if (spell) caseless = true;
        else ignorecase = true;
      }
      if (on & FLAGS.ASCII) sets = _ASCII_SETS;
      i = j + 1;
      return;
    }
    if (p[j] !== ':') fail(p[j] === undefined ? 'missing -, : or )' : 'unknown flag', j);
    if (off & FLAGS.IGNORECASE && ignorecase) throw new _SpellOut();
    open.push({ index: null, pos: start, dotall, multiline, verbose, caseless, at: out.length });
    if (on & FLAGS.IGNORECASE && !ignorecase) caseless = true;
    if (off & FLAGS.IGNORECASE) caseless = false;
    if (on & FLAGS.DOTALL) dotall = true;
    if (off & FLAGS.DOTALL) dotall = false;
    if (on & FLAGS.MULTILINE) multiline = true;
    if (off & FLAGS.MULTILINE) multiline = false;
    if (on & FLAGS.VERBOSE) verbose = true;
    if (off & FLAGS.VERBOSE) verbose = false;
    i = j + 1;
    emit('(?:', 'none');
  };

  const flagsOut = { value: flags };
  // Inline global flags come first; VERBOSE among them changes how the rest reads.
  while (i < p.length) {
    const c = p[i]!;
    if (verbose && _BLANKS.includes(c)) {
      i++;
      continue;
    }
    if (verbose && c === '#') {
      const end = p.indexOf('\n', i);
      i = end < 0 ? p.length : end + 1;
      continue;
    }
    switch (c) {
      case '\\': {
        const e = escapeCode(false);
        if (e.code !== undefined) emit(lit(e.code), 'atom');
        else emit(e.source!, e.anchor ? 'none' : 'atom');
        break;
      }
      case '[':
        charClass();
        break;
      case '(':
        group();
        break;
      case ')': {
        const g = open.pop();
        if (!g) fail('unbalanced parenthesis', i);
        if (g!.index !== null) closed.add(g!.index);
        dotall = g!.dotall;
        multiline = g!.multiline;
        verbose = g!.verbose;
        caseless = g!.caseless;
        i++;
        emit(g!.close ?? ')', 'atom');
        atomStart = g!.at;
        break;
      }
      case '|':
        i++;
        emit('|', 'none');
        break;
      case '.':
        i++;
        emit(dotall ? '[\\s\\S]' : '[^\\n]', 'atom');
        break;
      case '^':
        i++;
        emit(multiline ? '(?<![^\\n])' : '(?<![\\s\\S])', 'none');
        break;
      case '$':
        i++;
        emit(multiline ? '(?![^\\n])' : '(?=\\n?(?![\\s\\S]))', 'none');
        break;
      case '*': case '+': case '?':
        quantifier();
        break;
      case '{':
        if (!quantifier()) {
          i++;
          emit('\\{', 'atom');
        }
        break;
      default: {
        const code = p.codePointAt(i)!;
        i += code > 0xffff ? 2 : 1;
        emit(lit(code), 'atom');
      }
    }
  }
  if (open.length > 0) fail('missing ), unterminated subpattern', open[open.length - 1]!.pos);
  return { source: out, flags: flagsOut.value, groups, names, jsNames, jsIgnoreCase: !spell && (flagsOut.value & FLAGS.IGNORECASE) !== 0 };
}

// ------------------------------------------------------------------------------------------------
// Subjects: a str (indices are code points) or bytes (latin-1 characters).

const _latin1 = (data: Uint8Array): string => {
  let s = '';
  for (let k = 0; k < data.length; k += 8192) s += String.fromCharCode(...data.subarray(k, k + 8192));
  return s;
};
const _toBytes = (s: string): Uint8Array => makeBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));

class _Subject {
  readonly text: string;
  readonly isBytes: boolean;
  private readonly astral: boolean;
  constructor(readonly value: unknown) {
    this.isBytes = value instanceof Uint8Array;
    this.text = this.isBytes ? _latin1(value as Uint8Array) : (value as string);
    this.astral = !this.isBytes && /[\uD800-\uDFFF]/.test(this.text);
  }
  /** For a string with characters beyond the BMP: the code point index of each UTF-16 index. */
  private cpOf: Int32Array | undefined;
  private cpTable(): Int32Array {
    if (!this.cpOf) {
      const table = new Int32Array(this.text.length + 1);
      let cp = 0;
      for (let u = 0; u < this.text.length; u++) {
        table[u] = cp;
        const c = this.text.charCodeAt(u);
        if (!(c >= 0xd800 && c < 0xdc00 && u + 1 < this.text.length && (this.text.charCodeAt(u + 1) & 0xfc00) === 0xdc00)) cp++;
      }
      table[this.text.length] = cp;
      this.cpOf = table;
    }
    return this.cpOf;
  }
  /** The Python index of a JS index. */
  cp(unit: number): number {
    return this.astral ? this.cpTable()[unit]! : unit;
  }
  /** The JS index of a Python index (clamped to the string). */
  unit(cp: number): number {
    if (!this.astral) return Math.max(0, Math.min(cp, this.text.length));
    const table = this.cpTable();
    const k = Math.max(0, Math.min(cp, table[this.text.length]!));
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (table[mid]! < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  out(s: string): unknown {
    return this.isBytes ? _toBytes(s) : s;
  }
}

let _serial = 0;

/** How far back nonEmptyAt looks: more than any lookbehind of a pattern (Python's are fixed-width). */
const _CONTEXT = 256;

/** A match found in text.slice(by), with its indices as in the whole text. */
function _shift(m: RegExpExecArray, by: number): RegExpExecArray {
  m.index += by;
  const ix = m.indices;
  if (ix) {
    for (let k = 0; k < ix.length; k++) {
      const v = ix[k];
      if (v) ix[k] = [v[0] + by, v[1] + by];
    }
    if (ix.groups) {
      for (const name of Object.keys(ix.groups)) {
        const v = ix.groups[name];
        if (v) ix.groups[name] = [v[0] + by, v[1] + by];
      }
    }
  }
  return m;
}

/** re.Pattern: a compiled pattern and its three JS forms (search, match at a place, fullmatch). */
export class Pattern {
  readonly pattern: unknown;
  readonly flags: number;
  readonly groups: number;
  readonly groupindex: PyDict;
  readonly isBytes: boolean;
  readonly names: Map<string, number>;
  readonly jsNames: string[];
  private readonly source: string;
  private readonly jsFlags: string;
  private cached: Record<string, RegExp> = {};

  constructor(pattern: unknown, flags: number) {
    this.isBytes = pattern instanceof Uint8Array;
    const text = this.isBytes ? _latin1(pattern as Uint8Array) : (pattern as string);
    if (this.isBytes && flags & FLAGS.UNICODE) throw new ValueError('cannot use UNICODE flag with a bytes pattern');
    if (!this.isBytes && flags & FLAGS.LOCALE) throw new ValueError('cannot use LOCALE flag with a str pattern');
    if (flags & FLAGS.ASCII && flags & FLAGS.UNICODE) throw new ValueError('ASCII and UNICODE flags are incompatible');
    let tr: _Translation;
    try {
      tr = translate(text, flags, this.isBytes, pattern);
    } catch (e) {
      if (!(e instanceof _SpellOut)) throw e;
      tr = translate(text, flags, this.isBytes, pattern, true);
    }
    this.pattern = pattern;
    this.flags = this.isBytes || tr.flags & FLAGS.ASCII ? tr.flags : tr.flags | FLAGS.UNICODE;
    this.groups = tr.groups;
    this.names = tr.names;
    this.jsNames = tr.jsNames;
    this.groupindex = new PyDict([...tr.names]);
    this.source = tr.source;
    this.jsFlags = `du${tr.jsIgnoreCase ? 'i' : ''}`;
    try {
      this.regex('g');
    } catch (e) {
      if (e instanceof SyntaxError) _refuse(`this pattern (${e.message})`, 0);
      throw e;
    }
  }

  /** The JS RegExp: 'g' searches from lastIndex, 'y' matches at it, 'full' must also end at the end. */
  regex(kind: 'g' | 'y' | 'full'): RegExp {
    const known = this.cached[kind];
    if (known) return known;
    const r = kind === 'full' ? new RegExp(`(?:${this.source})(?![\\s\\S])`, `${this.jsFlags}y`) : new RegExp(this.source, this.jsFlags + kind);
    this.cached[kind] = r;
    return r;
  }

  /**
   * A match at exactly `at` that is not empty (CPython's must_advance after an empty match). The
   * test "it ends after `at`" is a lookbehind over what comes before, so it runs on the text from
   * at most _CONTEXT characters before `at` (enough for any lookbehind a pattern has), which keeps
   * it short on a long string; the match's indices are then moved back to the whole text's.
   */
  nonEmptyAt(text: string, at: number): RegExpExecArray | null {
    const from = Math.max(0, at - _CONTEXT);
    const slice = text.slice(from);
    const before = [...slice.slice(0, at - from)].length; // code points, as the 'u' flag counts them
    let r = this.cached[`ne${before}`];
    if (!r) {
      // At the slice's start, \A and ^ would see a start of the text that is not one: only when from is 0.
      r = new RegExp(`(?:${this.source})(?<=(?<![\\s\\S])[\\s\\S]{${before + 1},})`, `${this.jsFlags}y`);
      this.cached[`ne${before}`] = r;
    }
    r.lastIndex = at - from;
    const m = r.exec(slice);
    return m && from > 0 ? _shift(m, from) : m;
  }

  subject(value: unknown): _Subject {
    if (typeof value !== 'string' && !(value instanceof Uint8Array)) throw new TypeError(`expected string or bytes-like object, got '${ops.typeName(value)}'`);
    const isBytes = value instanceof Uint8Array;
    if (isBytes && !this.isBytes) throw new TypeError('cannot use a string pattern on a bytes-like object');
    if (!isBytes && this.isBytes) throw new TypeError('cannot use a bytes pattern on a string-like object');
    return new _Subject(value);
  }

  [pyRepr](): string {
    const names = Object.entries(FLAGS).filter(([name, v]) => this.flags & v && !(name === 'UNICODE' && !this.isBytes)).map(([name]) => `re.${name}`);
    return `re.compile(${repr(this.pattern)}${names.length > 0 ? `, ${names.join('|')}` : ''})`;
  }
}
(QUALIFIED_NAMES as Map<Function, string>).set(Pattern, 're.Pattern');

/** re.Match. */
export class Match {
  readonly id = 0x7f0000300000 + (++_serial) * 0x40;
  constructor(readonly re: Pattern, private readonly subj: _Subject, private readonly m: RegExpExecArray, readonly pos: number, readonly endpos: number) {}

  get string(): unknown {
    return this.subj.value;
  }

  /** The group's number, from an int or a name; IndexError as CPython's. */
  _index(g: unknown): number {
    if (isInt(g) && typeof g !== 'boolean') {
      const n = Number(intValue(g));
      if (n >= 0 && n <= this.re.groups) return n;
    } else if (typeof g === 'string' && this.re.names.has(g)) return this.re.names.get(g)!;
    throw new IndexError('no such group');
  }

  /** Group n's text as JS matched it, undefined when it did not take part. */
  raw(n: number): string | undefined {
    return n === 0 ? this.m[0] : this.m.groups?.[this.re.jsNames[n]!];
  }

  _span(n: number): [number, number] {
    const ix = n === 0 ? this.m.indices?.[0] : this.m.indices?.groups?.[this.re.jsNames[n]!];
    return ix ? [this.subj.cp(ix[0]), this.subj.cp(ix[1])] : [-1, -1];
  }

  _group(n: number, dflt: unknown = null): unknown {
    const s = this.raw(n);
    return s === undefined ? dflt : this.subj.out(s);
  }

  get lastindex(): unknown {
    let best: number | null = null;
    let bestEnd = -1;
    for (let n = 1; n <= this.re.groups; n++) {
      const ix = this.m.indices?.groups?.[this.re.jsNames[n]!];
      // CPython's lastindex: the group that closed last; of nested groups ending together, the outer.
      if (ix && (ix[1] > bestEnd || best === null)) {
        best = n;
        bestEnd = ix[1];
      }
    }
    return best;
  }

  get lastgroup(): unknown {
    const n = this.lastindex;
    if (n === null) return null;
    for (const [name, k] of this.re.names) if (k === n) return name;
    return null;
  }

  [NATIVE_GETITEM](g: unknown): unknown {
    return this._group(this._index(g));
  }

  [pyRepr](): string {
    const [s, e] = this._span(0);
    return `<re.Match object; span=(${s}, ${e}), match=${repr(this._group(0))}>`;
  }
}
(QUALIFIED_NAMES as Map<Function, string>).set(Match, 're.Match');

// ------------------------------------------------------------------------------------------------
// Searching.

function _bounds(subj: _Subject, pos: unknown, endpos: unknown): { text: string; start: number; pos: number; endpos: number } {
  const n = subj.cp(subj.text.length);
  const p = isNone(pos) ? 0 : Math.max(0, Math.min(Number(intValue(pos)), n));
  const e = isNone(endpos) ? n : Math.max(p, Math.min(Number(intValue(endpos)), n));
  const endUnit = subj.unit(e);
  return { text: subj.text.slice(0, endUnit), start: subj.unit(p), pos: p, endpos: e };
}

function _exec(r: RegExp, text: string, at: number): RegExpExecArray | null {
  r.lastIndex = at;
  return r.exec(text);
}

/** Every match from pos, as CPython 3.7+ finds them (an empty match does not repeat where it was). */
function* _all(pat: Pattern, subj: _Subject, pos: unknown, endpos: unknown): Generator<Match> {
  const b = _bounds(subj, pos, endpos);
  const r = pat.regex('g');
  let at = b.start;
  let mustAdvance = false;
  while (at <= b.text.length) {
    let m: RegExpExecArray | null = null;
    if (mustAdvance) {
      m = pat.nonEmptyAt(b.text, at);
      if (!m) {
        if (at >= b.text.length) return;
        const c = b.text.charCodeAt(at);
        m = _exec(r, b.text, at + (c >= 0xd800 && c < 0xdc00 && at + 1 < b.text.length ? 2 : 1));
      }
    } else m = _exec(r, b.text, at);
    if (!m) return;
    yield new Match(pat, subj, m, b.pos, b.endpos);
    const end = m.index + m[0].length;
    mustAdvance = m[0].length === 0;
    at = end;
  }
}

function _search(pat: Pattern, kind: 'g' | 'y' | 'full', string: unknown, pos: unknown, endpos: unknown): Match | null {
  const subj = pat.subject(string);
  const b = _bounds(subj, pos, endpos);
  const m = _exec(pat.regex(kind), b.text, b.start);
  return m ? new Match(pat, subj, m, b.pos, b.endpos) : null;
}

/** The value findall lists for one match. */
function _found(m: Match): unknown {
  const n = m.re.groups;
  if (n === 0) return m._group(0);
  const out = (k: number) => m._group(k, m.re.isBytes ? makeBytes() : '');
  if (n === 1) return out(1);
  return tuple(...Array.from({ length: n }, (_, k) => out(k + 1)));
}

/** A replacement template (`\1`, `\g<name>`, `\n`) as literal pieces and group numbers. */
function _template(pat: Pattern, template: string): (string | number)[] {
  const parts: (string | number)[] = [];
  let lit = '';
  const fail: (msg: string, pos: number) => never = (msg, pos) => {
    throw new error(msg, template, pos);
  };
  const ref = (n: number, pos: number): void => {
    if (n > pat.groups) fail(`invalid group reference ${n}`, pos);
    parts.push(lit, n);
    lit = '';
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c !== '\\') {
      lit += c;
      continue;
    }
    const start = i;
    const d = template[i + 1];
    if (d === undefined) fail('bad escape (end of pattern)', start);
    i++;
    if (d === 'g') {
      if (template[i + 1] !== '<') fail('missing <', i + 1);
      const close = template.indexOf('>', i + 2);
      if (close < 0) fail('missing >, unterminated name', i + 2);
      const name = template.slice(i + 2, close);
      if (name === '') fail('missing group name', i + 2);
      let n: number;
      if (/^\d+$/.test(name)) n = Number(name);
      else if (_identifier().test(name)) {
        const k = pat.names.get(name);
        if (k === undefined) throw new IndexError(`unknown group name ${repr(name)}`);
        n = k;
      } else return fail(`bad character in group name ${repr(name)}`, i + 2);
      if (n > pat.groups) fail(`invalid group reference ${n}`, i + 2);
      parts.push(lit, n);
      lit = '';
      i = close;
    } else if (d === '0') {
      let digits = '';
      while (digits.length < 2 && _isOctal(template[i + 1])) digits += template[++i];
      lit += String.fromCharCode(Number.parseInt(digits || '0', 8));
    } else if (_isDigit(d)) {
      if (_isOctal(d) && _isOctal(template[i + 1]) && _isOctal(template[i + 2])) {
        const value = Number.parseInt(template.slice(i, i + 3), 8);
        if (value > 0o377) fail(`octal escape value \\${template.slice(i, i + 3)} outside of range 0-0o377`, start);
        lit += String.fromCharCode(value);
        i += 2;
      } else {
        let digits = d;
        if (_isDigit(template[i + 1])) digits += template[++i];
        ref(Number(digits), start + 1);
      }
    } else {
      const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
      if (d in simple) lit += simple[d];
      else if (/[a-zA-Z]/.test(d)) fail(`bad escape \\${d}`, start);
      else lit += `\\${d}`;
    }
  }
  parts.push(lit);
  return parts;
}

async function _subn(pat: Pattern, repl: unknown, string: unknown, count: unknown): Promise<[unknown, number]> {
  const subj = pat.subject(string);
  const limit = isNone(count) ? 0 : Number(intValue(count));
  let template: (string | number)[] | undefined;
  const literal = typeof repl === 'string' || repl instanceof Uint8Array;
  if (literal) {
    // A template of the other type is joined as it is, and the join fails (below).
    const text = repl instanceof Uint8Array ? _latin1(repl) : (repl as string);
    template = text.includes('\\') && (repl instanceof Uint8Array) === pat.isBytes ? _template(pat, text) : [text];
  } else if (typeof repl !== 'function' && !(typeof repl === 'object' && repl !== null && '__call__' in repl)) {
    throw new TypeError(`decoding to str: need a bytes-like object, ${ops.typeName(repl)} found`);
  }
  // The pieces CPython joins: the text before each match (when not empty), then its replacement.
  const pieces: unknown[] = [];
  let last = 0;
  let n = 0;
  for (const m of _all(pat, subj, 0, null)) {
    if (limit > 0 && n >= limit) break;
    const ex = (m as unknown as { m: RegExpExecArray }).m;
    if (ex.index > last) pieces.push(subj.out(subj.text.slice(last, ex.index)));
    if (template && (repl instanceof Uint8Array) === pat.isBytes) {
      pieces.push(subj.out(template.map((part) => (typeof part === 'number' ? (m.raw(part) ?? '') : part)).join('')));
    } else if (template) {
      pieces.push(repl);
    } else {
      const r = await invoke(repl, undefined, [m], undefined);
      if (!isNone(r)) pieces.push(r);
    }
    last = ex.index + ex[0].length;
    n++;
  }
  if (last < subj.text.length) pieces.push(subj.out(subj.text.slice(last)));
  let out = '';
  pieces.forEach((piece, k) => {
    if (pat.isBytes ? !(piece instanceof Uint8Array) : typeof piece !== 'string') {
      throw new TypeError(`sequence item ${k}: expected ${pat.isBytes ? 'a bytes-like object' : 'str instance'}, ${ops.typeName(piece)} found`);
    }
    out += piece instanceof Uint8Array ? _latin1(piece) : (piece as string);
  });
  return [subj.out(out), n];
}

function _split(pat: Pattern, string: unknown, maxsplit: unknown): unknown[] {
  const subj = pat.subject(string);
  const limit = isNone(maxsplit) ? 0 : Number(intValue(maxsplit));
  const out: unknown[] = [];
  let last = 0;
  let n = 0;
  for (const m of _all(pat, subj, 0, null)) {
    if (limit > 0 && n >= limit) break;
    const ex = (m as unknown as { m: RegExpExecArray }).m;
    out.push(subj.out(subj.text.slice(last, ex.index)));
    for (let k = 1; k <= pat.groups; k++) out.push(m._group(k));
    last = ex.index + ex[0].length;
    n++;
  }
  out.push(subj.out(subj.text.slice(last)));
  return out;
}

// ------------------------------------------------------------------------------------------------
// The Python-facing API.

const _cache = new Map<string, Pattern>();

function _compile(pattern: unknown, flags: unknown): Pattern {
  const f = isNone(flags) ? 0 : Number(intValue(flags));
  if (pattern instanceof Pattern) {
    if (f !== 0) throw new ValueError('cannot process flags argument with a compiled pattern');
    return pattern;
  }
  if (typeof pattern !== 'string' && !(pattern instanceof Uint8Array)) throw new TypeError('first argument must be string or compiled pattern');
  const key = `${typeof pattern === 'string' ? 's' : 'b'}${f}:${typeof pattern === 'string' ? pattern : _latin1(pattern)}`;
  let p = _cache.get(key);
  if (!p) {
    p = new Pattern(pattern, f);
    if (_cache.size > 512) _cache.clear();
    _cache.set(key, p);
  }
  return p;
}

const _a = (a: unknown[], kw: Kw, i: number, name: string): unknown => (i < a.length ? a[i] : kw?.[name]);

const _patternMethods: Record<string, (p: Pattern, a: unknown[], kw: Kw) => unknown> = {
  match: (p, a, kw) => _search(p, 'y', _a(a, kw, 0, 'string'), _a(a, kw, 1, 'pos'), _a(a, kw, 2, 'endpos')),
  search: (p, a, kw) => _search(p, 'g', _a(a, kw, 0, 'string'), _a(a, kw, 1, 'pos'), _a(a, kw, 2, 'endpos')),
  fullmatch: (p, a, kw) => _search(p, 'full', _a(a, kw, 0, 'string'), _a(a, kw, 1, 'pos'), _a(a, kw, 2, 'endpos')),
  findall: (p, a, kw) => [..._all(p, p.subject(_a(a, kw, 0, 'string')), _a(a, kw, 1, 'pos'), _a(a, kw, 2, 'endpos'))].map(_found),
  finditer: (p, a, kw) => _all(p, p.subject(_a(a, kw, 0, 'string')), _a(a, kw, 1, 'pos'), _a(a, kw, 2, 'endpos')),
  sub: async (p, a, kw) => (await _subn(p, _a(a, kw, 0, 'repl'), _a(a, kw, 1, 'string'), _a(a, kw, 2, 'count')))[0],
  subn: async (p, a, kw) => tuple(...(await _subn(p, _a(a, kw, 0, 'repl'), _a(a, kw, 1, 'string'), _a(a, kw, 2, 'count')))),
  split: (p, a, kw) => _split(p, _a(a, kw, 0, 'string'), _a(a, kw, 1, 'maxsplit')),
};
for (const [name, fn] of Object.entries(_patternMethods)) {
  Object.defineProperty(Pattern.prototype, name, { value: native(name, function (this: Pattern, a, kw) { return fn(this, a, kw); }), writable: true, configurable: true });
}

const _matchMethods: Record<string, (m: Match, a: unknown[], kw: Kw) => unknown> = {
  group: (m, a) => {
    if (a.length === 0) return m._group(0);
    if (a.length === 1) return m._group(m._index(a[0]));
    return tuple(...a.map((g) => m._group(m._index(g))));
  },
  groups: (m, a, kw) => tuple(...Array.from({ length: m.re.groups }, (_, k) => m._group(k + 1, _a(a, kw, 0, 'default') ?? null))),
  groupdict: (m, a, kw) => new PyDict([...m.re.names].map(([name, k]) => [name, m._group(k, _a(a, kw, 0, 'default') ?? null)] as const)),
  start: (m, a) => m._span(a.length === 0 ? 0 : m._index(a[0]))[0],
  end: (m, a) => m._span(a.length === 0 ? 0 : m._index(a[0]))[1],
  span: (m, a) => tuple(...m._span(a.length === 0 ? 0 : m._index(a[0]))),
  expand: (m, a) => {
    const text = a[0] instanceof Uint8Array ? _latin1(a[0]) : String(a[0]);
    const ex = (m as unknown as { m: RegExpExecArray }).m;
    const out = _template(m.re, text).map((part) => (typeof part === 'number' ? (m.raw(part) ?? '') : part)).join('');
    return m.re.isBytes ? _toBytes(out) : out;
  },
  __getitem__: (m, a) => m[NATIVE_GETITEM](a[0]),
};
for (const [name, fn] of Object.entries(_matchMethods)) {
  Object.defineProperty(Match.prototype, name, { value: native(name, function (this: Match, a, kw) { return fn(this, a, kw); }), writable: true, configurable: true });
}

/** re.escape: a backslash before each character special in a pattern (CPython 3.7+'s set). */
function _escape(pattern: unknown): unknown {
  const special = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f');
  if (pattern instanceof Uint8Array) return _toBytes([..._latin1(pattern)].map((c) => (special.has(c) ? `\\${c}` : c)).join(''));
  if (typeof pattern !== 'string') throw new TypeError(`expected str or bytes-like object, got '${ops.typeName(pattern)}'`);
  return [...pattern].map((c) => (special.has(c) ? `\\${c}` : c)).join('');
}

export function createReModule(): PyModule {
  const fn = (name: string, body: (a: unknown[], kw: Kw) => unknown) => native(name, body);
  const flagArg = (a: unknown[], kw: Kw, i: number) => _a(a, kw, i, 'flags') ?? 0;
  // re.RegexFlag's members, each also under its one-letter alias (re.I is re.IGNORECASE).
  const member = (value: number) => new PyIntFlag(REGEX_FLAG, value);
  const flags: Record<string, PyIntFlag> = Object.fromEntries(REGEX_FLAG.members.map(([name, value]) => [name, member(value)]));
  for (const [alias, name] of Object.entries(_FLAG_ALIASES)) flags[alias] = flags[name]!;
  const module = makeModule('re', {
    ...flags,
    error,
    Pattern,
    Match,
    compile: fn('compile', (a, kw) => _compile(_a(a, kw, 0, 'pattern'), flagArg(a, kw, 1))),
    match: fn('match', (a, kw) => _search(_compile(_a(a, kw, 0, 'pattern'), flagArg(a, kw, 2)), 'y', _a(a, kw, 1, 'string'), 0, null)),
    search: fn('search', (a, kw) => _search(_compile(_a(a, kw, 0, 'pattern'), flagArg(a, kw, 2)), 'g', _a(a, kw, 1, 'string'), 0, null)),
    fullmatch: fn('fullmatch', (a, kw) => _search(_compile(_a(a, kw, 0, 'pattern'), flagArg(a, kw, 2)), 'full', _a(a, kw, 1, 'string'), 0, null)),
    findall: fn('findall', (a, kw) => {
      const p = _compile(_a(a, kw, 0, 'pattern'), flagArg(a, kw, 2));
      return [..._all(p, p.subject(_a(a, kw, 1, 'string')), 0, null)].map(_found);
    }),
    finditer: fn('finditer', (a, kw) => {
      const p = _compile(_a(a, kw, 0, 'pattern'), flagArg(a, kw, 2));
      return _all(p, p.subject(_a(a, kw, 1, 'string')), 0, null);
    }),
    sub: fn('sub', async (a, kw) => (await _subn(_compile(_a(a, kw, 0, 'pattern'), flagArg(a, kw, 4)), _a(a, kw, 1, 'repl'), _a(a, kw, 2, 'string'), _a(a, kw, 3, 'count')))[0]),
    subn: fn('subn', async (a, kw) => tuple(...(await _subn(_compile(_a(a, kw, 0, 'pattern'), flagArg(a, kw, 4)), _a(a, kw, 1, 'repl'), _a(a, kw, 2, 'string'), _a(a, kw, 3, 'count'))))),
    split: fn('split', (a, kw) => _split(_compile(_a(a, kw, 0, 'pattern'), flagArg(a, kw, 3)), _a(a, kw, 1, 'string'), _a(a, kw, 2, 'maxsplit'))),
    escape: fn('escape', (a, kw) => _escape(_a(a, kw, 0, 'pattern'))),
    purge: fn('purge', () => {
      _cache.clear();
      return null;
    }),
  });
  // re.RegexFlag is type(re.I): the builtins make enum types (runtime/builtins.ts), once they exist.
  Object.defineProperty(module, 'RegexFlag', { get: () => (BUILTIN_TYPES.type as unknown as NativeFunction)([flags.I], undefined), enumerable: true });
  return module;
}
