// The translator's first pass: Python source → a Lezer tree, or CPython's SyntaxError. What
// CPython's tokenizer reports (indentation, unterminated strings, unclosed brackets) is found by
// a line scan in the tokenizer's own order; what its parser reports comes from Lezer's error
// nodes, worded as CPython 3.11 words the common cases (checked against python3).
import { createRequire } from 'node:module';
import type { SyntaxNode, Tree } from '@lezer/common';
import type { LRParser } from '@lezer/lr';
import { fastLezerParser, type FastParser } from './lezer-tables.ts';
import { PySyntaxError } from './runtime/exceptions.ts';

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

function _error(info: SourceInfo, message: string, line: number, col: number, kind: 'SyntaxError' | 'IndentationError' = 'SyntaxError', caretLength = 1): PySyntaxError {
  const text = info.lines[line - 1] ?? '';
  const e = new PySyntaxError(message, info.filename, line, col + 1, text, kind);
  Object.defineProperty(e, 'caretLength', { value: caretLength });
  return e;
}

interface LogicalLine {
  line: number;
  indent: number;
  first: string;
  endsWithColon: boolean;
}

/** CPython's tokenizer errors: strings, brackets and indentation, in source order. */
function _scan(info: SourceInfo): PySyntaxError | undefined {
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
      while (src[j] === ' ' || src[j] === '\t') {
        indent = src[j] === '\t' ? (indent + 8) & ~7 : indent + 1;
        j++;
      }
      if (src[j] !== '\n' && src[j] !== '#' && src[j] !== '\r' && j < src.length) {
        finish();
        const word = /^[A-Za-z_]+/.exec(src.slice(j, j + 12))?.[0] ?? '';
        current = { line, indent, first: word, endsWithColon: false };
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
        return triple
          ? _error(info, `unterminated triple-quoted string literal (detected at line ${line})`, startLine, startCol)
          : _error(info, `unterminated string literal (detected at line ${startLine})`, startLine, startCol);
      }
      col += j - i + 1;
      i = j;
      lastSignificant = c;
      continue;
    }
    if ('([{'.includes(c)) brackets.push({ ch: c, line, col });
    else if (')]}'.includes(c)) {
      const open = brackets.pop();
      const want = open ? ({ '(': ')', '[': ']', '{': '}' } as Record<string, string>)[open.ch] : undefined;
      if (!open) return _error(info, `unmatched '${c}'`, line, col);
      if (want !== c) {
        return _error(info, open.line === line
          ? `closing parenthesis '${c}' does not match opening parenthesis '${open.ch}'`
          : `closing parenthesis '${c}' does not match opening parenthesis '${open.ch}' on line ${open.line}`, line, col);
      }
    }
    if (c !== ' ' && c !== '\t' && c !== '\r') lastSignificant = c;
    col++;
  }
  finish();
  if (brackets.length > 0) {
    const open = brackets[0]!;
    return _error(info, `'${open.ch}' was never closed`, open.line, open.col);
  }
  // Indentation, as tokenizer.c's indent stack.
  const stack = [0];
  for (let k = 0; k < logical.length; k++) {
    const l = logical[k]!;
    const prev = logical[k - 1];
    const top = stack[stack.length - 1]!;
    if (prev?.endsWithColon && _BLOCK_KEYWORDS.includes(prev.first)) {
      if (l.indent <= top) {
        return _error(info, `expected an indented block after ${_STATEMENT_NAMES[prev.first]} on line ${prev.line}`, l.line, l.indent, 'IndentationError');
      }
      stack.push(l.indent);
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
    while (l.indent < stack[stack.length - 1]!) stack.pop();
    if (l.indent !== stack[stack.length - 1]) {
      return _error(info, 'unindent does not match any outer indentation level', l.line, l.indent, 'IndentationError');
    }
  }
  const last = logical[logical.length - 1];
  if (last?.endsWithColon && _BLOCK_KEYWORDS.includes(last.first)) {
    return _error(info, `expected an indented block after ${_STATEMENT_NAMES[last.first]} on line ${last.line}`, info.lines.length + 1, 0, 'IndentationError');
  }
  return undefined;
}

function _position(info: SourceInfo, pos: number): { line: number; col: number } {
  const before = info.source.slice(0, pos);
  const line = before.split('\n').length;
  return { line, col: pos - (before.lastIndexOf('\n') + 1) };
}

const _HEADERS = new Set(['IfStatement', 'WhileStatement', 'ForStatement', 'FunctionDefinition', 'ClassDefinition', 'TryStatement', 'WithStatement']);

/** A Lezer error node as CPython's message. */
function _fromErrorNode(info: SourceInfo, node: SyntaxNode): PySyntaxError {
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
  const word = /^[A-Za-z_][\w]*/.exec(lineText.slice(col))?.[0];
  if (parent?.name === 'ArgList' || parent?.parent?.name === 'ArgList') {
    void 0;
  }
  const atEnd = col >= lineText.trimEnd().length;
  return _error(info, 'invalid syntax', line, atEnd ? lineText.trimEnd().length : col, 'SyntaxError', word?.length ?? 1);
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

/** Parses `source`, or throws CPython's SyntaxError / IndentationError. */
export function parse(source: string, filename: string): { tree: Tree; info: SourceInfo } {
  const info: SourceInfo = { filename, source, lines: source.split('\n') };
  const scanned = _scan(info);
  if (scanned) throw scanned;
  const grammar = _grammar();
  const tree = (grammar.fast ?? grammar.parser).parse(source);
  if (!_hasErrorOrPrint(tree, grammar)) return { tree, info };
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
    throw _error(info, "Missing parentheses in call to 'print'. Did you mean print(...)?", line, col, 'SyntaxError', text.trimEnd().length - col);
  }
  if (firstError) throw _fromErrorNode(info, firstError);
  return { tree, info };
}
