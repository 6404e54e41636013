// Python habits handled before a line is parsed as JavaScript: `import socket` lines (the
// module is already loaded; src/modules' names are bound by `from threading import Thread`), bytes literals `b'...'` / `b"..."` and f-strings `f'{addr}'`, which
// JavaScript reads as an identifier followed by a string. Everything here is string-aware: text
// inside strings, template literals and comments is never touched.

import { MODULE_EXPORTS } from '../../modules/index.ts';
import { lazyRegExp } from '../../lazy-regexp.ts';

/** Python modules socklab preloads (as globals): importing them does nothing. */
const _PRELOADED = new Set(['socket', 'os', 'time', ...Object.keys(MODULE_EXPORTS)]);

/** A Python import line: `import a, b as c` or `from a import x, y` (never JavaScript's, which has quotes). */
const _PY_IMPORT = /^[ \t]*(?:import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*)|from[ \t]+([\w.]+)[ \t]+import[ \t]+([\w*, \t()]+))[ \t]*;?[ \t]*$/gm;

/** The global name of b() as bytes literals call it: a learner's own `b` variable must not break them. */
export const BYTES_LITERAL = '__sl_b';
/** The global names of str() and repr() as f-strings call them. */
export const FSTRING_STR = '__sl_str';
export const FSTRING_REPR = '__sl_repr';

export interface PythonPrepass {
  code: string;
  /** An `import socket` / `from socket import ...` line (a preloaded module) was dropped. */
  droppedImport: boolean;
  /** Python modules imported that socklab does not have (their lines were dropped too). */
  missingModules: string[];
  /** A `b'...'` literal was turned into a `__sl_b(...)` call (or an f-string into a template). */
  bytesLiteral: boolean;
}

/**
 * What an import of src/modules' modules binds besides the preloaded global: `import threading as
 * th` → `var th = threading;`, `from threading import Thread, Lock as L` → `var { Thread, Lock: L } =
 * threading;` (`*`: every name the module exports). Other imports bind nothing.
 */
function _importBindings(imported: string | undefined, from: string | undefined, names: string | undefined): string {
  const exports = MODULE_EXPORTS as Readonly<Record<string, readonly string[]>>;
  if (from !== undefined) {
    const all = exports[from];
    if (all === undefined || names === undefined) return '';
    const bound = names.replace(/[()]/g, '').split(',').map((n) => n.trim()).filter((n) => n !== '')
      .flatMap((n) => (n === '*' ? [...all] : [n.replace(/^(\w+)[ \t]+as[ \t]+(\w+)$/, '$1: $2')]));
    return `var { ${bound.join(', ')} } = ${from};`;
  }
  return imported!.split(',').map((m) => /^([\w.]+)[ \t]+as[ \t]+(\w+)$/.exec(m.trim()))
    .filter((m): m is RegExpExecArray => m !== null && exports[m[1]!] !== undefined)
    .map((m) => `var ${m[2]} = ${m[1]};`).join(' ');
}

export function pythonPrepass(source: string): PythonPrepass {
  let droppedImport = false;
  const missingModules: string[] = [];
  let code = source.replace(_PY_IMPORT, (_line, imported: string | undefined, from: string | undefined, names: string | undefined) => {
    const modules = from ? [from] : imported!.split(',').map((m) => m.trim().split(/[ \t]+/)[0]!);
    for (const m of modules) {
      const top = m.split('.')[0]!;
      if (_PRELOADED.has(top)) droppedImport = true;
      else if (!missingModules.includes(top)) missingModules.push(top);
    }
    return _importBindings(imported, from, names);
  });
  let bytesLiteral = false;
  if (/[bBfF][rR]?['"]/.test(code)) {
    const out = _convertBytesLiterals(code);
    bytesLiteral = out !== code;
    code = out;
  }
  return { code, droppedImport, missingModules, bytesLiteral };
}

const _ident = lazyRegExp(() => /[\p{ID_Continue}$\u200c\u200d.]/u);

/**
 * Copies `src` (from `from` to `to`), leaving JavaScript comments, strings and the text of
 * template literals untouched (their `${...}` expressions are code, and are visited); at every
 * other position `at(i)` may replace what starts there (`text`) and say where to go on (`next`).
 */
function _rewriteCode(src: string, at: (i: number) => { text: string; next: number } | undefined, from = 0, to = src.length): string {
  let out = '';
  let i = from;
  const n = to;
  while (i < n) {
    const ch = src[i]!;
    let stop: number | undefined;
    if (ch === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i);
      stop = end < 0 || end > n ? n : end;
    } else if (ch === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      stop = end < 0 || end + 2 > n ? n : end + 2;
    } else {
      const replaced = at(i);
      if (replaced) {
        out += replaced.text;
        i = replaced.next;
        continue;
      }
      if (ch === '`') {
        const template = _template(src, i, n, at);
        out += template.text;
        i = template.next;
        continue;
      }
      if (ch === '"' || ch === "'") {
        const end = _stringEnd(src, i + 1, ch);
        stop = end < 0 || end + 1 > n ? n : end + 1;
      }
    }
    if (stop === undefined) {
      out += ch;
      i++;
    } else {
      out += src.slice(i, stop);
      i = stop;
    }
  }
  return out;
}

/** A template literal starting at `start`: its text kept, its `${...}` expressions rewritten as code. */
function _template(src: string, start: number, to: number, at: (i: number) => { text: string; next: number } | undefined): { text: string; next: number } {
  let out = '`';
  let j = start + 1;
  while (j < to) {
    const c = src[j]!;
    if (c === '\\') {
      out += src.slice(j, j + 2);
      j += 2;
    } else if (c === '`') {
      return { text: `${out}\``, next: j + 1 };
    } else if (c === '$' && src[j + 1] === '{') {
      const end = _expressionEnd(src, j + 2, to);
      if (end < 0) break;
      out += `\${${_rewriteCode(src, at, j + 2, end)}}`;
      j = end + 1;
    } else {
      out += c;
      j++;
    }
  }
  return { text: out + src.slice(j, to), next: to }; // unterminated: left for the parser to report
}

/** Index of the `}` closing a template's `${` expression that starts at `from`, or -1. */
function _expressionEnd(src: string, from: number, to: number): number {
  let depth = 0;
  for (let j = from; j < to; j++) {
    const c = src[j]!;
    if (c === '"' || c === "'") {
      const end = _stringEnd(src, j + 1, c);
      if (end < 0) return -1;
      j = end;
    } else if (c === '`') {
      const inner = _template(src, j, to, () => undefined);
      j = inner.next - 1;
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

/** Replaces Python bytes literals and f-strings outside strings and comments with JavaScript. */
function _convertBytesLiterals(src: string): string {
  return _rewriteCode(src, (i) => {
    if (i > 0 && _ident().test(src[i - 1]!)) return undefined; // part of a longer name
    // A bytes literal: b'..', b"..", br'..', rb'..'.
    const m = /^(?:[bB][rR]?|[rR][bB])(['"])/.exec(src.slice(i, i + 3));
    if (m) {
      const start = i + m[0].length;
      const end = _stringEnd(src, start, m[1]!);
      if (end > 0) return { text: _bytesCall(src.slice(start, end), /r/i.test(m[0])), next: end + 1 };
    }
    // An f-string: f'..', f"..".
    const ch = src[i];
    if ((ch === 'f' || ch === 'F') && (src[i + 1] === '"' || src[i + 1] === "'")) {
      const end = _stringEnd(src, i + 2, src[i + 1]!);
      const template = end > 0 ? _fstringTemplate(src.slice(i + 2, end)) : undefined;
      if (template !== undefined) return { text: template, next: end + 1 };
    }
    return undefined;
  });
}

/**
 * An f-string body as a template literal: `{expr}` becomes `${__sl_str(expr)}` (Python's str(), so
 * a tuple shows as ('127.0.0.1', 9999)), `{expr!r}` uses repr(), `{x:.2f}` fixed decimals and
 * `{{`/`}}` are braces. Undefined for what this does not cover (other format specs, `{x=}`).
 */
function _fstringTemplate(body: string): string | undefined {
  let out = '`';
  for (let j = 0; j < body.length; j++) {
    const c = body[j]!;
    if ((c === '{' || c === '}') && body[j + 1] === c) {
      out += c;
      j++;
    } else if (c === '{') {
      const close = _fieldEnd(body, j + 1);
      if (close < 0) return undefined;
      const field = _fstringField(body.slice(j + 1, close));
      if (field === undefined) return undefined;
      out += field;
      j = close;
    } else if (c === '}') {
      return undefined; // Python: single '}' is not allowed
    } else if (c === '`' || (c === '$' && body[j + 1] === '{')) {
      out += `\\${c}`;
    } else if (c === '\\') {
      out += c + (body[j + 1] ?? '');
      j++;
    } else {
      out += c;
    }
  }
  return `${out}\``;
}

/** Where the replacement field starting at `from` ends (its `}`), skipping nested brackets and strings. */
function _fieldEnd(body: string, from: number): number {
  let depth = 0;
  for (let j = from; j < body.length; j++) {
    const c = body[j]!;
    if (c === '"' || c === "'") {
      const end = _stringEnd(body, j + 1, c);
      if (end < 0) return -1;
      j = end;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '}') {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

function _fstringField(field: string): string | undefined {
  // The conversion (!r, !s) and format spec (:...) follow the expression at bracket depth 0.
  let depth = 0;
  let cut = field.length;
  for (let j = 0; j < field.length; j++) {
    const c = field[j]!;
    if (c === '"' || c === "'") j = Math.max(j, _stringEnd(field, j + 1, c));
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && ((c === '!' && field[j + 1] !== '=') || c === ':')) {
      cut = j;
      break;
    }
  }
  const expr = field.slice(0, cut).trim();
  const rest = field.slice(cut);
  if (!expr || expr.endsWith('=')) return undefined;
  const conversion = /^!([rs])/.exec(rest)?.[1];
  const spec = rest.slice(conversion ? 2 : 0);
  const fn = conversion === 'r' ? FSTRING_REPR : FSTRING_STR;
  if (spec === '') return `\${${fn}(${expr})}`;
  const fixed = /^:\.(\d+)f$/.exec(spec);
  if (fixed && !conversion) return `\${Number(${expr}).toFixed(${fixed[1]})}`;
  if (spec === ':d' && !conversion) return `\${${FSTRING_STR}(${expr})}`;
  return undefined;
}

/**
 * Python comments (`# 绑定端口`) as JavaScript comments, outside strings. Only tried on a line that
 * does not parse as it is, so JavaScript's own `#private` names are never touched; undefined when
 * there is no such comment.
 */
export function pythonComments(src: string): string | undefined {
  let changed = false;
  const out = _rewriteCode(src, (i) => {
    if (src[i] !== '#' || src[i - 1] === '.') return undefined;
    changed = true;
    return { text: '//', next: i + 1 };
  });
  return changed ? out : undefined;
}

/** Index of the closing quote of a string whose body starts at `from`, or -1. */
function _stringEnd(src: string, from: number, quote: string): number {
  for (let j = from; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === quote) return j;
    else if (c === '\n' && quote !== '`') return -1;
  }
  return -1;
}

const _SIMPLE_ESCAPES: Record<string, number> = {
  '\\': 0x5c, "'": 0x27, '"': 0x22, a: 0x07, b: 0x08, f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b,
};

/**
 * The byte values of a Python bytes literal body (CPython's escape rules; unknown escapes keep
 * their backslash). Python only allows ASCII in bytes literals; non-ASCII text is taken as
 * UTF-8 so that `b'你好'` does what the learner meant instead of failing.
 */
export function pythonBytesValues(body: string, raw = false): number[] {
  const values: number[] = [];
  const text = (s: string) => values.push(...Buffer.from(s, 'utf8'));
  for (let j = 0; j < body.length; j++) {
    const c = body[j]!;
    if (c !== '\\' || raw) {
      text(c);
      continue;
    }
    const e = body[j + 1];
    if (e === undefined) {
      values.push(0x5c);
      continue;
    }
    if (e in _SIMPLE_ESCAPES) {
      values.push(_SIMPLE_ESCAPES[e]!);
      j++;
    } else if (e === '\n') {
      j++;
    } else if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(j + 2, j + 4))) {
      values.push(parseInt(body.slice(j + 2, j + 4), 16));
      j += 3;
    } else if (/[0-7]/.test(e)) {
      const oct = /^[0-7]{1,3}/.exec(body.slice(j + 1))![0];
      values.push(parseInt(oct, 8) & 0xff);
      j += oct.length;
    } else {
      values.push(0x5c);
    }
  }
  return values;
}

function _bytesCall(body: string, raw: boolean): string {
  const values = pythonBytesValues(body, raw);
  // ASCII stays readable as a string (b() encodes it byte for byte); anything else goes in as
  // exact byte values.
  if (values.every((v) => v < 0x80)) return `${BYTES_LITERAL}(${JSON.stringify(String.fromCharCode(...values))})`;
  return `${BYTES_LITERAL}([${values.join(', ')}])`;
}
