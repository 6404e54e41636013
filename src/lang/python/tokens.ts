// CPython's tokens, read straight from the source where a SyntaxError needs them: the caret
// spans a whole token (`^^^^^^^` under `comment`, `^^` under `:=`), and the parser's hints span
// whole expressions (`[1 2]`'s "Perhaps you forgot a comma?" under `1 2`). Lezer's error nodes
// say where the parse failed, not how far CPython's token or expression reaches.
import { KWLIST as _KEYWORDS } from './keywords.ts';
import { lazyRegExp } from '../../lazy-regexp.ts';

export interface Token {
  kind: 'name' | 'number' | 'string' | 'op' | 'newline' | 'end';
  text: string;
  from: number;
  to: number;
}

const _STRING = /[rRbBuUfF]{0,2}('''|"""|'|")/y;
const _NUMBER = /(?:0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)/y;
const _name = lazyRegExp(() => /[\p{XID_Start}_][\p{XID_Continue}]*/uy);
const _OPERATOR = /\*\*=|\/\/=|>>=|<<=|\.\.\.|->|:=|==|!=|<=|>=|<>|\*\*|\/\/|<<|>>|[-+*/%&|^@]=|[^\s]/y;

let _tokenKinds: readonly (readonly ['string' | 'number' | 'name' | 'op', RegExp])[] | undefined;

/**
 * A name as Python reads it: the tokenizer normalises a non-ASCII identifier to NFKC (PEP 3131),
 * so `𝑥` and `x`, `ﬁle` and `file` are one name.
 */
export function identifier(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text;
}

/** The number token starting at `pos` (`0x1f`, `1_000`, `2.5e-3j`), or undefined where none starts. */
export function numberAt(src: string, pos: number): string | undefined {
  _NUMBER.lastIndex = pos;
  return _NUMBER.exec(src)?.[0];
}

/** The token at `pos` (after any spaces, comments and line continuations; newlines are tokens). */
export function tokenAt(src: string, pos: number): Token {
  let i = pos;
  for (;;) {
    while (src[i] === ' ' || src[i] === '\t' || src[i] === '\f' || src[i] === '\r') i++;
    if (src[i] === '#') while (i < src.length && src[i] !== '\n') i++;
    else if (src[i] === '\\' && src[i + 1] === '\n') i += 2;
    else break;
  }
  if (i >= src.length) return { kind: 'end', text: '', from: i, to: i };
  if (src[i] === '\n') return { kind: 'newline', text: '\n', from: i, to: i + 1 };
  _tokenKinds ??= [['string', _STRING], ['number', _NUMBER], ['name', _name()], ['op', _OPERATOR]];
  for (const [kind, re] of _tokenKinds) {
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m || m[0] === '') continue;
    if (kind === 'string') {
      const end = _stringEnd(src, i + m[0].length, m[1]!);
      return { kind, text: src.slice(i, end), from: i, to: end };
    }
    return { kind, text: m[0], from: i, to: i + m[0].length };
  }
  return { kind: 'op', text: src[i]!, from: i, to: i + 1 };
}

function _stringEnd(src: string, i: number, quote: string): number {
  for (; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src.startsWith(quote, i)) return i + quote.length;
    else if (src[i] === '\n' && quote.length === 1) return i;
  }
  return src.length;
}

/** The next token, newlines skipped (inside brackets the tokenizer has none). */
export function nextToken(src: string, pos: number): Token {
  let t = tokenAt(src, pos);
  while (t.kind === 'newline') t = tokenAt(src, t.to);
  return t;
}

/** Whether an expression can start with this token. */
export function startsExpression(t: Token): boolean {
  if (t.kind === 'number' || t.kind === 'string') return true;
  if (t.kind === 'name') return !_KEYWORDS.has(t.text) || ['True', 'False', 'None', 'not', 'lambda', 'await'].includes(t.text);
  return ['(', '[', '{', '-', '+', '~', '...'].includes(t.text);
}

const _CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const _ARITHMETIC = new Set(['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']);
const _COMPARISON = new Set(['<', '>', '==', '!=', '<=', '>=', 'in', 'is', 'and', 'or']);

/** The end of a bracketed group starting at `open`, or the source's end. */
function _groupEnd(src: string, open: Token): number {
  let depth = 0;
  let t = open;
  for (;;) {
    if (t.kind === 'end') return t.from;
    if (t.text in _CLOSE) depth++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') depth--;
    if (depth === 0) return t.to;
    t = nextToken(src, t.to);
  }
}

/**
 * Where the expression starting at `pos` ends, as pegen's rule would take it: `bitwise_or`
 * (no comparison, `not`, and/or) when `comparisons` is false, `disjunction` when true. Undefined
 * when no expression starts there; the source's length when a bracket in it is never closed.
 */
export function expressionEnd(src: string, pos: number, comparisons = true): number | undefined {
  let t = nextToken(src, pos);
  let end: number | undefined;
  for (;;) {
    // Unary operators, then a primary.
    while (t.text === '-' || t.text === '+' || t.text === '~' || (comparisons && t.text === 'not')) t = nextToken(src, t.to);
    if (t.kind === 'string') {
      while (t.kind === 'string') {
        end = t.to;
        t = nextToken(src, t.to);
      }
    } else if (t.kind === 'number' || t.text === '...' || (t.kind === 'name' && (!_KEYWORDS.has(t.text) || ['True', 'False', 'None'].includes(t.text)))) {
      end = t.to;
      t = nextToken(src, t.to);
    } else if (t.text in _CLOSE) {
      end = _groupEnd(src, t);
      t = nextToken(src, end);
    } else {
      return undefined;
    }
    // Trailers: .name, (args), [index].
    for (;;) {
      if (t.text === '.') {
        const name = nextToken(src, t.to);
        if (name.kind !== 'name') break;
        end = name.to;
        t = nextToken(src, end);
      } else if (t.text === '(' || t.text === '[') {
        end = _groupEnd(src, t);
        t = nextToken(src, end);
      } else break;
    }
    if (end === undefined || end >= src.length) return end;
    // A binary operator goes on to its right operand.
    const following = nextToken(src, t.to);
    const notIn = t.text === 'not' && following.text === 'in';
    if (_ARITHMETIC.has(t.text) || (comparisons && (_COMPARISON.has(t.text) || notIn))) {
      // `not in` and `is not` are one operator of two tokens.
      t = nextToken(src, notIn || (t.text === 'is' && following.text === 'not') ? following.to : t.to);
      continue;
    }
    return end;
  }
}
