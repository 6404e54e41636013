// When a Python REPL input is complete: CPython's Lib/codeop.py, _maybe_compile, on socklab's
// parser. codeop compiles the source twice with PyCF_ALLOW_INCOMPLETE_INPUT and
// PyCF_DONT_IMPLY_DEDENT:
//   compile(source) succeeds                        → complete
//   else compile(source + "\n") succeeds            → incomplete (a compound statement's block
//                                                     goes on until an empty line)
//   else its error is "incomplete input"            → incomplete (an unclosed bracket or
//                                                     triple-quoted string, a trailing backslash,
//                                                     a header with no block yet)
//   else compile(source) without those flags         → its SyntaxError, at once
// _compile below is compile() in 'single' mode with those two flags, reproduced on the Lezer tree:
// the "incomplete input" cases are the errors the tokenizer meets at the end of the input, and
// without an implied DEDENT a compound statement is unfinished until its input ends with "\n".
import type { PyNode as SyntaxNode } from './syntax.ts';
import { parse } from './parse.ts';
import { PySyntaxError } from './runtime/exceptions.ts';

export type Completeness = 'complete' | 'incomplete';

const _COMPOUND = new Set([
  'IfStatement', 'WhileStatement', 'ForStatement', 'FunctionDefinition', 'ClassDefinition', 'TryStatement',
  'WithStatement', 'DecoratedStatement', 'MatchStatement',
]);

class _IncompleteInput extends Error {}

/**
 * CPython's codeop.compile_command(source, '<stdin>', 'single') without the code object:
 * 'complete', 'incomplete' (the REPL shows `... `), or throws the PySyntaxError to show.
 * `source` is the lines typed so far joined by "\n", as code.InteractiveConsole.push joins them
 * (an empty line typed last makes it end with "\n").
 */
export function compileCommand(source: string, filename = '<stdin>'): Completeness {
  // Only blank lines and comments: codeop compiles `pass` instead.
  if (source.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('#'))) return 'complete';
  try {
    _compile(source, filename, true, source);
    return 'complete';
  } catch (e) {
    if (!(e instanceof PySyntaxError) && !(e instanceof _IncompleteInput)) throw e;
    try {
      _compile(`${source}\n`, filename, true, source);
      return 'incomplete';
    } catch (e2) {
      if (e2 instanceof _IncompleteInput) return 'incomplete';
      if (!(e2 instanceof PySyntaxError)) throw e2;
    }
  }
  try {
    _compile(source, filename, false, source);
  } catch (e) {
    // The block expected after `while True:` and an empty line: CPython names the empty line.
    const lines = source.split('\n');
    if (e instanceof PySyntaxError && e.kind === 'IndentationError' && e.atEndOfSource) {
      throw new PySyntaxError(e.message, e.filename, lines.length, 1, lines[lines.length - 1] ?? '', e.kind);
    }
    throw e;
  }
  return 'complete'; // not reached: the compile above raised
}

/** compile(source, filename, 'single', flags): throws PySyntaxError, or _IncompleteInput when allowed. */
function _compile(source: string, filename: string, allowIncomplete: boolean, typed: string): void {
  if (allowIncomplete && /\\[ \t]*\n?$/.test(source)) throw new _IncompleteInput(); // the line goes on
  let statements: SyntaxNode[];
  try {
    statements = parse(source, filename).top.children;
  } catch (e) {
    if (allowIncomplete && e instanceof PySyntaxError && _atEndOfInput(e, source, typed)) throw new _IncompleteInput();
    throw e;
  }
  const last = statements[statements.length - 1];
  // PyCF_DONT_IMPLY_DEDENT: the block may go on while no empty line has ended it.
  if (allowIncomplete && last && _COMPOUND.has(last.name) && !source.endsWith('\n')) throw new _IncompleteInput();
  if (statements.length > 1) throw _secondStatement(source, filename, statements);
}

/** The tokenizer's errors at the end of the input, that PyCF_ALLOW_INCOMPLETE_INPUT turns into "incomplete input". */
function _atEndOfInput(e: PySyntaxError, source: string, typed: string): boolean {
  const lines = source.split('\n');
  // An unclosed bracket or triple-quoted string: the tokenizer met the end of the input.
  if (e.atEndOfSource && e.kind === 'SyntaxError') return true;
  // `if x:` and nothing yet: the indented block is expected past the last line. An empty line
  // typed after the header is the IndentationError at once, as python3 -i says (code.py's
  // InteractiveConsole would go on reading here; the interactive loop of python3 does not).
  if (/^expected an indented block/.test(e.message)) return e.atEndOfSource === true && !typed.endsWith('\n');
  // `@decorator` with its def still to come.
  const lastLine = lines.filter((l) => l.trim() !== '').pop() ?? '';
  return lastLine.trimStart().startsWith('@') && e.lineno >= lines.length;
}

/** 'single' mode compiles one statement: a second one is CPython's error on it. */
function _secondStatement(source: string, filename: string, statements: SyntaxNode[]): PySyntaxError {
  const second = statements[1]!;
  const before = source.slice(0, second.from);
  const lineno = before.split('\n').length;
  const text = source.split('\n')[lineno - 1] ?? '';
  const col = second.from - (before.lastIndexOf('\n') + 1);
  if (_COMPOUND.has(statements[0]!.name)) {
    // `for …:` block, then `print(1)` at column 0 with no empty line between: the caret under its first token.
    const token = /^[A-Za-z_][A-Za-z0-9_]*|^\S/.exec(text.slice(col))?.[0] ?? ' ';
    const e = new PySyntaxError('invalid syntax', filename, lineno, col + 1, text);
    e.caretLength = token.length;
    return e;
  }
  const first = source.split('\n')[0] ?? '';
  const e = new PySyntaxError('multiple statements found while compiling a single statement', filename, 1, first.length + 1, first);
  return e;
}
