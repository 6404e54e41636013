// A hand-written parser for correct Python programs: a tokenizer and a recursive descent (with
// precedence climbing for the operators) that builds the very tree syntaxOf() makes of
// @lezer/python's parse (syntax.ts): the same node names, ranges and children, comments and the
// tokens Lezer keeps (`(`, `,`, keywords) included, `not` bound as _bindNotTighter binds it.
//
// Why: Lezer's LR parser is most of a program's first translation. In a fresh process it runs
// cold (Ignition, Sparkplug), where each of its table reads is a builtin call, and loading it
// deserializes its tables (BENCHMARKS.md, "pyfast", "pyspeed2", "pyparse"); a descent over
// tokens does a fraction of that work.
//
// Lezer remains the reference and the error path. This parser answers only for what it fully
// understands and returns null for anything else: any syntax error, anything unusual (
// `yield`, `async`, a walrus, a backslash continuation it cannot place, `print x`, a
// `match` statement...), anything where Lezer's tree could differ. parse.ts then parses with Lezer
// exactly as before, so every error message and refusal comes from where it always came from.
// test/lang/python/descent.test.ts checks, over the corpora and their prefixes, that a tree given
// here is Lezer's node for node.
import { KWLIST } from './keywords.ts';
import { notOfBoolOp, PyNode, type PyNodeType } from './syntax.ts';
import { lazyRegExp } from '../../lazy-regexp.ts';

// ---- Node types ------------------------------------------------------------------------------

/** @lezer/python's node groups (its nodeSet's NodeProp.group), for PyNode.getChild's type.is(). */
const _STATEMENTS = new Set(['AssignStatement', 'UpdateStatement', 'ExpressionStatement', 'DeleteStatement', 'PassStatement',
  'BreakStatement', 'ContinueStatement', 'ReturnStatement', 'YieldStatement', 'PrintStatement', 'RaiseStatement', 'ImportStatement',
  'ScopeStatement', 'AssertStatement', 'TypeDefinition', 'StatementGroup', 'IfStatement', 'WhileStatement', 'ForStatement',
  'TryStatement', 'WithStatement', 'FunctionDefinition', 'ClassDefinition', 'DecoratedStatement', 'MatchStatement']);
const _EXPRESSIONS = new Set(['BinaryExpression', 'UnaryExpression', 'AwaitExpression', 'ParenthesizedExpression', 'VariableName',
  'TupleExpression', 'ComprehensionExpression', 'ArrayExpression', 'ArrayComprehensionExpression', 'DictionaryExpression',
  'DictionaryComprehensionExpression', 'SetExpression', 'SetComprehensionExpression', 'CallExpression', 'MemberExpression',
  'Number', 'String', 'FormatString', 'ContinuedString', 'Ellipsis', 'None', 'Boolean']);

class _Type implements PyNodeType {
  constructor(readonly name: string, readonly group: string | undefined) {}

  is(name: string): boolean {
    return name === this.name || name === this.group;
  }
}

const _types = new Map<string, _Type>();

function _type(name: string): _Type {
  let t = _types.get(name);
  if (!t) {
    t = new _Type(name, _STATEMENTS.has(name) ? 'Statement' : _EXPRESSIONS.has(name) ? 'Expression' : undefined);
    _types.set(name, t);
  }
  return t;
}

/** `a and b`, `a < b`, `not a`: Lezer's binaryTest and unaryTest, outside the Expression group. */
const _TEST_BINARY = new _Type('BinaryExpression', undefined);
const _TEST_UNARY = new _Type('UnaryExpression', undefined);

// ---- Tokens ----------------------------------------------------------------------------------

// Token kinds (typed `number`: the parser's current kind is a field TypeScript would narrow).
const NAME: number = 1;
const NUMBER: number = 2;
const OP: number = 3;
const NEWLINE: number = 4;
const INDENT: number = 5;
const DEDENT: number = 6;
const EOF: number = 7;
/** A string's prefix and opening quote; FSTART an f-string's. */
const SSTART: number = 8;
const FSTART: number = 9;
const ESCAPE: number = 10;
const SEND: number = 11;
/** A replacement's `{` in an f-string (or in its format spec), its `}`, `!r`, `=`, the spec's `:` and text. */
const ROPEN: number = 12;
const RCLOSE: number = 13;
const CONV: number = 14;
const SELFDOC: number = 15;
const SPEC: number = 16;
const SPECTEXT: number = 17;

/** Thrown inside the parser for "don't know": parseCorrect() turns it into null. */
class _Unknown extends Error {}
const _UNKNOWN = new _Unknown('not a program the descent parser knows');

function _unknown(): never {
  throw _UNKNOWN;
}

interface _Tokens {
  kind: number[];
  from: number[];
  to: number[];
  /** The text of a NAME or OP token ('' for the others). */
  text: string[];
  comments: [number, number][];
}

const _KEYWORDS = new Set(KWLIST);
/** The operators of one and of two characters (three: `...` and the two-character ones with `=`). */
const _SINGLE = new Set(['(', ')', '[', ']', '{', '}', ',', ':', ';', '.', '=', '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>']);
const _DOUBLE = new Set(['**', '//', '<<', '>>', '<=', '>=', '==', '!=', '->', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=']);
const _STRING_PREFIXES = new Set(['u', 'U', 'b', 'B', 'r', 'R', 'br', 'bR', 'Br', 'BR', 'rb', 'rB', 'Rb', 'RB',
  'f', 'F', 'fr', 'fR', 'Fr', 'FR', 'rf', 'rF', 'Rf', 'RF']);
/**
 * CPython's number literals (`5.` too; Lezer's are looser: `1__0`, `0x_`), followed by nothing a
 * name could go on with, nor by a dot unless the number ends with one (`7..real`).
 */
const _NUMBER = /(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)(?!\w)(?:(?<=\.)|(?!\.))/y;
const _ASCII_NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const _name = lazyRegExp(() => /[\p{XID_Start}_][\p{XID_Continue}]*/uy);

function _isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}

/** The source as tokens, comments apart; throws _UNKNOWN for what it does not know. */
function _tokenize(src: string): _Tokens {
  const t: _Tokens = { kind: [], from: [], to: [], text: [], comments: [] };
  const push = (kind: number, from: number, to: number, text = ''): void => {
    t.kind.push(kind);
    t.from.push(from);
    t.to.push(to);
    t.text.push(text);
  };
  const indents = [0];
  /** The same indents with a tab as one column: tokenizer.c's altcol, whose disagreement is a TabError. */
  const altIndents = [0];
  /** Open brackets; inside them newlines and indentation are only space. */
  let depth = 0;
  /** Whether the logical line has a token yet (else a newline ends nothing). */
  let content = false;
  let i = 0;
  const n = src.length;
  // Each iteration starts a physical line outside brackets, or goes on inside one.
  let lineStart = true;
  while (i < n || lineStart) {
    if (lineStart) {
      lineStart = false;
      let col = 0;
      let alt = 0;
      // tokenizer.c: a backslash before the line's first token joins the next line to it, and the
      // column of the first one, unless it is 0, is the indentation ("cont_line_col").
      let continuedAt = 0;
      let j = i;
      for (; j < n; j++) {
        const c = src.charCodeAt(j);
        if (c === 32) col++;
        else if (c === 9) col += 8 - (col % 8);
        else if (c === 92 && src.charCodeAt(j + 1) === 10) {
          continuedAt ||= col;
          j++;
          continue;
        } else break;
        alt++;
      }
      if (continuedAt) col = alt = continuedAt;
      if (j >= n) {
        if (j > i) _unknown(); // spaces and no newline at the very end
        break;
      }
      const c = src.charCodeAt(j);
      if (c === 10 || c === 35 || c === 13) {
        // A blank or comment line: no newline token, no indentation (Lezer's blankLine).
        i = j;
        if (c === 35) i = _comment(src, i, t);
        if (src.charCodeAt(i) === 13) {
          if (src.charCodeAt(i + 1) !== 10) _unknown();
          i++;
        }
        i++;
        lineStart = true;
        continue;
      }
      const top = indents[indents.length - 1]!;
      const altTop = altIndents[altIndents.length - 1]!;
      if (col > top) {
        if (alt <= altTop) _unknown();
        indents.push(col);
        altIndents.push(alt);
        push(INDENT, j, j);
      } else {
        while (col < indents[indents.length - 1]!) {
          indents.pop();
          altIndents.pop();
          push(DEDENT, i, i);
        }
        if (col !== indents[indents.length - 1] || alt !== altIndents[altIndents.length - 1]) _unknown();
      }
      i = j;
    }
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      if (c === 13 && src.charCodeAt(i + 1) !== 10) _unknown();
      if (depth > 0) {
        i += c === 13 ? 2 : 1;
        continue;
      }
      // Lezer's newline token is one character: a CRLF's \n is a blank line after it.
      push(NEWLINE, i, i + 1);
      content = false;
      i += c === 13 ? 2 : 1;
      lineStart = true;
      continue;
    }
    if (c === 35) {
      i = _comment(src, i, t);
      continue;
    }
    if (c === 92) {
      // A backslash continuation: the next line goes on the statement, however indented (Lezer
      // tries indentation tokens only after a newline token). A blank or comment line there
      // would be Lezer's blankLine.
      // One before the line's first token is the line scan's to judge (_scan, "unexpected indent").
      if (src.charCodeAt(i + 1) !== 10 || (!content && depth === 0)) _unknown();
      i += 2;
      let j = i;
      while (src[j] === ' ' || src[j] === '\t') j++;
      const next = src.charCodeAt(j);
      if (j >= n || next === 10 || next === 13 || next === 35) _unknown();
      continue;
    }
    content = true;
    i = _token(src, i, t, push, (d) => (depth += d));
  }
  if (depth > 0) _unknown();
  // A last line without its newline: a zero-width one, which ends the statement and no node.
  if (content) push(NEWLINE, n, n);
  while (indents.length > 1) {
    indents.pop();
    push(DEDENT, n, n);
  }
  push(EOF, n, n);
  return t;
}

function _comment(src: string, i: number, t: _Tokens): number {
  let j = i;
  while (j < src.length && src.charCodeAt(j) !== 10 && src.charCodeAt(j) !== 13) j++;
  t.comments.push([i, j]);
  return j;
}

/** The longest operator at `i` (its first character code `c`), as Lezer's tokenizer takes it. */
function _operator(src: string, i: number, c: number): string {
  const two = src.slice(i, i + 2);
  if (_DOUBLE.has(two)) {
    const next = src.charCodeAt(i + 2);
    // `**=`, `//=`, `>>=`, `<<=`
    if (next === 61 && (two === '**' || two === '//' || two === '>>' || two === '<<')) return two + '=';
    return two;
  }
  if (c === 46 && src.startsWith('...', i)) return '...';
  const one = src[i]!;
  return _SINGLE.has(one) ? one : _unknown();
}

type _Push = (kind: number, from: number, to: number, text?: string) => void;

/** One token at `i` (a name, number, operator or a whole string); returns where it ends. */
function _token(src: string, i: number, t: _Tokens, push: _Push, bracket: (d: number) => void): number {
  const c = src.charCodeAt(i);
  if (_isNameStart(c)) {
    const re = c > 127 ? _name() : _ASCII_NAME;
    re.lastIndex = i;
    if (!re.exec(src)) _unknown();
    let end = re.lastIndex;
    // A name going on in a character the ASCII pattern stopped at (`aé`).
    if (end < src.length && src.charCodeAt(end) > 127) {
      const name = _name();
      name.lastIndex = i;
      if (!name.exec(src)) _unknown();
      end = name.lastIndex;
    }
    const word = src.slice(i, end);
    // A digit after a letter outside the BMP (`𝑥0`): the line scan reads it as a number's start.
    if (c > 127 && /[\udc00-\udfff][0-9]/.test(word)) _unknown();
    const q = src[end];
    if (q === '"' || q === "'") {
      if (!_STRING_PREFIXES.has(word)) _unknown();
      return _string(src, i, end, word, t, push);
    }
    push(NAME, i, end, word);
    return end;
  }
  if ((c >= 48 && c <= 57) || (c === 46 && src.charCodeAt(i + 1) >= 48 && src.charCodeAt(i + 1) <= 57)) {
    _NUMBER.lastIndex = i;
    if (!_NUMBER.exec(src)) _unknown();
    const end = _NUMBER.lastIndex;
    // `0777`: CPython's "leading zeros in decimal integer literals are not permitted".
    if (c === 48 && end > i + 1 && /^0[\d_]*$/.test(src.slice(i, end)) && /[1-9]/.test(src.slice(i, end))) _unknown();
    push(NUMBER, i, end);
    return end;
  }
  if (c === 34 || c === 39) return _string(src, i, i, '', t, push);
  const op = _operator(src, i, c);
  if (op === '(' || op === '[' || op === '{') bracket(1);
  else if (op === ')' || op === ']' || op === '}') bracket(-1);
  push(OP, i, i + op.length, op);
  return i + op.length;
}

/**
 * A string from its prefix at `from` (its quote at `q`): SSTART or FSTART, its escapes, its
 * replacements' tokens, SEND. What Lezer's string tokenizer (tokens.js) reads, where CPython 3.11
 * reads the same; anything else (a lone `}`, a quote of the f-string's own inside its braces, a
 * backslash or a newline there...) is unknown.
 */
function _string(src: string, from: number, q: number, prefix: string, t: _Tokens, push: _Push): number {
  const quote = src[q]!;
  const long = src[q + 1] === quote && src[q + 2] === quote;
  const lower = prefix.toLowerCase();
  const raw = lower.includes('r');
  const format = lower.includes('f');
  const bytes = lower.includes('b');
  let i = q + (long ? 3 : 1);
  push(format ? FSTART : SSTART, from, i);
  for (;;) {
    if (i >= src.length) _unknown();
    const c = src[i]!;
    if (c === '\\') {
      if (raw) {
        i += 2;
        continue;
      }
      const escaped = src[i + 1];
      if (escaped === undefined || escaped === '\r' || (format && (escaped === '{' || escaped === '}' || escaped === 'N'))) _unknown();
      const end = _escapeEnd(src, i + 2, escaped);
      push(ESCAPE, i, end);
      i = end;
      continue;
    }
    if (c === quote && (!long || (src[i + 1] === quote && src[i + 2] === quote))) {
      const end = i + (long ? 3 : 1);
      // "bytes can only contain ASCII literal characters" (escaped ones too)
      if (bytes && /[^\x00-\x7f]/.test(src.slice(q, end))) _unknown();
      push(SEND, i, end);
      return end;
    }
    if ((c === '\n' || c === '\r') && !long) _unknown();
    if (format && c === '{') {
      if (src[i + 1] === '{') {
        i += 2;
        continue;
      }
      i = _replacement(src, i, quote, t, push, 0);
      continue;
    }
    if (format && c === '}') {
      if (src[i + 1] !== '}') _unknown();
      i += 2;
      continue;
    }
    i++;
  }
}

/** tokens.js's skipEscape: where an escape whose letter is `escaped` ends (`i` just past it). */
function _escapeEnd(src: string, i: number, escaped: string): number {
  const run = (max: number, re: RegExp): number => {
    let j = i;
    while (j < i + max && j < src.length && re.test(src[j]!)) j++;
    return j;
  };
  switch (escaped) {
    case 'o': return run(2, /[0-7]/);
    case 'x': return run(2, /[0-9a-fA-F]/);
    case 'u': return run(4, /[0-9a-fA-F]/);
    case 'U': return run(8, /[0-9a-fA-F]/);
    case 'N': {
      if (src[i] !== '{') return i;
      let j = i + 1;
      while (j < src.length && !'}\'"\n'.includes(src[j]!)) j++;
      return src[j] === '}' ? j + 1 : j;
    }
    default: return i;
  }
}

/** An f-string's `{...}` at `i`: its tokens, a format spec's (with its own replacements) too. */
function _replacement(src: string, i: number, quote: string, t: _Tokens, push: _Push, nesting: number): number {
  if (nesting > 1) _unknown();
  push(ROPEN, i, i + 1);
  i++;
  let depth = 0;
  let afterExpression = false;
  for (;;) {
    if (i >= src.length) _unknown();
    const c = src[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '\n' || c === '\r' || c === '#' || c === '\\' || c === quote) _unknown();
    if (depth === 0 && c === '}') {
      push(RCLOSE, i, i + 1);
      return i + 1;
    }
    if (depth === 0 && c === '!' && src[i + 1] !== '=') {
      if (!'sra'.includes(src[i + 1] ?? '') || !':}'.includes(src[i + 2] ?? '')) _unknown();
      push(CONV, i, i + 2);
      i += 2;
      continue;
    }
    if (depth === 0 && c === '=' && src[i + 1] !== '=' && afterExpression) {
      push(SELFDOC, i, i + 1);
      i++;
      continue;
    }
    if (depth === 0 && c === ':') {
      if (src[i + 1] === '=') _unknown(); // `{x:=5}`: a spec to CPython, a walrus to Lezer
      push(SPEC, i, i + 1);
      i++;
      // The spec's text, up to its end or a replacement of its own.
      for (;;) {
        const start = i;
        while (i < src.length && !'{}\\\n\r'.includes(src[i]!) && src[i] !== quote) i++;
        if (i > start) push(SPECTEXT, start, i);
        const d = src[i];
        if (d === '}') {
          if (src[i + 1] === '}') _unknown();
          push(RCLOSE, i, i + 1);
          return i + 1;
        }
        if (d !== '{' || src[i + 1] === '{') _unknown();
        i = _replacement(src, i, quote, t, push, nesting + 1);
      }
    }
    if (c === '"' || c === "'") {
      // A string inside the braces, in the other quote (3.11): not an f-string again.
      // 3.11 reads the f-string to its closing quote first: the inner string holds neither that
      // quote nor a backslash.
      const kind = t.kind.length;
      const start = i;
      i = _string(src, i, i, '', t, push);
      if (t.kind[kind] !== SSTART || src.slice(start, i).includes(quote) || src.slice(start, i).includes('\\')) _unknown();
      afterExpression = true;
      continue;
    }
    const start = t.kind.length;
    const end = _token(src, i, t, push, (d) => (depth += d));
    if (depth < 0) _unknown();
    const text = t.text[start]!;
    if (t.kind[start] === NAME && (text === 'lambda' || text === 'yield') && depth === 0) _unknown();
    if (t.kind[start] === FSTART) _unknown();
    afterExpression = t.kind[start] === NAME || t.kind[start] === NUMBER || text === ')' || text === ']' || text === '}' || t.kind[start] === SEND;
    i = end;
  }
}

// ---- Parser ----------------------------------------------------------------------------------

const _COMPARE = new Set(['<', '>', '==', '>=', '<=', '!=']);
const _UPDATE = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '**=', '>>=', '<<=', '&=', '|=', '^=', '@=']);
/** Arithmetic binary operators' precedence (Lezer's: bitor lowest, power highest). */
const _BINARY: Record<string, number> = { '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '@': 6, '/': 6, '%': 6, '//': 6, '**': 8 };
const _PREFIX = 7;
/** ArithOp nodes with a child: the operators Lezer's grammar declares as tokens of their own. */
const _NAMED_OPERATORS = new Set(['*', '**', '@']);
/**
 * What, after `print` and spaces, makes it the name in an expression statement, as CPython's
 * parser reads `print >>sys.stderr, "x"` (a `>>` of the print function, a TypeError when it runs),
 * `print = 5` or `print -1`, where Lezer's legacyPrint token takes Python 2's print statement. Its
 * invalid_legacy_expression error is for a `print` followed by an expression only (`print "x"`).
 */
export const PRINT_GOES_ON = /^(?:[-+*/%@&|^<>=!,;:[]|(?:if|is|in|and|or|not[ \t]+in)(?![\w]))/;

/** Names that begin statements Lezer reads its own way (contextual keywords, Python 2's print is the tokenizer's). */
const _SOFT_KEYWORDS = new Set(['match', 'case', 'type']);
/** The keywords an expression can start with, and the operators. */
const _VALUE_KEYWORDS = new Set(['None', 'True', 'False', 'not', 'lambda']);
const _STARTING_OPERATORS = new Set(['(', '[', '{', '-', '+', '~', '...']);

class _Parser {
  private p = 0;
  /** The end of the last token read that has a width: where a node ending now ends. */
  private end = 0;

  /** The spans of `not (a and b)` made `(not a) and b` (syntax.ts's _bindNotTighter), as from, to pairs. */
  readonly rebound: number[] = [];
  /**
   * The nodes misuse.ts's parser checks look at (statements, argument and parameter lists), in
   * the order its walk meets them: a slot is taken where a node starts, filled when it is made.
   */
  readonly candidates: (PyNode | null)[] = [];

  constructor(private readonly src: string, private readonly t: _Tokens) {
    this.kind = t.kind[0]!;
    this.text = t.text[0]!;
    this.from = t.from[0]!;
  }

  // The current token (fields rather than getters: in a cold process every call costs).
  private kind: number;
  private text: string;
  private from: number;

  private isOp(op: string): boolean {
    return this.kind === OP && this.text === op;
  }

  private isWord(word: string): boolean {
    return this.kind === NAME && this.text === word;
  }

  private advance(): void {
    const t = this.t;
    const to = t.to[this.p]!;
    if (to > this.from) this.end = to;
    const p = ++this.p;
    this.kind = t.kind[p]!;
    this.text = t.text[p]!;
    this.from = t.from[p]!;
  }

  /** The current token as a leaf node named `name` (its own text by default). */
  private leaf(name = this.text): PyNode {
    const node = new PyNode(_type(name), name, this.from, this.t.to[this.p]!, null);
    this.advance();
    return node;
  }

  private expectOp(op: string): PyNode {
    if (!this.isOp(op)) _unknown();
    return this.leaf();
  }

  private expectWord(word: string): PyNode {
    if (!this.isWord(word)) _unknown();
    return this.leaf();
  }

  private node(name: string | _Type, from: number, kids: PyNode[]): PyNode {
    return PyNode._made(typeof name === 'string' ? _type(name) : name, from, this.end, kids);
  }

  /** A name that is not a keyword, as VariableName. */
  private variable(): PyNode {
    if (this.kind !== NAME || _KEYWORDS.has(this.text)) _unknown();
    return this.leaf('VariableName');
  }

  /** Whether the current token can start an expression (`test`). */
  private startsTest(): boolean {
    switch (this.kind) {
      case NAME: return !_KEYWORDS.has(this.text) || _VALUE_KEYWORDS.has(this.text);
      case NUMBER: case SSTART: case FSTART: return true;
      case OP: return _STARTING_OPERATORS.has(this.text);
      default: return false;
    }
  }

  // -- statements

  script(length: number): PyNode {
    const kids: PyNode[] = [];
    while (this.kind !== EOF) kids.push(this.statement());
    return PyNode._made(_type('Script'), 0, length, kids);
  }

  private statement(): PyNode {
    if (this.isOp('@')) return this.decoratedStatement();
    if (this.kind === NAME) {
      switch (this.text) {
        case 'if': return this.ifStatement();
        case 'while': return this.whileStatement();
        case 'for': return this.forStatement();
        case 'try': return this.tryStatement();
        case 'with': return this.withStatement();
        case 'def': return this.functionDefinition();
        case 'class': return this.classDefinition();
        default:
          if (_SOFT_KEYWORDS.has(this.text)) _unknown();
      }
    }
    return this.simpleStatement();
  }

  /** smallStatement (newline | eof), or a StatementGroup of them joined by `;`. */
  private simpleStatement(): PyNode {
    const from = this.from;
    const first = this.smallStatement();
    if (!this.isOp(';')) {
      if (this.kind !== NEWLINE) _unknown();
      this.advance();
      return first;
    }
    const kids = [first];
    while (this.isOp(';')) {
      kids.push(this.leaf());
      if (this.kind === NEWLINE) break;
      kids.push(this.smallStatement());
    }
    if (this.kind !== NEWLINE) _unknown();
    this.advance();
    return this.node('StatementGroup', from, kids);
  }

  private smallStatement(): PyNode {
    const slot = this.candidates.push(null) - 1;
    const node = this.smallStatementAt();
    this.candidates[slot] = node;
    return node;
  }

  private smallStatementAt(): PyNode {
    const from = this.from;
    if (this.kind === NAME && this.text.startsWith('print') && !/\w/.test(this.src[from + 5] ?? '')) {
      // Lezer's legacyPrint token, tried where a statement starts: `print` followed by anything
      // but these is Python 2's print statement (`printé(x)` too: its test of the name's end is ASCII \w).
      let j = from + 5;
      while (this.src[j] === ' ' || this.src[j] === '\t') j++;
      if (j >= this.src.length || !'(.\n\r#'.includes(this.src[j]!) && !PRINT_GOES_ON.test(this.src.slice(j, j + 8))) _unknown();
    }
    if (this.kind === NAME) {
      switch (this.text) {
        case 'pass': return this.node('PassStatement', from, [this.leaf()]);
        case 'break': return this.node('BreakStatement', from, [this.leaf()]);
        case 'continue': return this.node('ContinueStatement', from, [this.leaf()]);
        case 'return': {
          const kids = [this.leaf()];
          if (this.kind !== NEWLINE && !this.isOp(';')) this.commaList(kids, this.starredTest, true);
          return this.node('ReturnStatement', from, kids);
        }
        case 'del': {
          const kids = [this.leaf()];
          this.commaList(kids, this.plainExpression, true);
          return this.node('DeleteStatement', from, kids);
        }
        case 'raise': {
          const kids = [this.leaf()];
          if (this.kind !== NEWLINE && !this.isOp(';')) {
            kids.push(this.test());
            if (this.isWord('from')) kids.push(this.leaf(), this.test());
          }
          return this.node('RaiseStatement', from, kids);
        }
        case 'global': case 'nonlocal': {
          const kids = [this.leaf()];
          this.commaList(kids, (k) => k.push(this.variable()), false);
          return this.node('ScopeStatement', from, kids);
        }
        case 'assert': {
          const kids = [this.leaf()];
          this.commaList(kids, this.plainTest, false);
          return this.node('AssertStatement', from, kids);
        }
        case 'import': return this.importStatement();
        case 'from': return this.fromImport();
        default:
          if (_KEYWORDS.has(this.text) && !_VALUE_KEYWORDS.has(this.text)) _unknown();
      }
    }
    const kids: PyNode[] = [];
    this.commaList(kids, this.starredTest, true);
    if (this.isOp('=') || this.isOp(':')) {
      if (this.isOp(':')) {
        const typeFrom = this.from;
        const colon = this.leaf();
        kids.push(this.node('TypeDef', typeFrom, [colon, this.test()]));
      }
      while (this.isOp('=')) {
        kids.push(this.leaf('AssignOp'));
        this.commaList(kids, this.starredTest, true);
      }
      return this.node('AssignStatement', from, kids);
    }
    if (this.kind === OP && _UPDATE.has(this.text)) {
      kids.push(this.leaf('UpdateOp'));
      this.commaList(kids, this.plainTest, true);
      return this.node('UpdateStatement', from, kids);
    }
    return this.node('ExpressionStatement', from, kids);
  }

  /** `item ("," item)* ","?` into `kids`; a trailing comma only where `trailing` (CPython allows it there). */
  private commaList(kids: PyNode[], item: (kids: PyNode[]) => void, trailing: boolean): void {
    item(kids);
    while (this.isOp(',')) {
      kids.push(this.leaf());
      if (!this.startsTest() && !this.isOp('*')) {
        if (!trailing) _unknown();
        return;
      }
      item(kids);
    }
  }

  /** `"*" expression | test`: the star is a sibling of its expression in Lezer's tree. */
  private readonly starredTest = (kids: PyNode[]): void => {
    if (this.isOp('*')) kids.push(this.leaf(), this.expression(1));
    else kids.push(this.test());
  };

  /** `"*"? expression` (a for statement's targets). */
  private readonly starredExpression = (kids: PyNode[]): void => {
    if (this.isOp('*')) kids.push(this.leaf());
    kids.push(this.expression(1));
  };

  private readonly plainTest = (kids: PyNode[]): void => {
    kids.push(this.test());
  };

  private readonly plainExpression = (kids: PyNode[]): void => {
    kids.push(this.expression(1));
  };

  private importStatement(): PyNode {
    const from = this.from;
    const kids = [this.leaf()];
    if (this.isOp('(')) _unknown();
    this.importedNames(kids, false);
    return this.node('ImportStatement', from, kids);
  }

  private fromImport(): PyNode {
    const from = this.from;
    const kids = [this.leaf()];
    if (this.isOp('.') || this.isOp('...')) _unknown(); // relative: check.ts refuses it, Lezer's tree says where
    this.dottedName(kids);
    kids.push(this.expectWord('import'));
    if (this.isOp('*')) kids.push(this.leaf());
    else if (this.isOp('(')) {
      kids.push(this.leaf());
      this.importedNames(kids, true);
      kids.push(this.expectOp(')'));
    } else this.importedNames(kids, false);
    return this.node('ImportStatement', from, kids);
  }

  private importedNames(kids: PyNode[], trailing: boolean): void {
    for (;;) {
      this.dottedName(kids);
      if (this.isWord('as')) kids.push(this.leaf(), this.variable());
      if (!this.isOp(',')) return;
      kids.push(this.leaf());
      if (trailing && this.isOp(')')) return;
    }
  }

  private dottedName(kids: PyNode[]): void {
    kids.push(this.variable());
    while (this.isOp('.')) kids.push(this.leaf(), this.variable());
  }

  private body(): PyNode {
    const from = this.from;
    const kids = [this.expectOp(':')];
    if (this.kind !== NEWLINE) {
      kids.push(this.simpleStatement());
      return this.node('Body', from, kids);
    }
    this.advance();
    if (this.kind !== INDENT) _unknown();
    this.advance();
    do kids.push(this.statement()); while (this.kind !== DEDENT && this.kind !== EOF);
    if (this.kind === DEDENT) this.advance();
    return this.node('Body', from, kids);
  }

  private ifStatement(): PyNode {
    const from = this.from;
    const slot = this.candidates.push(null) - 1;
    const kids = [this.leaf(), this.testNamed(), this.body()];
    while (this.isWord('elif')) kids.push(this.leaf(), this.testNamed(), this.body());
    if (this.isWord('else')) kids.push(this.leaf(), this.body());
    return (this.candidates[slot] = this.node('IfStatement', from, kids));
  }

  private whileStatement(): PyNode {
    const from = this.from;
    const kids = [this.leaf(), this.testNamed(), this.body()];
    if (this.isWord('else')) kids.push(this.leaf(), this.body());
    return this.node('WhileStatement', from, kids);
  }

  private forStatement(): PyNode {
    const from = this.from;
    const slot = this.candidates.push(null) - 1;
    const kids = [this.leaf()];
    this.commaList(kids, this.starredExpression, true);
    kids.push(this.expectWord('in'));
    this.commaList(kids, this.plainTest, true);
    kids.push(this.body());
    if (this.isWord('else')) kids.push(this.leaf(), this.body());
    return (this.candidates[slot] = this.node('ForStatement', from, kids));
  }

  private tryStatement(): PyNode {
    const from = this.from;
    const kids = [this.leaf(), this.body()];
    while (this.isWord('except')) {
      kids.push(this.leaf());
      if (!this.isOp(':')) {
        kids.push(this.test());
        if (this.isWord('as')) kids.push(this.leaf(), this.variable());
      }
      kids.push(this.body());
    }
    if (this.isWord('else')) kids.push(this.leaf(), this.body());
    if (this.isWord('finally')) kids.push(this.leaf(), this.body());
    return this.node('TryStatement', from, kids);
  }

  private withStatement(): PyNode {
    const from = this.from;
    const kids = [this.leaf()];
    for (;;) {
      kids.push(this.test());
      if (this.isWord('as')) kids.push(this.leaf(), this.variable());
      if (!this.isOp(',')) break;
      kids.push(this.leaf());
    }
    kids.push(this.body());
    return this.node('WithStatement', from, kids);
  }

  private functionDefinition(): PyNode {
    const from = this.from;
    const kids = [this.leaf(), this.variable(), this.paramList()];
    if (this.isOp('->')) {
      const typeFrom = this.from;
      this.advance();
      kids.push(this.node('TypeDef', typeFrom, [this.test()]));
    }
    kids.push(this.body());
    return this.node('FunctionDefinition', from, kids);
  }

  /** `@a.b(args)` lines, then the def or class they decorate (Lezer's Decorator: At, a dotted name, an ArgList, the newline). */
  private decoratedStatement(): PyNode {
    const from = this.from;
    const kids: PyNode[] = [];
    while (this.isOp('@')) {
      const at = this.from;
      const parts = [this.leaf('At')];
      this.dottedName(parts);
      if (this.isOp('(')) parts.push(this.argList());
      if (this.kind !== NEWLINE) _unknown();
      this.advance();
      kids.push(this.node('Decorator', at, parts));
    }
    if (this.isWord('def')) kids.push(this.functionDefinition());
    else if (this.isWord('class')) kids.push(this.classDefinition());
    else _unknown();
    return this.node('DecoratedStatement', from, kids);
  }

  private paramList(): PyNode {
    const from = this.from;
    const slot = this.candidates.push(null) - 1;
    const kids = [this.expectOp('(')];
    while (!this.isOp(')')) {
      if (this.isOp('*') || this.isOp('**')) {
        const star = this.text;
        kids.push(this.leaf());
        if (star === '**' || this.kind === NAME) {
          kids.push(this.variable());
          if (this.isOp(':')) kids.push(this.typeDef());
        }
      } else {
        kids.push(this.variable());
        if (this.isOp(':')) kids.push(this.typeDef());
        if (this.isOp('=')) kids.push(this.leaf('AssignOp'), this.test());
      }
      if (!this.isOp(',')) break;
      kids.push(this.leaf());
    }
    kids.push(this.expectOp(')'));
    return (this.candidates[slot] = this.node('ParamList', from, kids));
  }

  private typeDef(): PyNode {
    const from = this.from;
    const colon = this.leaf();
    return this.node('TypeDef', from, [colon, this.test()]);
  }

  private classDefinition(): PyNode {
    const from = this.from;
    const kids = [this.leaf(), this.variable()];
    if (this.isOp('(')) kids.push(this.argList());
    kids.push(this.body());
    return this.node('ClassDefinition', from, kids);
  }

  // -- expressions

  private testNamed(): PyNode {
    const node = this.test();
    if (this.isOp(':=')) _unknown();
    return node;
  }

  /** test: a conditional expression, a lambda, or testInner. */
  private test(): PyNode {
    if (this.isWord('lambda')) return this.lambda(() => this.test());
    const from = this.from;
    const inner = this.testInner(1);
    if (!this.isWord('if')) return inner;
    const kids = [inner, this.leaf(), this.testInner(1), this.expectWord('else'), this.test()];
    return this.node('ConditionalExpression', from, kids);
  }

  /** testNoCond (a comprehension's `if`): testInner or a lambda of one. */
  private testNoCond(): PyNode {
    if (this.isWord('lambda')) return this.lambda(() => this.testNoCond());
    return this.testInner(1);
  }

  private lambda(body: () => PyNode): PyNode {
    const from = this.from;
    const kids = [this.leaf()];
    const paramsFrom = this.from;
    const slot = this.candidates.push(null) - 1;
    const params: PyNode[] = [];
    while (!this.isOp(':')) {
      if (this.isOp('*') || this.isOp('**')) {
        const star = this.text;
        params.push(this.leaf());
        if (star === '**' || this.kind === NAME) params.push(this.variable());
      } else {
        params.push(this.variable());
        if (this.isOp('=')) params.push(this.leaf('AssignOp'), this.test());
      }
      if (!this.isOp(',')) break;
      params.push(this.leaf());
      if (this.isOp(':')) _unknown(); // no trailing comma in Lezer's lambdaParams
    }
    // No parameters: an empty ParamList where the colon starts (Lezer reduces it there).
    const list = params.length === 0 ? PyNode._made(_type('ParamList'), this.from, this.from, []) : this.node('ParamList', paramsFrom, params);
    kids.push((this.candidates[slot] = list));
    kids.push(this.expectOp(':'), body());
    return this.node('LambdaExpression', from, kids);
  }

  /** or (1), and (2), comparisons (3), with `not` taking a whole testInner as Lezer's grammar does. */
  private testInner(min: number): PyNode {
    const from = this.from;
    let left: PyNode;
    if (this.isWord('not')) {
      if (min > 3) _unknown(); // `a == not b`: Lezer's reading is not CPython's
      const not = this.leaf();
      const negated = this.node(_TEST_UNARY, from, [not, this.testInner(1)]);
      left = notOfBoolOp(negated);
      if (left !== negated) this.rebound.push(negated.from, negated.to);
    } else left = this.expression(1);
    for (;;) {
      // One look at the token (no method call per operator tried): most expressions end at a `,` or `)`.
      const kind = this.kind;
      const text = this.text;
      let prec: number;
      if (kind === OP) {
        if (!_COMPARE.has(text)) return left;
        prec = 3;
      } else if (kind !== NAME) return left;
      else if (text === 'or') prec = 1;
      else if (text === 'and') prec = 2;
      else if (text === 'in' || text === 'is' || (text === 'not' && this.t.kind[this.p + 1] === NAME && this.t.text[this.p + 1] === 'in')) prec = 3;
      else return left;
      if (prec < min) return left;
      const kids = [left];
      if (prec === 3 && this.kind === OP) kids.push(this.leaf('CompareOp'));
      else if (this.isWord('not') || this.isWord('is')) {
        const first = this.text;
        kids.push(this.leaf());
        if (first === 'not') kids.push(this.leaf());
        else if (this.isWord('not')) kids.push(this.leaf());
      } else kids.push(this.leaf());
      kids.push(this.testInner(prec + 1));
      left = this.node(_TEST_BINARY, from, kids);
    }
  }

  /** Lezer's `expression` from precedence `min` up: arithmetic and bitwise operators, unary prefixes. */
  private expression(min: number): PyNode {
    const from = this.from;
    let left: PyNode;
    if (this.kind === OP && (this.text === '-' || this.text === '+' || this.text === '~')) {
      const op = this.leaf(this.text === '~' ? 'BitOp' : 'ArithOp');
      left = this.node('UnaryExpression', from, [op, this.expression(_PREFIX)]);
    } else left = this.primary();
    for (;;) {
      if (this.kind !== OP) return left;
      const prec = _BINARY[this.text];
      if (prec === undefined || prec < min) return left;
      const text = this.text;
      let op: PyNode;
      if (prec <= 4) op = this.leaf('BitOp');
      else if (_NAMED_OPERATORS.has(text)) {
        const opFrom = this.from;
        op = this.node('ArithOp', opFrom, [this.leaf()]);
      } else op = this.leaf('ArithOp');
      const right = this.expression(prec === 8 ? 8 : prec + 1);
      left = this.node('BinaryExpression', from, [left, op, right]);
    }
  }

  /** An atom and its trailers: calls, subscripts, attributes. */
  private primary(): PyNode {
    const from = this.from;
    let node = this.atom();
    for (;;) {
      if (this.kind !== OP) return node;
      const text = this.text;
      if (text === '(') node = this.node('CallExpression', from, [node, this.argList()]);
      else if (text === '[') node = this.node('MemberExpression', from, [node, ...this.subscript()]);
      else if (text === '.') {
        const dot = this.leaf();
        if (this.kind !== NAME || _KEYWORDS.has(this.text)) _unknown();
        node = this.node('MemberExpression', from, [node, dot, this.leaf('PropertyName')]);
      } else return node;
    }
  }

  private atom(): PyNode {
    switch (this.kind) {
      case NAME:
        switch (this.text) {
          case 'None': return this.leaf('None');
          case 'True': case 'False': return this.leaf('Boolean');
          default: return this.variable();
        }
      case NUMBER: return this.leaf('Number');
      case SSTART: case FSTART: {
        const from = this.from;
        const first = this.string();
        if (this.kind !== SSTART && this.kind !== FSTART) return first;
        const kids = [first];
        while (this.kind === SSTART || this.kind === FSTART) kids.push(this.string());
        return this.node('ContinuedString', from, kids);
      }
      case OP:
        switch (this.text) {
          case '...': return this.leaf('Ellipsis');
          case '(': return this.parenthesized();
          case '[': return this.bracketed();
          case '{': return this.braced();
        }
    }
    return _unknown();
  }

  /** A String or FormatString: its escapes and replacements are its children. */
  private string(): PyNode {
    const from = this.from;
    const name = this.kind === FSTART ? 'FormatString' : 'String';
    this.advance();
    const kids: PyNode[] = [];
    for (;;) {
      if (this.kind === ESCAPE) kids.push(this.leaf('Escape'));
      else if (this.kind === ROPEN) kids.push(this.replacement());
      else if (this.kind === SEND) {
        this.advance();
        return this.node(name, from, kids);
      } else _unknown();
    }
  }

  /** `{` (YieldExpression | commaSep<"*"? test>) FormatSelfDoc? FormatConversion? (FormatSpec | `}`) */
  private replacement(): PyNode {
    const from = this.from;
    const kids = [this.leaf('{')];
    this.commaList(kids, this.plainTest, true);
    if (this.kind === SELFDOC) kids.push(this.leaf('FormatSelfDoc'));
    if (this.kind === CONV) kids.push(this.leaf('FormatConversion'));
    if (this.kind === SPEC) {
      const specFrom = this.from;
      const spec = [this.leaf(':')];
      for (;;) {
        if (this.kind === SPECTEXT) this.advance();
        else if (this.kind === ROPEN) spec.push(this.replacement());
        else break;
      }
      kids.push(this.node('FormatSpec', specFrom, spec));
    }
    if (this.kind !== RCLOSE) _unknown();
    kids.push(this.leaf('}'));
    return this.node('FormatReplacement', from, kids);
  }

  /** `(`: a tuple, a parenthesized expression or a generator expression. */
  private parenthesized(): PyNode {
    const from = this.from;
    const kids = [this.leaf()];
    if (this.isOp(')')) {
      kids.push(this.leaf());
      return this.node('TupleExpression', from, kids);
    }
    const starred = this.isOp('*');
    this.element(kids);
    if (this.isWord('for')) {
      this.compFor(kids);
      kids.push(this.expectOp(')'));
      return this.node('ComprehensionExpression', from, kids);
    }
    if (this.isOp(')')) {
      if (starred) _unknown();
      kids.push(this.leaf());
      return this.node('ParenthesizedExpression', from, kids);
    }
    while (this.isOp(',')) {
      kids.push(this.leaf());
      if (this.isOp(')')) break;
      this.element(kids);
    }
    kids.push(this.expectOp(')'));
    return this.node('TupleExpression', from, kids);
  }

  /** `testNamed | "*" expression`, pushed into `kids`. */
  private element(kids: PyNode[]): void {
    if (this.isOp('*')) {
      kids.push(this.leaf(), this.expression(1));
      return;
    }
    kids.push(this.testNamed());
  }

  private bracketed(): PyNode {
    const from = this.from;
    const kids = [this.leaf()];
    if (this.isOp(']')) {
      kids.push(this.leaf());
      return this.node('ArrayExpression', from, kids);
    }
    this.element(kids);
    if (this.isWord('for')) {
      this.compFor(kids);
      kids.push(this.expectOp(']'));
      return this.node('ArrayComprehensionExpression', from, kids);
    }
    while (this.isOp(',')) {
      kids.push(this.leaf());
      if (this.isOp(']')) break;
      this.element(kids);
    }
    kids.push(this.expectOp(']'));
    return this.node('ArrayExpression', from, kids);
  }

  /** `{`: a dict or a set, displayed or comprehended. */
  private braced(): PyNode {
    const from = this.from;
    const kids = [this.leaf()];
    if (this.isOp('}')) {
      kids.push(this.leaf());
      return this.node('DictionaryExpression', from, kids);
    }
    let dict: boolean;
    if (this.isOp('**')) {
      dict = true;
      kids.push(this.leaf(), this.expression(1));
    } else if (this.isOp('*')) {
      dict = false;
      kids.push(this.leaf(), this.expression(1));
    } else {
      kids.push(this.test());
      dict = this.isOp(':');
      if (dict) kids.push(this.leaf(), this.test());
    }
    if (this.isWord('for')) {
      this.compFor(kids);
      kids.push(this.expectOp('}'));
      return this.node(dict ? 'DictionaryComprehensionExpression' : 'SetComprehensionExpression', from, kids);
    }
    while (this.isOp(',')) {
      kids.push(this.leaf());
      if (this.isOp('}')) break;
      if (dict) {
        if (this.isOp('**')) kids.push(this.leaf(), this.expression(1));
        else kids.push(this.test(), this.expectOp(':'), this.test());
      } else if (this.isOp('*')) kids.push(this.leaf(), this.expression(1));
      else kids.push(this.test());
    }
    kids.push(this.expectOp('}'));
    return this.node(dict ? 'DictionaryExpression' : 'SetExpression', from, kids);
  }

  /** compFor and the compFor/compIf after it, flat in the comprehension's children. */
  private compFor(kids: PyNode[]): void {
    kids.push(this.leaf());
    this.commaList(kids, this.plainExpression, true);
    kids.push(this.expectWord('in'), this.testInner(1));
    for (;;) {
      if (this.isWord('for')) {
        kids.push(this.leaf());
        this.commaList(kids, this.plainExpression, true);
        kids.push(this.expectWord('in'), this.testInner(1));
      } else if (this.isWord('if')) kids.push(this.leaf(), this.testNoCond());
      else return;
    }
  }

  private argList(): PyNode {
    const from = this.from;
    const slot = this.candidates.push(null) - 1;
    const kids = [this.leaf()];
    while (!this.isOp(')')) {
      if (this.isOp('*') || this.isOp('**')) kids.push(this.leaf(), this.test());
      else if (this.kind === NAME && this.t.kind[this.p + 1] === OP && this.t.text[this.p + 1] === '=') {
        kids.push(this.variable(), this.leaf('AssignOp'), this.test());
        if (this.isWord('for')) this.compFor(kids);
      } else {
        kids.push(this.test());
        if (this.isWord('for')) this.compFor(kids);
      }
      if (!this.isOp(',')) break;
      kids.push(this.leaf());
    }
    kids.push(this.expectOp(')'));
    return (this.candidates[slot] = this.node('ArgList', from, kids));
  }

  /** A subscript's `[`, items (slices as their colons and bounds) and `]`. */
  private subscript(): PyNode[] {
    const kids = [this.leaf()];
    for (;;) {
      if (!this.isOp(':')) kids.push(this.testNamed());
      if (this.isOp(':')) {
        kids.push(this.leaf());
        if (!this.isOp(':') && !this.isOp(',') && !this.isOp(']')) kids.push(this.testNamed());
        if (this.isOp(':')) {
          kids.push(this.leaf());
          if (!this.isOp(',') && !this.isOp(']')) kids.push(this.testNamed());
        }
      }
      if (!this.isOp(',')) break;
      kids.push(this.leaf());
      if (this.isOp(']')) break;
    }
    kids.push(this.expectOp(']'));
    return kids;
  }
}

// ---- The tree --------------------------------------------------------------------------------

/**
 * Each comment as a child of the deepest node whose tokens surround it (a node's first token
 * before it, its last after it), where Lezer's reductions leave a skipped token. One walk down
 * the nodes that hold comments, the comments in source order.
 */
function _placeComments(top: PyNode, comments: [number, number][], rebound: readonly number[]): void {
  let next = 0;
  const place = (node: PyNode, isTop: boolean): void => {
    let mine: PyNode[] | undefined;
    const kids = node.children;
    for (let k = 0; k < kids.length; k++) {
      const child = kids[k]!;
      if (next >= comments.length) break;
      // The comments before this child are the node's; those inside it, the child's.
      while (next < comments.length && comments[next]![1] <= child.from) (mine ??= []).push(_commentNode(comments[next++]!, rebound));
      if (next < comments.length && comments[next]![0] > child.from && comments[next]![1] < child.to) place(child, false);
    }
    while (next < comments.length && (isTop || comments[next]![1] < node.to)) (mine ??= []).push(_commentNode(comments[next++]!, rebound));
    if (mine) PyNode._addComments(node, mine);
  };
  place(top, true);
}

function _commentNode([from, to]: [number, number], rebound: readonly number[]): PyNode {
  // A comment inside a `not` syntax.ts rebinds is dropped there: Lezer's path would lose it.
  for (let k = 0; k < rebound.length; k += 2) if (rebound[k]! < from && to < rebound[k + 1]!) _unknown();
  return new PyNode(_type('Comment'), 'Comment', from, to, null);
}

const _LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Any surrogate: a scan several times cheaper than _LONE_SURROGATE's, which only a source with one needs. */
const _SURROGATE = /[\ud800-\udfff]/;

const _candidates = new WeakMap<PyNode, PyNode[]>();

/**
 * The nodes under `top` (a tree parseCorrect made) that misuse.ts's parser checks can find an
 * error in, in the order of its walk (firstParserMisuse); undefined for another tree.
 */
export function misuseCandidates(top: PyNode): readonly PyNode[] | undefined {
  return _candidates.get(top);
}

/**
 * The top node (Script) of `source` as syntaxOf(Lezer's parse) would give it, or null when this
 * parser does not know the program (parse.ts then asks Lezer). It knows no program that
 * parse.ts's line scan (_scan, CPython's tokenizer errors) would refuse: an unterminated string, a
 * bracket unclosed or mismatched, a bad number or character, inconsistent indentation.
 */
export function parseCorrect(source: string): PyNode | null {
  // A lone surrogate (not from a file's UTF-8) is Lezer's to read.
  if (_SURROGATE.test(source) && _LONE_SURROGATE.test(source)) return null;
  try {
    const tokens = _tokenize(source);
    const parser = new _Parser(source, tokens);
    const top = parser.script(source.length);
    if (tokens.comments.length > 0) _placeComments(top, tokens.comments, parser.rebound);
    _candidates.set(top, parser.candidates.filter((c) => c !== null));
    return top;
  } catch (e) {
    if (e === _UNKNOWN) return null;
    throw e;
  }
}
