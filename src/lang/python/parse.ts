// The translator's first pass: Python source → the tree of syntax.ts, or CPython's SyntaxError.
// A correct program is read by descent.ts, a hand-written parser that builds the tree Lezer's
// parse gives; anything it does not know goes the way every program went before it: what
// CPython's tokenizer reports (indentation, unterminated strings, unclosed brackets) is found by
// a line scan in the tokenizer's own order; what its parser reports comes from Lezer's error
// nodes, worded as CPython 3.11 words the common cases (checked against python3).
import { createRequire } from 'node:module';
import { t } from '../../i18n/index.ts';
import type { SyntaxNode, Tree } from '@lezer/common';
import type { LRParser } from '@lezer/lr';
import { parseCorrect, PRINT_GOES_ON } from './descent.ts';
import { asFirstLezerParse } from './first-lezer-parse.ts';
import { fastLezerParser, type FastParser } from './lezer-tables.ts';
import { exprName, isBitwiseOr, UNNAMED_TARGETS } from './misuse.ts';
import { PySyntaxError } from './runtime/exceptions.ts';
import { positionOf, syntaxErrorAt, syntaxErrorOver, type SyntaxErrorFacts } from './syntax-error.ts';
import { syntaxOf, type PyNode } from './syntax.ts';
import { expressionEnd, nextToken, numberAt, startsExpression, tokenAt, type Token } from './tokens.ts';
import { lazyRegExp } from '../../lazy-regexp.ts';
import { relax, restore } from './relaxed.ts';

export interface SourceInfo {
  filename: string;
  source: string;
  lines: string[];
}

const _BLOCK_KEYWORDS = ['if', 'elif', 'else', 'for', 'while', 'def', 'class', 'try', 'except', 'finally', 'with', 'match', 'case', 'async'];
const _STATEMENT_NAMES: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", for: "'for' statement", while: "'while' statement",
  def: 'function definition', class: 'class definition', try: "'try' statement", except: "'except' statement",
  finally: "'finally' statement", with: "'with' statement", match: "'match' statement", case: "'case' statement",
  async: 'function definition',
};

interface LogicalLine {
  line: number;
  indent: number;
  /** The indent with a tab as one column: tokenizer.c's altcol, which finds a TabError. */
  altIndent: number;
  first: string;
  endsWithColon: boolean;
}

/** What the tokenizer finds: its own error, or the bracket still open at the end of the source. */
interface _Scanned {
  error?: PySyntaxError;
  unclosed?: { ch: string; line: number; col: number };
  /** The logical lines that begin with backslash continuations: where, and the whitespace that indents them (_forLezer). */
  continued?: { from: number; to: number; indent: string }[];
}

/** The line CPython names at the end of the source: the last line, a final newline ending it. */
function _lastLine(info: SourceInfo): number {
  return info.source.endsWith('\n') ? info.lines.length - 1 : info.lines.length;
}

/**
 * A character the tokenizer refuses outside strings and comments (tokenizer.c, verify_identifier
 * and the "invalid character" branch): a typographic quote pasted from a web page, a no-break space.
 */
function _invalidCharacter(info: SourceInfo, c: string, line: number, col: number): PySyntaxError {
  const code = c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  const message = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(c)
    ? `invalid non-printable character U+${code}`
    : `invalid character '${c}' (U+${code})`;
  return syntaxErrorAt(info, message, line, col, { singleCaret: true });
}

/** Whether a digit after `before` is inside a name or a number (not a number's start): ASCII without a Unicode regex. */
function _digitGoesOn(before: string | undefined): boolean {
  if (before === undefined) return false;
  if (before <= '\x7f') return /[\w.]/.test(before);
  return /\p{XID_Continue}/u.test(before);
}

const _NUMBER_FOLLOWERS = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

/** verify_end_of_number: a name character right after a number (`1x`, `0x1z`), unless a keyword starts there. */
function _badNumberEnd(after: string): boolean {
  if (!/^[\p{XID_Start}_]/u.test(after)) return false;
  // `5if x else 2`, `1or 2`: a keyword straight after a number is only deprecated in 3.11.
  return !_NUMBER_FOLLOWERS.some((k) => after.startsWith(k) && !/^[\p{XID_Continue}]/u.test(after.slice(k.length)));
}

const _PREFIXED: Record<string, [name: string, digit: RegExp]> = { x: ['hexadecimal', /[\da-fA-F]/], o: ['octal', /[0-7]/], b: ['binary', /[01]/] };

/**
 * tokenizer.c's number errors: `0777`, `1x`, `80o`, `1__0`, `0b102`, `0o8`, `0xg`. The caret is at
 * the last character the tokenizer kept: the number's last digit, the `_` with no digit after it,
 * a wrong digit itself.
 */
function _numberError(info: SourceInfo, src: string, i: number, line: number, col: number): PySyntaxError | undefined {
  const at = (message: string, k: number): PySyntaxError => syntaxErrorAt(info, message, line, col + k - i);
  const prefixed = src[i] === '0' ? _PREFIXED[(src[i + 1] ?? '').toLowerCase()] : undefined;
  if (prefixed) {
    const [name, digit] = prefixed;
    const wrongDigit = (k: number): boolean => name !== 'hexadecimal' && /\d/.test(src[k] ?? '');
    let j = i + 2;
    for (;;) {
      if (src[j] === '_') j++;
      if (!digit.test(src[j] ?? '')) return wrongDigit(j) ? at(`invalid digit '${src[j]}' in ${name} literal`, j) : at(`invalid ${name} literal`, j - 1);
      while (digit.test(src[j] ?? '')) j++;
      if (src[j] !== '_') break;
    }
    if (wrongDigit(j)) return at(`invalid digit '${src[j]}' in ${name} literal`, j);
    return _badNumberEnd(src.slice(j, j + 8)) ? at(`invalid ${name} literal`, j - 1) : undefined;
  }
  const text = numberAt(src, i)!;
  // tok_decimal_tail: a `_` must have a digit after it.
  const underscore = /_(?!\d)/.exec(text);
  if (underscore) return at('invalid decimal literal', i + underscore.index);
  if (/^0[\d_]*$/.test(text) && /[1-9]/.test(text)) {
    // The caret spans the zeros up to the first other digit.
    return syntaxErrorAt(info, 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', line, col,
      { caretLength: /^[0_]*/.exec(text)![0].length });
  }
  return _badNumberEnd(src.slice(i + text.length, i + text.length + 8)) ? at('invalid decimal literal', i + text.length - 1) : undefined;
}

/** Whether the source ends at `pos`, or at the newline there (`x = 1 \\` as a file's last line). */
function _endsSource(src: string, pos: number): boolean {
  return pos === src.length || (src[pos] === '\n' && pos + 1 === src.length) || (src[pos] === '\r' && src[pos + 1] === '\n' && pos + 2 === src.length);
}

/**
 * CPython's tokenizer errors: strings, brackets and indentation, in source order. A bracket still
 * open at the end is not an error yet: the parser may have stopped before the end (parse()).
 */
function _scan(info: SourceInfo): _Scanned {
  const src = info.source;
  const brackets: { ch: string; line: number; col: number }[] = [];
  const logical: LogicalLine[] = [];
  let line = 1;
  let col = 0;
  let lineStart = true;
  let current: LogicalLine | undefined;
  let lastSignificant = '';
  let continuation = false;
  const continued: NonNullable<_Scanned['continued']> = [];
  const finish = (): void => {
    if (current) {
      current.endsWithColon = lastSignificant === ':';
      logical.push(current);
    }
    current = undefined;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (lineStart && brackets.length === 0 && !continuation) {
      // A new logical line: measure its indent unless it is blank or a comment.
      let j = i;
      let indent = 0;
      let altIndent = 0;
      let firstLine = line;
      // tokenizer.c: a backslash before the line's first token joins the next line to it, and the
      // column of the first one, unless it is 0, is the indentation ("cont_line_col").
      let continuedAt = 0;
      let whitespace = '';
      let indentedBy: string | undefined;
      for (;;) {
        if (src[j] === ' ' || src[j] === '\t') {
          indent = src[j] === '\t' ? (indent + 8) & ~7 : indent + 1;
          altIndent++;
          whitespace += src[j];
          j++;
        } else if (src[j] === '\\' && _endsSource(src, j + 1)) {
          // A line that is only a continuation, at the end of the source: no caret (print_error_text
          // finds the offset past the stripped text).
          return { error: syntaxErrorAt(info, 'unexpected EOF while parsing', firstLine, j - i + 1, { caretLength: 0, atEndOfSource: true }) };
        } else if (src[j] === '\\' && src[j + 1] === '\n') {
          continuedAt ||= indent;
          if (continuedAt && indentedBy === undefined) indentedBy = whitespace;
          j += 2;
          firstLine++;
        } else {
          break;
        }
      }
      if (continuedAt) indent = altIndent = continuedAt;
      if (firstLine > line) continued.push({ from: i, to: j, indent: indentedBy ?? whitespace });
      if (src[j] !== '\n' && src[j] !== '#' && src[j] !== '\r' && j < src.length) {
        finish();
        const word = /^[A-Za-z_]+/.exec(src.slice(j, j + 12))?.[0] ?? '';
        current = { line: firstLine, indent, altIndent, first: word, endsWithColon: false };
      }
    }
    lineStart = false;
    continuation = false;
    if (c === '\n') {
      line++;
      col = 0;
      lineStart = true;
      continue;
    }
    if (c === '#') {
      while (i + 1 < src.length && src[i + 1] !== '\n') i++;
      continue;
    }
    // tokenizer.c: a continuation with nothing after it is E_EOF, its caret just past the backslash.
    if (c === '\\' && brackets.length === 0 && _endsSource(src, i + 1)) {
      return { error: syntaxErrorAt(info, 'unexpected EOF while parsing', line, col + 1, { atEndOfSource: true }) };
    }
    if (c === '\\' && src[i + 1] === '\n') {
      continuation = true;
      i++;
      line++;
      col = 0;
      lineStart = true;
      continue;
    }
    if (c === '"' || c === "'") {
      const triple = src.slice(i, i + 3) === c.repeat(3);
      const startLine = line;
      const startCol = col - (/[rRbBuUfF]{1,2}$/.exec(src.slice(Math.max(0, i - 2), i))?.[0].length ?? 0);
      let j = i + (triple ? 3 : 1);
      let closed = false;
      for (; j < src.length; j++) {
        const d = src[j]!;
        if (d === '\\') {
          if (src[j + 1] === '\n') line++;
          j++;
          continue;
        }
        if (d === '\n') {
          if (!triple) break;
          line++;
        }
        if (triple ? src.slice(j, j + 3) === c.repeat(3) : d === c) {
          closed = true;
          j += triple ? 2 : 0;
          break;
        }
      }
      if (!closed) {
        return {
          error: triple
            ? syntaxErrorAt(info, `unterminated triple-quoted string literal (detected at line ${_lastLine(info)})`, startLine, startCol, { atEndOfSource: true })
            : syntaxErrorAt(info, `unterminated string literal (detected at line ${startLine})`, startLine, startCol),
        };
      }
      // A bytes literal holds ASCII only (the parser's check, when the string is made).
      const prefix = src.slice(i - (col - startCol), i);
      if (/[bB]/.test(prefix) && /[^\x00-\x7f]/.test(src.slice(i, j + 1))) {
        return { error: syntaxErrorAt(info, 'bytes can only contain ASCII literal characters', startLine, startCol, { caretLength: j + 1 - (i - prefix.length) }) };
      }
      col += j - i + 1;
      i = j;
      lastSignificant = c;
      continue;
    }
    const startsNumber = c >= '0' && c <= '9'
      ? !_digitGoesOn(src[i - 1])
      : c === '.' && src[i + 1]! >= '0' && src[i + 1]! <= '9' && !_digitGoesOn(src[i - 1]);
    if (startsNumber) {
      const error = _numberError(info, src, i, line, col);
      if (error) return { error };
      // Past the whole number: the `09` of `1e-09` or `.5e-09` is its exponent, not a number of its own.
      const end = i + numberAt(src, i)!.length;
      col += end - i;
      i = end - 1;
      lastSignificant = src[i]!;
      continue;
    }
    if ('([{'.includes(c)) brackets.push({ ch: c, line, col });
    else if (')]}'.includes(c)) {
      const open = brackets.pop();
      const want = open ? ({ '(': ')', '[': ']', '{': '}' } as Record<string, string>)[open.ch] : undefined;
      if (!open) return { error: syntaxErrorAt(info, `unmatched '${c}'`, line, col) };
      if (want !== c) {
        return {
          error: syntaxErrorAt(info, open.line === line
            ? `closing parenthesis '${c}' does not match opening parenthesis '${open.ch}'`
            : `closing parenthesis '${c}' does not match opening parenthesis '${open.ch}' on line ${open.line}`, line, col),
        };
      }
    } else if (c > '\x7f') {
      const ch = String.fromCodePoint(src.codePointAt(i)!);
      if (!/\p{XID_Continue}/u.test(ch)) return { error: _invalidCharacter(info, ch, line, col) };
      i += ch.length - 1; // past both halves of a surrogate pair (`𝑥`): one character, one column
    }
    if (c !== ' ' && c !== '\t' && c !== '\r') lastSignificant = c;
    col++;
  }
  finish();
  // tokenizer.c's raise_unclosed_parentheses_error names the innermost bracket.
  if (brackets.length > 0) return { unclosed: brackets[brackets.length - 1]!, continued };
  const error = _indentation(info, logical);
  return error ? { error } : { continued };
}

/**
 * The source as Lezer reads it, rewritten at the same length (the tree's positions, and so the
 * text check.ts and emit.ts read, stay the source's) where Lezer's tokenizers would not read what
 * CPython's do. Lezer's indentation tokenizer does not know tokenizer.c's rule for backslashes
 * before a line's first token (_scan): each such start becomes a blank line and the indentation
 * CPython measures there. Its legacyPrint token takes `print >> f, x` for Python 2's print
 * statement: a `print` that goes on as a name (descent.ts PRINT_GOES_ON) is spelt as another name.
 */
const _PRINT_NAME = /(?<![\w.])print(?=[ \t]*[^\w \t(.\n\r#])|(?<![\w.])print(?=[ \t]+(?:if|is|in|and|or|not)(?!\w))/g;

function _forLezer(source: string, continued: _Scanned['continued']): string {
  if (source.includes('print')) source = source.replace(_PRINT_NAME, (name, at: number) => (PRINT_GOES_ON.test(source.slice(at + 5).trimStart().slice(0, 8)) ? '_rint' : name));
  if (!continued?.length) return source;
  let out = '';
  let at = 0;
  for (const { from, to, indent } of continued) {
    out += source.slice(at, from) + ' '.repeat(to - from - indent.length - 1) + '\n' + indent;
    at = to;
  }
  return out + source.slice(at);
}

/** Indentation, as tokenizer.c's indent stack (and the parser's "expected an indented block"). */
function _indentation(info: SourceInfo, logical: LogicalLine[]): PySyntaxError | undefined {
  const stack = [0];
  const altStack = [0];
  const tabError = (l: LogicalLine) => syntaxErrorAt(info, 'inconsistent use of tabs and spaces in indentation', l.line, l.indent, { kind: 'TabError', caretLength: 0 });
  for (let k = 0; k < logical.length; k++) {
    const l = logical[k]!;
    const prev = logical[k - 1];
    const top = stack[stack.length - 1]!;
    const altTop = altStack[altStack.length - 1]!;
    // The tokenizer meets a tab/space mix before the parser sees the INDENT or DEDENT.
    if (l.indent === top ? l.altIndent !== altTop : l.indent > top && l.altIndent <= altTop) return tabError(l);
    if (prev?.endsWithColon && _BLOCK_KEYWORDS.includes(prev.first)) {
      if (l.indent <= top) {
        return syntaxErrorAt(info, `expected an indented block after ${_STATEMENT_NAMES[prev.first]} on line ${prev.line}`, l.line, l.indent, { kind: 'IndentationError' });
      }
      stack.push(l.indent);
      altStack.push(l.altIndent);
      continue;
    }
    if (l.indent > top) {
      // A block header without its colon: the parser would have stopped at the header first.
      if (prev && _BLOCK_KEYWORDS.includes(prev.first)) {
        const text = (info.lines[prev.line - 1] ?? '').replace(/\s*(#.*)?$/, '');
        const lineStart = info.lines.slice(0, prev.line - 1).reduce((n, l) => n + l.length + 1, 0);
        // `def f` stops at the forced '(' after the name, the others at the ':'.
        return _atNewline(info, /^\s*def\s+[\p{XID_Start}_]\p{XID_Continue}*$/u.test(text) ? "expected '('" : "expected ':'", lineStart + text.length);
      }
      return syntaxErrorAt(info, 'unexpected indent', l.line, l.indent, { kind: 'IndentationError', caretLength: 0 });
    }
    while (l.indent < stack[stack.length - 1]!) {
      stack.pop();
      altStack.pop();
    }
    if (l.indent !== stack[stack.length - 1]) {
      // tokenizer.c reports the dedent at the end of the line.
      const text = (info.lines[l.line - 1] ?? '').replace(/\r$/, '');
      return syntaxErrorAt(info, 'unindent does not match any outer indentation level', l.line, text.length, { kind: 'IndentationError' });
    }
    if (l.altIndent !== altStack[altStack.length - 1]) return tabError(l);
  }
  const last = logical[logical.length - 1];
  if (last?.endsWithColon && _BLOCK_KEYWORDS.includes(last.first)) {
    // At the end of the source CPython names its last line; `atEndOfSource` tells the REPL's
    // codeop that more input could still bring the block.
    return syntaxErrorAt(info, `expected an indented block after ${_STATEMENT_NAMES[last.first]} on line ${last.line}`, _lastLine(info), 0,
      { kind: 'IndentationError', caretLength: 0, atEndOfSource: true });
  }
  return undefined;
}

const _HEADERS = new Set(['IfStatement', 'WhileStatement', 'ForStatement', 'FunctionDefinition', 'ClassDefinition', 'TryStatement', 'WithStatement']);

/** The brackets that hold a list of expressions, where `a b` means a missing comma. */
const _CONTAINERS = new Set(['ArgList', 'ArrayExpression', 'TupleExpression', 'ParenthesizedExpression', 'DictionaryExpression',
  'SetExpression', 'DictionaryComprehensionExpression', 'ArrayComprehensionExpression', 'SetComprehensionExpression', 'ComprehensionExpression']);
const _STATEMENT = /Statement$|^(Script|Body)$/;

/** Bracket depth at `pos`, read token by token from the start (strings and comments skipped). */
function _depthAt(src: string, pos: number): number {
  let depth = 0;
  for (let t = tokenAt(src, 0); t.kind !== 'end' && t.from < pos; t = tokenAt(src, t.to)) {
    if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') depth = Math.max(0, depth - 1);
  }
  return depth;
}

/** A parser hint's SyntaxError over `from`..`to`, remembering where the parser stopped. */
function _spanError(info: SourceInfo, message: string, from: number, to: number, stopped: number, facts: SyntaxErrorFacts = {}): PySyntaxError {
  // Pegen read on to the end of the source when the expression did (an unclosed bracket in it).
  return syntaxErrorOver(info, message, from, to, { stoppedAt: stopped, readToEnd: to >= info.source.trimEnd().length, ...facts });
}

/**
 * invalid_named_expression: `if x = 1:`, `while (n = 0):` where a comparison was meant. The
 * target and the value are pegen's bitwise_or; a second `=` after the value is another error.
 */
function _assignmentHint(info: SourceInfo, node: SyntaxNode, equals: Token): PySyntaxError | undefined {
  const target = node.prevSibling;
  const owner = node.parent?.name;
  if (!target || !['IfStatement', 'WhileStatement', 'NamedExpression', 'ParenthesizedExpression', 'ArrayExpression', 'TupleExpression'].includes(owner ?? '')) return undefined;
  if (['if', 'while', 'elif', '(', '[', ','].includes(target.name)) return undefined;
  // pegen's bitwise_or: `x == 1 and y = 2` is plain invalid syntax at the `=`.
  if (!isBitwiseOr(target)) return undefined;
  const valueEnd = expressionEnd(info.source, equals.to, false);
  if (valueEnd === undefined) return undefined;
  const after = tokenAt(info.source, valueEnd).text;
  if (after === '=' || after === ':=') return undefined;
  if (target.name === 'VariableName') {
    return _spanError(info, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", target.from, valueEnd, equals.from);
  }
  if (UNNAMED_TARGETS.has(target.name)) return undefined;
  return _spanError(info, `cannot assign to ${exprName(info, target)} here. Maybe you meant '==' instead of '='?`, target.from, target.to, equals.from);
}

/**
 * invalid_expression's "Perhaps you forgot a comma?": inside brackets, an expression right after
 * another, spanning both (`[1 2]`, `print('a' x)`); not after a name followed by a string (`f"…"`,
 * Python 2's `print "x"`) nor after print/exec or a soft keyword.
 */
function _missingComma(info: SourceInfo, tree: Tree, token: Token): PySyntaxError | undefined {
  if (!startsExpression(token) || _depthAt(info.source, token.from) === 0) return undefined;
  // `a`: the largest expression that ends just before the token, inside the same brackets.
  const before = info.source.slice(0, token.from).trimEnd().length;
  let a: SyntaxNode | null = tree.resolveInner(before, -1);
  // (A star is no expression either: `def h(*(a))` is invalid syntax at the parenthesis.)
  if (!a || a.type.isError || /^[([{,:=*]$|^\*\*$|Op$|^(not|and|or|in|is|lambda|if|else|for|await)$/.test(a.name)) return undefined;
  if (/^[)\]}]$/.test(a.name) && a.parent) a = a.parent;
  while (a.parent && !_CONTAINERS.has(a.parent.name) && a.parent.name !== 'ParamList' && !_STATEMENT.test(a.parent.name) && a.parent.from < token.from) a = a.parent;
  // A parameter's name is no expression (`def f(x y):` is invalid syntax at y); its default is.
  if (a.parent?.name === 'ParamList' && a.name === 'VariableName' && /^[(,*]|^\*\*$/.test(a.prevSibling?.name ?? '(')) return undefined;
  // A comprehension's clauses (`for i in y z`) are not a list of expressions.
  if (a.parent && /Comprehension/.test(a.parent.name) && a.parent.getChildren('for').some((f) => f.from < token.from)) return undefined;
  // The ast puts a parenthesized expression where its inside starts.
  let from = a.from;
  while (a.name === 'ParenthesizedExpression' && a.firstChild?.nextSibling && a.firstChild.nextSibling.nextSibling?.name === ')') {
    a = a.firstChild.nextSibling;
    from = a.from;
  }
  const first = tokenAt(info.source, from);
  if (first.from >= token.from) return undefined;
  const single = tokenAt(info.source, first.to).from === token.from;
  if (first.kind === 'name' && single && (['print', 'exec', 'match', 'case', '_'].includes(first.text) || token.kind === 'string')) return undefined;
  const end = expressionEnd(info.source, token.from) ?? token.to;
  return _spanError(info, 'invalid syntax. Perhaps you forgot a comma?', from, end, token.from, { comma: true, readTo: end });
}

/**
 * invalid_legacy_expression: Python 2's `exec "code"`, and a `print "x"` inside an expression
 * (Lezer's print statement is only a statement), from the name to the end of the expressions after it.
 */
function _legacyCall(info: SourceInfo, tree: Tree, token: Token): PySyntaxError | undefined {
  if (!startsExpression(token) || token.text === '(') return undefined;
  const before = info.source.slice(0, token.from).trimEnd().length;
  const name = tree.resolveInner(before, -1);
  const word = info.source.slice(name.from, name.to);
  if (name.name !== 'VariableName' || name.to !== before || (word !== 'print' && word !== 'exec')) return undefined;
  // Its b=star_expressions is parsed first: inside brackets, an expression right after the first
  // one there is that parse's own invalid_expression, the missing comma (`f(exec x y)`).
  const end = _depthAt(info.source, token.from) > 0 ? expressionEnd(info.source, token.from) : undefined;
  const next = end === undefined ? undefined : tokenAt(info.source, end);
  if (next && startsExpression(next) && !(token.kind === 'name' && tokenAt(info.source, token.to).from === next.from && next.kind === 'string')) {
    const last = expressionEnd(info.source, next.from) ?? next.to;
    return _spanError(info, 'invalid syntax. Perhaps you forgot a comma?', token.from, last, next.from, { comma: true, readTo: last });
  }
  return _spanError(info, _legacyMessage(word), name.from, _starExpressionsEnd(info.source, token), token.from);
}

const _legacyMessage = (word: string): string => `Missing parentheses in call to '${word}'. Did you mean ${word}(...)?`;

/** Where pegen's star_expressions starting at `first` ends: expressions and their commas, a trailing one too. */
function _starExpressionsEnd(src: string, first: Token): number {
  let end = expressionEnd(src, first.from) ?? first.to;
  for (let comma = tokenAt(src, end); comma.text === ','; comma = tokenAt(src, end)) {
    end = expressionEnd(src, comma.to) ?? comma.to;
    if (end === comma.to) break;
  }
  return end;
}

/**
 * fstring_find_expr's reading of a replacement field from `from` (just after its `{`): where the
 * expression ends, at `}`, `!`, `:` or a debug `=` outside brackets and strings, or the closing
 * bracket that matches nothing.
 */
function _replacementExpression(src: string, from: number, to: number): { end: number; stop: string; unmatched?: string } {
  const open: string[] = [];
  for (let i = from; i < to; i++) {
    const c = src[i]!;
    if (c === "'" || c === '"') {
      const close = src.indexOf(c, i + 1);
      i = close < 0 ? to : close;
    } else if ('([{'.includes(c)) open.push(c);
    else if (')]}'.includes(c)) {
      if (open.length === 0) return c === '}' ? { end: i, stop: c } : { end: i, stop: c, unmatched: c };
      open.pop();
    } else if (open.length === 0 && (c === ':' || (c === '!' && src[i + 1] !== '=')
      || (c === '=' && src[i + 1] !== '=' && !'=!<>'.includes(src[i - 1] ?? '')))) return { end: i, stop: c };
  }
  return { end: to, stop: '' };
}

/**
 * An error inside an f-string's braces: 3.11 reads the field (its own errors, the caret just after
 * the f-string), then compiles `(expression)` on its own, whose SyntaxError it reports with
 * "f-string: " before it, on that text (`(x y)`), as if it were the f-string's line.
 */
function _fstringError(info: SourceInfo, node: SyntaxNode): PySyntaxError | undefined {
  let replacement: SyntaxNode | null = node.parent;
  while (replacement && replacement.name !== 'FormatReplacement') replacement = replacement.parent;
  let fstring = replacement?.parent;
  while (fstring && fstring.name !== 'FormatString') fstring = fstring.parent;
  if (!replacement || !fstring) return undefined;
  const { line, col } = positionOf(info, fstring.to);
  const field = _replacementExpression(info.source, replacement.from + 1, fstring.to);
  const inner = info.source.slice(replacement.from + 1, field.end);
  const debug = field.stop === '=' && !/^=\s*[}!:]/.test(info.source.slice(field.end, fstring.to));
  if (inner.trim() === '' || field.unmatched || debug || !'}!:='.includes(field.stop || ' ')) {
    const message = inner.trim() === '' ? 'f-string: empty expression not allowed'
      : field.unmatched ? `f-string: unmatched '${field.unmatched}'`
      : "f-string: expecting '}'";
    return syntaxErrorAt(info, message, line, col);
  }
  let compiled: PySyntaxError | undefined;
  try {
    parse(`(${inner})`, info.filename);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    compiled = e;
  }
  if (!compiled) {
    return info.source[node.from] === '!' ? syntaxErrorAt(info, "f-string: invalid conversion character: expected 's', 'r', or 'a'", line, col)
      : syntaxErrorAt(info, "f-string: expecting '}'", line, col);
  }
  const at = positionOf(info, replacement.from);
  const e = new PySyntaxError(`f-string: ${compiled.message}`, info.filename, at.line + compiled.lineno - 1, compiled.offset, compiled.text, compiled.kind);
  // A field over several lines: 3.11 shows the line without a caret.
  e.caretLength = compiled.lineno > 1 ? 0 : compiled.caretLength;
  e.comma = compiled.comma;
  return e;
}

/**
 * A SyntaxError at the NEWLINE token after `end` (the end of the line's last token): the tokenizer
 * starts it at the line's comment, which the caret then spans, or else at the end of the line,
 * trailing spaces included.
 */
function _atNewline(info: SourceInfo, message: string, end: number): PySyntaxError {
  const gap = /[ \t\f]*(#[^\r\n]*)?/y;
  gap.lastIndex = end;
  const m = gap.exec(info.source)!;
  const comment = m[1] ?? '';
  const from = end + m[0].length - comment.length;
  return syntaxErrorOver(info, message, from, from + Math.max(1, comment.length));
}

/**
 * Pegen's forced tokens: `&&'('` after a def's name, `&&':'` after else, try and finally, whose
 * error spans the token found instead ("expected '('" under `:` in `def f:`, under `if` in `else if`).
 */
function _forcedToken(info: SourceInfo, node: SyntaxNode): PySyntaxError | undefined {
  const prev = node.prevSibling;
  const parent = node.parent;
  const expected = parent?.name === 'FunctionDefinition' && prev?.name === 'VariableName' && prev.prevSibling?.name === 'def' ? '('
    : prev && (prev.name === 'else' || prev.name === 'try' || prev.name === 'finally') && parent?.name.endsWith('Statement') ? ':' : undefined;
  if (!prev || !expected) return undefined;
  const token = tokenAt(info.source, prev.to);
  if (token.kind === 'newline' || token.kind === 'end') return _atNewline(info, `expected '${expected}'`, prev.to);
  return syntaxErrorOver(info, `expected '${expected}'`, token.from, token.to, { stoppedAt: token.from });
}

/** invalid_expression's `a if b` with no else: the span from a to b. */
function _missingElse(info: SourceInfo, node: SyntaxNode): PySyntaxError | undefined {
  const parent = node.parent;
  let condition = node.prevSibling;
  while (condition?.name === 'Comment') condition = condition.prevSibling;
  if (parent?.name !== 'ConditionalExpression' || !condition || condition.prevSibling?.name !== 'if' || parent.getChild('else')) return undefined;
  return _spanError(info, "expected 'else' after 'if' expression", parent.from, condition.to, node.from, { readTo: condition.to });
}

const _plainParameters = lazyRegExp(() => /^\s*(?:[\p{XID_Start}_]\p{XID_Continue}*\s*,\s*)*$/u);

/**
 * invalid_parameters and invalid_lambda_parameters: Python 2's tuple parameters, `def f((a, b)):`,
 * `lambda (k, v): v` — names in parentheses after plain names only, the span over the parentheses.
 */
function _parenthesizedParameters(info: SourceInfo, node: SyntaxNode): PySyntaxError | undefined {
  const open = tokenAt(info.source, node.from);
  const owner = node.parent;
  // A lambda's parameters are its ParamList (no parenthesis) once it has one, else the lambda.
  const lambda = owner?.name === 'LambdaExpression' || owner?.parent?.name === 'LambdaExpression';
  if (open.text !== '(' || !owner || (owner.name !== 'ParamList' && !lambda)) return undefined;
  const kind = lambda ? 'Lambda expression' : 'Function';
  const first = owner.name === 'LambdaExpression' ? owner.from + 'lambda'.length : lambda ? owner.from : owner.from + 1;
  if (!_plainParameters().test(info.source.slice(first, open.from))) return undefined;
  let t = tokenAt(info.source, open.to);
  let names = 0;
  while (t.kind === 'name') {
    names++;
    t = tokenAt(info.source, t.to);
    if (t.text !== ',') break;
    t = tokenAt(info.source, t.to);
  }
  if (names === 0 || t.text !== ')') return undefined;
  return _spanError(info, `${kind} parameters cannot be parenthesized`, open.from, t.to, open.from);
}

/**
 * invalid_kvpair and invalid_double_starred_kvpairs: a dict's key without its `:` (`{1: 2, 3}`,
 * the caret at the key's last character) or a `:` without its value (`{1: }`, at the colon).
 */
function _dictionaryError(info: SourceInfo, node: SyntaxNode): PySyntaxError | undefined {
  // The dict's element the error is in (Lezer may have mended it: `k 'v'` as a BinaryExpression).
  let element: SyntaxNode = node;
  while (element.parent && !/^Dictionary(Comprehension)?Expression$/.test(element.parent.name)) {
    element = element.parent;
    if (_CONTAINERS.has(element.name)) return undefined; // inside brackets of its own: `{1: 2, [a b]}`
  }
  const dict = element.parent;
  const prev = element === node ? node.prevSibling : element;
  if (!dict || !prev) return undefined;
  if (element === node && prev.name === ':' && /^[}\],]$/.test(tokenAt(info.source, node.from).text)) {
    return syntaxErrorOver(info, "expression expected after dictionary key and ':'", prev.from, prev.to);
  }
  if (dict.name !== 'DictionaryExpression' || prev.prevSibling?.name !== ',' || /^[,:]$/.test(prev.name)) return undefined;
  const key = element === node ? prev.to : expressionEnd(info.source, element.from);
  if (key === undefined || tokenAt(info.source, key).text === ':') return undefined;
  return syntaxErrorOver(info, "':' expected after dictionary key", key - 1, key);
}

/** A Lezer error node as CPython's message. */
function _fromErrorNode(info: SourceInfo, tree: Tree, node: SyntaxNode): PySyntaxError {
  const parent = node.parent;
  const { line, col } = positionOf(info, node.from);
  const lineText = info.lines[line - 1] ?? '';
  const forced = _forcedToken(info, node);
  if (forced) return forced;
  // A header without its colon: Lezer stops at the newline (or at the first token after it).
  if (parent && _HEADERS.has(parent.name) && !parent.getChild('Body')?.firstChild?.type.is(':')) {
    const before = info.source.slice(0, node.from).replace(/[ \t]*(#[^\n]*)?$/, '');
    const rest = info.source.slice(node.from).split('\n')[0] ?? '';
    if (node.from === node.to && rest.trim() === '' || info.source[node.from] === '\n') return _atNewline(info, "expected ':'", before.length);
  }
  const fstring = _fstringError(info, node) ?? _missingElse(info, node) ?? _parenthesizedParameters(info, node) ?? _dictionaryError(info, node);
  if (fstring) return fstring;
  const token = tokenAt(info.source, node.from);
  const starred = _starredGenerator(info, node, token);
  if (starred) return starred;
  const hint = token.text === '=' ? _assignmentHint(info, node, token) : _legacyCall(info, tree, token) ?? _missingComma(info, tree, token);
  if (hint) return hint;
  const atEnd = token.kind === 'newline' || token.kind === 'end' || col >= lineText.trimEnd().length;
  const e = atEnd
    ? _atNewline(info, 'invalid syntax', info.source.slice(0, node.from).replace(/[ \t\f]*(#[^\n]*)?$/, '').length)
    : syntaxErrorOver(info, 'invalid syntax', token.from, token.to);
  e.stoppedAt = token.from;
  return e;
}

/**
 * A call's starred argument followed by `for` (`f(*x for x in y)`, `f(1, *x for x in y)`), where
 * Lezer stops at the `for`. CPython: invalid_comprehension's "iterable unpacking cannot be used
 * in comprehension" over `*x` when it is the only positional argument, else
 * _PyPegen_nonparen_genexp_in_call's "Generator expression must be parenthesized", from `*x` to
 * the end of the comprehension's clauses.
 */
function _starredGenerator(info: SourceInfo, node: SyntaxNode, token: Token): PySyntaxError | undefined {
  if (token.text !== 'for' || node.parent?.name !== 'ArgList') return undefined;
  const before: SyntaxNode[] = [];
  for (let c = node.parent.firstChild?.nextSibling ?? null; c && c.from < node.from; c = c.nextSibling) before.push(c);
  const items: SyntaxNode[][] = [[]];
  for (const c of before) {
    if (c.name === ',') items.push([]);
    else items[items.length - 1]!.push(c);
  }
  const last = items[items.length - 1]!;
  if (last[0]?.name !== '*' || last.length !== 2) return undefined;
  // After a keyword argument neither rule applies: invalid syntax at the `for`.
  if (items.some((item) => item[0]?.name === '**' || item.some((c) => c.name === 'AssignOp'))) return undefined;
  if (items.length <= 1) return syntaxErrorOver(info, 'iterable unpacking cannot be used in comprehension', last[0].from, last[1]!.to);
  // The clauses run to the call's next top-level comma or its closing parenthesis.
  const src = info.source;
  let depth = 0;
  let end = token.from;
  for (let i = token.from; i < src.length; i++) {
    const ch = src[i]!;
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) {
      if (depth === 0) break;
      depth--;
    } else if (ch === ',' && depth === 0) break;
    if (ch.trim() !== '') end = i + 1;
  }
  return syntaxErrorOver(info, 'Generator expression must be parenthesized', last[0].from, end);
}

interface _Grammar {
  readonly parser: LRParser;
  /** The same parser with lookup tables for its hottest scans (lezer-tables.ts). */
  readonly fast: FastParser | undefined;
  readonly errorTypes: ReadonlySet<number>;
  readonly printType: number;
}

let _grammarLoaded: _Grammar | undefined;

/**
 * Lezer's Python parser, loaded by the first parse: loading it deserializes its tables
 * (LRParser.deserialize, 10-20 ms of CPU), which a program whose translation is cached never
 * needs. In the bundle esbuild turns the require() into the bundled package's init; under vitest
 * or tsx (ES modules, no require) node loads the package's CommonJS build, so no value of
 * @lezer/common's ES build may meet a tree from here (hence no `instanceof Tree` below).
 */
function _grammar(): _Grammar {
  if (_grammarLoaded) return _grammarLoaded;
  const { parser } = (typeof require === 'function' ? require('@lezer/python') : createRequire(import.meta.url)('@lezer/python')) as typeof import('@lezer/python');
  const types = parser.nodeSet.types;
  return (_grammarLoaded = {
    parser,
    fast: fastLezerParser(parser),
    errorTypes: new Set(types.filter((t) => t.isError).map((t) => t.id)),
    printType: types.find((t) => t.name === 'PrintStatement')!.id,
  });
}

/**
 * Whether the tree holds an error node or a Python 2 print statement, read from Lezer's packed
 * node buffers (type id every 4th entry). A correct program, the usual case, then skips the walk
 * over every node that finds the first of them: in a fresh process, before V8 has optimised the
 * tree cursor, that walk cost several milliseconds of a 300-line program.
 */
function _hasErrorOrPrint(tree: Tree, g: _Grammar): boolean {
  if (g.errorTypes.has(tree.type.id) || tree.type.id === g.printType) return true;
  for (const child of tree.children) {
    if (!('buffer' in child)) {
      if (_hasErrorOrPrint(child, g)) return true;
      continue;
    }
    const buffer = child.buffer;
    for (let i = 0; i < buffer.length; i += 4) {
      const type = buffer[i]!;
      if (g.errorTypes.has(type) || type === g.printType) return true;
    }
  }
  return false;
}

/**
 * Parses `source` into the tree check.ts and emit.ts read, or throws CPython's SyntaxError /
 * IndentationError. A correct program is read by descent.ts; anything it does not know, and every
 * error, by Lezer.
 */
export function parse(source: string, filename: string): { top: PyNode; info: SourceInfo } {
  const info: SourceInfo = { filename, source, lines: source.split('\n') };
  // descent.ts knows no program the line scan would find a tokenizer error in (but for a
  // continuation at the end of the source, which it takes as the end of the line).
  const top = /\\\r?\n?$/.test(source) ? undefined : parseCorrect(source);
  if (top) return { top, info };
  const scanned = _scan(info);
  if (scanned.error) throw scanned.error;
  try {
    return { top: asFirstLezerParse(() => syntaxOf(_lezerParse(info, scanned))), info };
  } catch (e) {
    const relaxed = e instanceof PySyntaxError ? _relaxedParse(info) : undefined;
    if (relaxed instanceof PySyntaxError) throw relaxed;
    if (relaxed) return { top: relaxed, info };
    throw e;
  }
}

/**
 * A program Lezer refused that is valid Python of the kinds relaxed.ts rewrites (`match a, b:`,
 * `case 1, *rest:`, `case "a" "b":`, `@buttons[0].connect`): its tree, with the program's offsets.
 * Undefined when the rewritten source fails too: the first parse's error stands.
 */
function _relaxedParse(info: SourceInfo): PyNode | PySyntaxError | undefined {
  const relaxation = relax(info.source);
  if (!relaxation) return undefined;
  const rewritten: SourceInfo = { filename: info.filename, source: relaxation.source, lines: relaxation.source.split('\n') };
  // The rewritten program's own error, on a line the rewrite left as it was: the program's real error.
  const untouched = (e: unknown): PySyntaxError | undefined => (e instanceof PySyntaxError && rewritten.lines[e.lineno - 1] === info.lines[e.lineno - 1] ? e : undefined);
  const scanned = _scan(rewritten);
  if (scanned.error) return untouched(scanned.error);
  let top: PyNode;
  try {
    top = syntaxOf(_lezerParse(rewritten, scanned));
  } catch (e) {
    return untouched(e);
  }
  return restore(top, relaxation, info.source, (text) => {
    try {
      const statement = parse(text, info.filename).top.children[0];
      return statement?.name === 'ExpressionStatement' && statement.children.length === 1 ? statement.children[0] : undefined;
    } catch {
      return undefined;
    }
  });
}

/** Lezer's tree of `source` (the reference descent.ts is tested against), or the same errors as parse(). */
export function parseTree(source: string, filename: string): { tree: Tree; info: SourceInfo } {
  const info: SourceInfo = { filename, source, lines: source.split('\n') };
  const scanned = _scan(info);
  if (scanned.error) throw scanned.error;
  return { tree: _lezerParse(info, scanned), info };
}

function _lezerParse(info: SourceInfo, scanned: _Scanned): Tree {
  const source = info.source;
  const grammar = _grammar();
  // The rewrites keep every offset: `yield` → `\u00ffield` where Lezer needs a bare one, `5.` → `50`, print as a name, continuation lines.
  const tree = (grammar.fast ?? grammar.parser).parse(_forLezer(_trailingDotFloats(_bareYields(source)), scanned.continued));
  const unclosed = scanned.unclosed;
  if (unclosed) {
    // Pegen's _PyPegen_tokenize_full_source_to_check_for_errors: the parser's error stands when it
    // is on the bracket's own line (`def f(:`), the unclosed bracket when the parser ran on past it.
    // An expression the parser was reading when it failed that runs on to the end of the source
    // took pegen there too, and so did a missing comma's second pass when more lines follow.
    const parserError = _hasErrorOrPrint(tree, grammar) ? _parserError(tree, info) : undefined;
    const stopped = parserError?.stoppedAt ?? 0;
    const comma = parserError?.comma === true;
    // A hint's second pass read an expression and the token after it, pegen's last token: on a
    // later line than the bracket (or at the end), the bracket wins.
    const lookahead = parserError?.readTo !== undefined ? nextToken(source, parserError.readTo) : undefined;
    const readPast = lookahead !== undefined && (lookahead.kind === 'end' || positionOf(info, lookahead.from).line > unclosed.line);
    const readOn = parserError?.readToEnd === true || readPast
      || (startsExpression(tokenAt(source, stopped)) && !comma && (expressionEnd(source, stopped) ?? 0) >= source.trimEnd().length);
    if (parserError && parserError.lineno <= unclosed.line && !parserError.atEnd && !readOn) throw parserError;
    throw syntaxErrorAt(info, `'${unclosed.ch}' was never closed`, unclosed.line, unclosed.col, { atEndOfSource: true });
  }
  if (!_hasErrorOrPrint(tree, grammar) || _onlyEmptyPatterns(tree, source)) return tree;
  const error = _parserError(tree, info);
  throw _wideDecorator(info, error) ?? error;
}

/**
 * Lezer's grammar has no empty pattern: `case []:`, `case ():`, `case {}:` and `case str():` parse
 * with an error node where the missing item would be (an empty LiteralPattern's, or the mapping's
 * `}`). Such a tree, with no other error, is the program's: emit.ts reads those patterns as empty.
 */
function _onlyEmptyPatterns(tree: Tree, source: string): boolean {
  let errors = 0;
  let empty = 0;
  tree.iterate({
    enter(n) {
      if (!n.type.isError) return;
      errors++;
      const parent = n.node.parent;
      const holder = parent?.name === 'LiteralPattern' && parent.from === parent.to ? parent.parent : parent;
      const text = (x: { from: number; to: number }): string => source.slice(x.from, x.to);
      const emptyBrackets = holder && ['SequencePattern', 'PatternArgList', 'MappingPattern'].includes(holder.name) && /^[[({]\s*[\])}]$/.test(text(holder));
      if (emptyBrackets && (n.from === n.to || /^[\])}]$/.test(text(n)))) empty++;
      return false;
    },
  });
  return errors > 0 && errors === empty;
}

/**
 * Lezer's decorator is a dotted name with one call; Python 3.9 takes any expression (PEP 614,
 * `@handlers[0]`). Lezer's error on such a line, before a def or class, is a refusal, not
 * CPython's "invalid syntax": when the line's expression has its brackets balanced and no space
 * between two of its parts.
 */
function _wideDecorator(info: SourceInfo, error: PySyntaxError): PySyntaxError | undefined {
  const line = error.lineno;
  const text = info.lines[line - 1] ?? '';
  const m = /^([ \t]*)@([^#]*?)[ \t]*(?:#.*)?\r?$/.exec(text);
  if (!m || m[2] === '') return undefined;
  let depth = 0;
  for (const c of m[2]!.replace(/'[^']*'|"[^"]*"/g, "''")) {
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth < 0) return undefined;
    else if (depth === 0 && /\s/.test(c)) return undefined;
  }
  if (depth !== 0) return undefined;
  const next = info.lines.slice(line).find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (!next || !/^\s*(?:@|def\s|class\s|async\s+def\s)/.test(next)) return undefined;
  const at = info.lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + m[1]!.length;
  return syntaxErrorOver(info, t('python.refused', { construct: 'A decorator that is not a dotted name with one call (PEP 614)' }), at, at + 1);
}

/**
 * @lezer/python's grammar has no bare `yield` (`x = yield`, `(yield)`, a `yield` alone on its
 * line): the source Lezer reads has each one spelt `ÿield`, a name of the same length, so every
 * position stays the source's; check.ts and emit.ts, which read the source itself, then see the
 * name `yield` (a keyword, never a real name) and take it as the bare yield it is. A `yield`
 * inside a string or a comment changed alike changes nothing: the passes read the literal from
 * the source.
 */
/**
 * `5.` and `5.e3` are floats to CPython's tokenizer; Lezer's Number wants a digit after the dot.
 * The dot becomes a digit for Lezer only (the same length): the Number node's text is still read
 * from the source, `5.`, a float. (In a string or comment the change is harmless: the tree's
 * texts all come from the source.)
 */
function _trailingDotFloats(source: string): string {
  if (!source.includes('.')) return source;
  return source.replace(/(?<![\w.])(\d[\d_]*)\.(?!\d)/g, '$10');
}

function _bareYields(source: string): string {
  if (!source.includes('yield')) return source;
  return source.replace(/\byield(?=[ \t]*(?:[)\]};,\r\n#]|$))/g, '\u00ffield');
}

/** The parser's error in a tree that has an error node or a print statement. */
function _parserError(tree: Tree, info: SourceInfo): PySyntaxError {
  let firstError: SyntaxNode | undefined;
  let print: SyntaxNode | undefined;
  tree.iterate({
    enter(n) {
      if (n.name === 'PrintStatement' && !print) print = n.node;
      if (n.type.isError && !firstError) firstError = n.node;
      return !firstError;
    },
  });
  // invalid_legacy_expression needs an expression after `print` (print `x` is invalid syntax at the backtick).
  const printed = print && tokenAt(info.source, print.from + 'print'.length);
  if (print && printed && (!firstError || (print.from <= firstError.from && startsExpression(printed)))) {
    return syntaxErrorOver(info, _legacyMessage('print'), print.from, _starExpressionsEnd(info.source, printed));
  }
  const e = _fromErrorNode(info, tree, firstError!);
  // An error at the end of the source: the parser ran out of tokens (an unclosed bracket's case).
  if (firstError!.from >= info.source.trimEnd().length) e.atEnd = true;
  return e;
}
