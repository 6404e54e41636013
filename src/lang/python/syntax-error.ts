// Where a SyntaxError is: a source offset as CPython's line, column and caret span. One helper
// for every pass that reports one (parse.ts, misuse.ts, check.ts), so the caret's rule is one rule.
import type { SourceInfo } from './parse.ts';
import { PySyntaxError } from './runtime/exceptions.ts';

/** What an error carries besides its place: its kind and the facts runtime/exceptions.ts declares. */
export type SyntaxErrorFacts = Partial<Pick<PySyntaxError, 'kind' | 'caretLength' | 'singleCaret' | 'atEndOfSource' | 'stoppedAt' | 'atEnd' | 'readToEnd' | 'comma' | 'readTo'>>;

/** Source offset `pos` as its line (1-based) and column (0-based). */
export function positionOf(info: SourceInfo, pos: number): { line: number; col: number } {
  const before = info.source.slice(0, pos);
  return { line: before.split('\n').length, col: pos - (before.lastIndexOf('\n') + 1) };
}

/** CPython's SyntaxError at `line`, column `col` (0-based): one caret unless `facts` says otherwise. */
export function syntaxErrorAt(info: SourceInfo, message: string, line: number, col: number, facts: SyntaxErrorFacts = {}): PySyntaxError {
  const { kind = 'SyntaxError', ...rest } = facts;
  return Object.assign(new PySyntaxError(message, info.filename, line, col + 1, info.lines[line - 1] ?? '', kind), rest);
}

/** A SyntaxError over offsets `from`..`to`: the caret spans them, cut at the end of from's line (one mark at least). */
export function syntaxErrorOver(info: SourceInfo, message: string, from: number, to: number, facts: SyntaxErrorFacts = {}): PySyntaxError {
  const { line, col } = positionOf(info, from);
  const text = info.lines[line - 1] ?? '';
  return syntaxErrorAt(info, message, line, col, { caretLength: Math.max(1, Math.min(to - from, text.length - col)), ...facts });
}
