// The translator's first pass: Python source → the tree of syntax.ts, or CPython's SyntaxError.
// A correct program is read by descent.ts, a hand-written parser that builds the tree Lezer's
// parse gives; anything it does not know goes the way every program went before it: what
// CPython's tokenizer reports (indentation, unterminated strings, unclosed brackets) is found by
// a line scan in the tokenizer's own order; what its parser reports comes from Lezer's error
// nodes, worded as CPython 3.11 words the common cases (checked against python3).
import { createRequire } from 'node:module';
import type { SyntaxNode, Tree } from '@lezer/common';
import type { LRParser } from '@lezer/lr';
import { parseCorrect } from './descent.ts';
import { fastLezerParser, type FastParser } from './lezer-tables.ts';
import { PySyntaxError } from './runtime/exceptions.ts';
import { syntaxOf, type PyNode } from './syntax.ts';
import { expressionEnd, startsExpression, tokenAt, type Token } from './tokens.ts';

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

function _error(info: SourceInfo, message: string, line: number, col: number, kind: PySyntaxError['kind'] = 'SyntaxError', caretLength = 1): PySyntaxError {
  const text = info.lines[line - 1] ?? '';
  const e = new PySyntaxError(message, info.filename, line, col + 1, text, kind);
  Object.defineProperty(e, 'caretLength', { value: caretLength });
  return e;
}

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
  const e = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(c)
    ? _error(info, `invalid non-printable character U+${code}`, line, col)
    : _error(info, `invalid character '${c}' (U+${code})`, line, col);
  Object.defineProperty(e, 'singleCaret', { value: true });
  return e;
}

/** Whether a digit after `before` is inside a name or a number (not a number's start): ASCII without a Unicode regex. */
function _digitGoesOn(before: string | undefined): boolean {
  if (before === undefined) return false;
  if (before <= '\x7f') return /[\w.]/.test(before);
  return /\p{XID_Continue}/u.test(before);
}

const _NUMBER_FOLLOWERS = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

/** tokenizer.c's number errors: `0777`, `1x`, `80o` (the caret at the number's last digit). */
function _numberError(info: SourceInfo, src: string, i: number, line: number, col: number): PySyntaxError | undefined {
  if (/^0[xXoObB]/.test(src.slice(i, i + 2))) return undefined;
  const text = /^\d[\d_]*(\.[\d_]*)?([eE][+-]?\d[\d_]*)?[jJ]?/.exec(src.slice(i))![0];
  if (/^0[\d_]*$/.test(text) && /[1-9]/.test(text)) {
    return _error(info, 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', line, col);
  }
  const after = src.slice(i + text.length);
  if (!/^[\p{XID_Start}_]/u.test(after)) return undefined;
  // `5if x else 2`, `1or 2`: a keyword straight after a number is only deprecated in 3.11.
  if (_NUMBER_FOLLOWERS.some((k) => after.startsWith(k) && !/^[\p{XID_Continue}]/u.test(after.slice(k.length)))) return undefined;
  return _error(info, 'invalid decimal literal', line, col + text.length - 1);
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
      while (src[j] === ' ' || src[j] === '\t') {
        indent = src[j] === '\t' ? (indent + 8) & ~7 : indent + 1;
        altIndent++;
        j++;
      }
      if (src[j] !== '\n' && src[j] !== '#' && src[j] !== '\r' && j < src.length) {
        finish();
        const word = /^[A-Za-z_]+/.exec(src.slice(j, j + 12))?.[0] ?? '';
        current = { line, indent, altIndent, first: word, endsWithColon: false };
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
            ? _error(info, `unterminated triple-quoted string literal (detected at line ${_lastLine(info)})`, startLine, startCol)
            : _error(info, `unterminated string literal (detected at line ${startLine})`, startLine, startCol),
        };
      }
      // A bytes literal holds ASCII only (the parser's check, when the string is made).
      const prefix = src.slice(i - (col - startCol), i);
      if (/[bB]/.test(prefix) && /[^\x00-\x7f]/.test(src.slice(i, j + 1))) {
        return { error: _error(info, 'bytes can only contain ASCII literal characters', startLine, startCol, 'SyntaxError', j + 1 - (i - prefix.length)) };
      }
      col += j - i + 1;
      i = j;
      lastSignificant = c;
      continue;
    }
    if (c >= '0' && c <= '9' && !_digitGoesOn(src[i - 1])) {
      const error = _numberError(info, src, i, line, col);
      if (error) return { error };
    }
    if ('([{'.includes(c)) brackets.push({ ch: c, line, col });
    else if (')]}'.includes(c)) {
      const open = brackets.pop();
      const want = open ? ({ '(': ')', '[': ']', '{': '}' } as Record<string, string>)[open.ch] : undefined;
      if (!open) return { error: _error(info, `unmatched '${c}'`, line, col) };
      if (want !== c) {
        return {
          error: _error(info, open.line === line
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
  if (brackets.length > 0) return { unclosed: brackets[brackets.length - 1]! };
  const error = _indentation(info, logical);
  return error ? { error } : {};
}

/** Indentation, as tokenizer.c's indent stack (and the parser's "expected an indented block"). */
function _indentation(info: SourceInfo, logical: LogicalLine[]): PySyntaxError | undefined {
  const stack = [0];
  const altStack = [0];
  const tabError = (l: LogicalLine) => _error(info, 'inconsistent use of tabs and spaces in indentation', l.line, l.indent, 'TabError', 0);
  for (let k = 0; k < logical.length; k++) {
    const l = logical[k]!;
    const prev = logical[k - 1];
    const top = stack[stack.length - 1]!;
    const altTop = altStack[altStack.length - 1]!;
    // The tokenizer meets a tab/space mix before the parser sees the INDENT or DEDENT.
    if (l.indent === top ? l.altIndent !== altTop : l.indent > top && l.altIndent <= altTop) return tabError(l);
    if (prev?.endsWithColon && _BLOCK_KEYWORDS.includes(prev.first)) {
      if (l.indent <= top) {
        return _error(info, `expected an indented block after ${_STATEMENT_NAMES[prev.first]} on line ${prev.line}`, l.line, l.indent, 'IndentationError');
      }
      stack.push(l.indent);
      altStack.push(l.altIndent);
      continue;
    }
    if (l.indent > top) {
      // A block header without its colon: the parser would have stopped at the header first.
      if (prev && _BLOCK_KEYWORDS.includes(prev.first)) {
        const text = (info.lines[prev.line - 1] ?? '').replace(/\s*(#.*)?$/, '');
        return _error(info, "expected ':'", prev.line, text.length);
      }
      return _error(info, 'unexpected indent', l.line, l.indent, 'IndentationError', 0);
    }
    while (l.indent < stack[stack.length - 1]!) {
      stack.pop();
      altStack.pop();
    }
    if (l.indent !== stack[stack.length - 1]) {
      // tokenizer.c reports the dedent at the end of the line.
      const text = (info.lines[l.line - 1] ?? '').replace(/\r$/, '');
      return _error(info, 'unindent does not match any outer indentation level', l.line, text.length, 'IndentationError');
    }
    if (l.altIndent !== altStack[altStack.length - 1]) return tabError(l);
  }
  const last = logical[logical.length - 1];
  if (last?.endsWithColon && _BLOCK_KEYWORDS.includes(last.first)) {
    // At the end of the source CPython names its last line; `atEndOfSource` tells the REPL's
    // codeop that more input could still bring the block.
    const e = _error(info, `expected an indented block after ${_STATEMENT_NAMES[last.first]} on line ${last.line}`, _lastLine(info), 0, 'IndentationError', 0);
    Object.defineProperty(e, 'atEndOfSource', { value: true });
    return e;
  }
  return undefined;
}

function _position(info: SourceInfo, pos: number): { line: number; col: number } {
  const before = info.source.slice(0, pos);
  const line = before.split('\n').length;
  return { line, col: pos - (before.lastIndexOf('\n') + 1) };
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

/** _PyPegen_get_expr_name for the targets a condition's `=` meets. */
function _targetName(info: SourceInfo, node: SyntaxNode): string {
  switch (node.name) {
    case 'MemberExpression': return info.source[node.to - 1] === ']' ? 'subscript' : 'attribute';
    case 'CallExpression': return 'function call';
    case 'Number': case 'String': case 'ContinuedString': return 'literal';
    case 'FormatString': return 'f-string expression';
    default: return 'expression';
  }
}

/** A SyntaxError over `from`..`to` (on the first line), remembering where the parser stopped. */
function _spanError(info: SourceInfo, message: string, from: number, to: number, stopped: number): PySyntaxError {
  const { line, col } = _position(info, from);
  const text = info.lines[line - 1] ?? '';
  const e = _error(info, message, line, col, 'SyntaxError', Math.max(1, Math.min(to - from, text.length - col)));
  Object.defineProperty(e, 'stoppedAt', { value: stopped });
  // Pegen read on to the end of the source when the expression did (an unclosed bracket in it).
  Object.defineProperty(e, 'readToEnd', { value: to >= info.source.trimEnd().length });
  return e;
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
  const op = target.name === 'BinaryExpression' || target.name === 'UnaryExpression' ? target.getChildren('CompareOp').length > 0 || /\b(and|or|not|in|is)\b/.test(info.source.slice(target.from, target.to).replace(/(['"]).*?\1/g, '')) : false;
  if (op || target.name === 'LambdaExpression' || target.name === 'ConditionalExpression') return undefined;
  const valueEnd = expressionEnd(info.source, equals.to, false);
  if (valueEnd === undefined) return undefined;
  const after = tokenAt(info.source, valueEnd).text;
  if (after === '=' || after === ':=') return undefined;
  if (target.name === 'VariableName') {
    return _spanError(info, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", target.from, valueEnd, equals.from);
  }
  if (['TupleExpression', 'ArrayExpression', 'ComprehensionExpression', 'Boolean', 'None'].includes(target.name)) return undefined;
  return _spanError(info, `cannot assign to ${_targetName(info, target)} here. Maybe you meant '==' instead of '='?`, target.from, target.to, equals.from);
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
  if (!a || a.type.isError || /^[([{,:=]$|Op$|^(not|and|or|in|is|lambda|if|else|for|await)$/.test(a.name)) return undefined;
  if (/^[)\]}]$/.test(a.name) && a.parent) a = a.parent;
  while (a.parent && !_CONTAINERS.has(a.parent.name) && !_STATEMENT.test(a.parent.name) && a.parent.from < token.from) a = a.parent;
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
  return _spanError(info, 'invalid syntax. Perhaps you forgot a comma?', from, end, token.from);
}

/**
 * An error inside an f-string's braces: 3.11 compiles the braces' text on its own and names the
 * problem, the caret just after the f-string (where its parser gave up).
 */
function _fstringError(info: SourceInfo, node: SyntaxNode): PySyntaxError | undefined {
  let replacement: SyntaxNode | null = node.parent;
  while (replacement && replacement.name !== 'FormatReplacement') replacement = replacement.parent;
  const fstring = replacement?.parent;
  if (!replacement || fstring?.name !== 'FormatString') return undefined;
  const inner = info.source.slice(replacement.from + 1, node.from).trim();
  const next = info.source[node.from];
  const message = inner === '' ? 'f-string: empty expression not allowed'
    : next === '!' ? "f-string: invalid conversion character: expected 's', 'r', or 'a'"
    : "f-string: expecting '}'";
  const { line, col } = _position(info, fstring.to);
  return _error(info, message, line, col);
}

/** A Lezer error node as CPython's message. */
function _fromErrorNode(info: SourceInfo, tree: Tree, node: SyntaxNode): PySyntaxError {
  const parent = node.parent;
  const { line, col } = _position(info, node.from);
  const lineText = info.lines[line - 1] ?? '';
  // A header without its colon: Lezer stops at the newline (or at the first token after it).
  if (parent && _HEADERS.has(parent.name) && !parent.getChild('Body')?.firstChild?.type.is(':')) {
    const before = info.source.slice(0, node.from).replace(/[ \t]*(#[^\n]*)?$/, '');
    const at = _position(info, before.length);
    const rest = info.source.slice(node.from).split('\n')[0] ?? '';
    if (node.from === node.to && rest.trim() === '' || info.source[node.from] === '\n') {
      return _error(info, "expected ':'", at.line, at.col);
    }
  }
  const fstring = _fstringError(info, node);
  if (fstring) return fstring;
  const token = tokenAt(info.source, node.from);
  const hint = token.text === '=' ? _assignmentHint(info, node, token) : _missingComma(info, tree, token);
  if (hint) return hint;
  const atEnd = token.kind === 'newline' || token.kind === 'end' || col >= lineText.trimEnd().length;
  const at = _position(info, token.from);
  const e = atEnd
    ? _error(info, 'invalid syntax', line, lineText.trimEnd().length)
    : _error(info, 'invalid syntax', at.line, at.col, 'SyntaxError', Math.max(1, Math.min(token.to, info.source.indexOf('\n', token.from) >>> 0) - token.from));
  Object.defineProperty(e, 'stoppedAt', { value: token.from });
  return e;
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
  // descent.ts knows no program the line scan would find a tokenizer error in.
  const top = parseCorrect(source);
  if (top) return { top, info };
  const scanned = _scan(info);
  if (scanned.error) throw scanned.error;
  return { top: syntaxOf(_lezerParse(info, scanned)), info };
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
  const tree = (grammar.fast ?? grammar.parser).parse(source);
  const unclosed = scanned.unclosed;
  if (unclosed) {
    // Pegen's _PyPegen_tokenize_full_source_to_check_for_errors: the parser's error stands when it
    // is on the bracket's own line (`def f(:`), the unclosed bracket when the parser ran on past it.
    // An expression the parser was reading when it failed that runs on to the end of the source
    // took pegen there too, and so did a missing comma's second pass when more lines follow.
    const parserError = _hasErrorOrPrint(tree, grammar) ? _parserError(tree, info) : undefined;
    const facts = parserError as { atEnd?: boolean; readToEnd?: boolean; stoppedAt?: number } | undefined;
    const stopped = facts?.stoppedAt ?? 0;
    const comma = parserError?.message.endsWith('Perhaps you forgot a comma?') === true;
    const readOn = facts?.readToEnd === true || (comma && info.source.slice(info.source.indexOf('\n', stopped) >>> 0).trim() !== '')
      || (startsExpression(tokenAt(source, stopped)) && !comma && (expressionEnd(source, stopped) ?? 0) >= source.trimEnd().length);
    if (parserError && parserError.lineno <= unclosed.line && !facts?.atEnd && !readOn) throw parserError;
    throw _error(info, `'${unclosed.ch}' was never closed`, unclosed.line, unclosed.col);
  }
  if (!_hasErrorOrPrint(tree, grammar)) return tree;
  throw _parserError(tree, info);
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
  if (print && (!firstError || print.from <= firstError.from)) {
    const { line, col } = _position(info, print.from);
    const text = info.lines[line - 1] ?? '';
    return _error(info, "Missing parentheses in call to 'print'. Did you mean print(...)?", line, col, 'SyntaxError', text.trimEnd().length - col);
  }
  const e = _fromErrorNode(info, tree, firstError!);
  // An error at the end of the source: the parser ran out of tokens (an unclosed bracket's case).
  if (firstError!.from >= info.source.trimEnd().length) Object.defineProperty(e, 'atEnd', { value: true });
  return e;
}
