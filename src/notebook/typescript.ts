// The `socklab` kernel's language: TypeScript/JavaScript cells through the REPL's evaluator,
// so a cell reads exactly as a REPL line does (Python habits, TypeScript stripping, implicit
// await), its value shows as Python's repr, and an error as Python's traceback plus the REPL's
// one-line hint.
import { runInThisContext } from 'node:vm';
import { colors } from '../colors.ts';
import { t } from '../i18n/index.ts';
import { KeyboardInterrupt, repr, str } from '../socket/index.ts';
import { createEvaluator, type Evaluator, type Note, type Prepared } from '../lang/typescript/evaluate.ts';
import { formatUncaught } from '../lang/typescript/uncaught.ts';
import { hintFor, missingModuleText } from '../lang/hints.ts';
import type { CellError, CellIO, CellLanguage, CellRequest, CellResult, Completeness, Completion } from './language.ts';
import { attributeNames, completeWord, nameAt, resolveName } from './names.ts';

const _KEYWORDS = ['await', 'async', 'break', 'case', 'catch', 'class', 'const', 'continue', 'default', 'delete', 'do', 'else', 'export', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'let', 'new', 'null', 'return', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'undefined', 'var', 'void', 'while'];

/** One REPL entry of a cell: its text and the cell line it starts on. */
interface _Entry {
  code: string;
  line: number;
  prepared?: Prepared;
}

export class TypeScriptCells implements CellLanguage {
  readonly codeLanguage = 'typescript';
  readonly evaluator: Evaluator;
  readonly #io: CellIO;
  readonly #notesShown = new Set<Note>();

  constructor(io: CellIO) {
    this.#io = io;
    this.evaluator = createEvaluator({ write: io.write, readLine: io.readLine });
  }

  get space() {
    return this.evaluator.space;
  }

  /**
   * Runs the cell's entries in order, as the REPL runs pasted lines (so `[conn, addr] =
   * s.accept()` on its own line is a statement, not an index into the line above); stops at
   * the first error. The cell's value is the last entry's.
   */
  async run(code: string, request: CellRequest): Promise<CellResult> {
    let result: CellResult = { ok: true };
    for (const entry of await this.#entries(code)) {
      result = await this.#runEntry(entry, request);
      if (!result.ok) return result;
    }
    return result;
  }

  async #runEntry(entry: _Entry, request: CellRequest): Promise<CellResult> {
    const prepared = entry.prepared ?? (await this.evaluator.prepare(entry.code));
    this.#showNotes(prepared.notes);
    // breakOnSigint: the interrupt button stops a synchronous loop too (DESIGN §7).
    const runner = (js: string) => runInThisContext(js, { filename: `Cell In[${request.count}]`, displayErrors: false, breakOnSigint: true });
    const evaluation = await this.evaluator.run(prepared, runner, request.signal);
    if (!evaluation.ok) return { ok: false, ...this.#error(evaluation.error, entry, request.count) };
    if (evaluation.value === undefined) return { ok: true };
    return { ok: true, value: { 'text/plain': repr(evaluation.value) } };
  }

  /**
   * The cell cut into REPL entries: lines are added to an entry until it reads as complete,
   * as node's REPL reads a paste. A line starting with `.` or `?.` continues the one before
   * (a method chain), which a REPL would have refused anyway.
   */
  async #entries(code: string): Promise<_Entry[]> {
    const lines = code.split('\n');
    if (lines.length === 1) return [{ code, line: 1 }];
    const entries: _Entry[] = [];
    let start = 0;
    for (let i = 0; i < lines.length; i++) {
      const text = lines.slice(start, i + 1).join('\n');
      if (text.trim() === '') {
        start = i + 1;
        continue;
      }
      const next = lines.slice(i + 1).find((l) => l.trim() !== '');
      if (next !== undefined && /^\s*\??\./.test(next)) continue;
      const prepared = await this.evaluator.prepare(text);
      if (prepared.kind !== 'code' && i < lines.length - 1) continue;
      entries.push({ code: text, line: start + 1, prepared });
      start = i + 1;
    }
    return entries;
  }

  #showNotes(notes: readonly Note[]): void {
    const c = colors();
    for (const note of notes) {
      if (typeof note === 'object') {
        this.#io.write(`${c.dim(missingModuleText(note.module))}\n`);
        continue;
      }
      if (note !== 'import' && this.#notesShown.has(note)) continue;
      this.#notesShown.add(note);
      this.#io.write(`${c.dim(t(`repl.note.${note}`))}\n`);
    }
  }

  /** The exception as Python's traceback (with socklab's one-line hint under it). */
  #error(raised: unknown, entry: _Entry, count: number): CellError {
    const code = entry.code;
    const err = (raised as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED' ? new KeyboardInterrupt() : raised;
    const c = colors();
    const raisedBy = this.space.log.findLast((ev) => ev.kind === 'error' && ev.error === err);
    const hint = hintFor(err, code, raisedBy?.kind === 'error' ? raisedBy.sock : undefined);
    // An entry starts on a line that is not blank (#entries skips those).
    const lines = code.trimEnd().split('\n');
    const where = [`  Cell In[${count}], line ${entry.line}`, ...(lines.length === 1 ? [`    ${lines[0]!.trim()}`] : [])];
    const traceback = [c.red('Traceback (most recent call last):'), ...where, c.red(formatUncaught(err))];
    if (hint) traceback.push(c.yellow(hint));
    return { ename: err instanceof Error ? err.name : 'Error', evalue: str(err), traceback };
  }

  async isComplete(code: string): Promise<Completeness> {
    const prepared = await this.evaluator.prepare(code);
    if (prepared.kind !== 'invalid') return { status: 'complete' }; // 'failed' runs, to raise its error
    return prepared.incomplete ? { status: 'incomplete', indent: '' } : { status: 'invalid' };
  }

  complete(code: string, cursor: number): Completion {
    return completeWord(code, cursor, (chain) => (chain === undefined
      ? [...Object.keys(this.evaluator.globals), ...this.evaluator.learnerNames(), ..._KEYWORDS]
      : attributeNames(resolveName(globalThis, chain))));
  }

  inspect(code: string, cursor: number): string | undefined {
    const name = nameAt(code, cursor);
    if (name === '') return undefined;
    const value = resolveName(globalThis, name);
    if (value === undefined && !(name in globalThis)) return undefined;
    // help() writes where print() does: catch it there.
    return this.#io.capture(() => (this.evaluator.globals.help as (x: unknown) => void)(value));
  }

  lookup(name: string): { defined: boolean; value?: unknown } {
    const defined = this.evaluator.learnerNames().includes(name);
    return defined ? { defined, value: (globalThis as Record<string, unknown>)[name] } : { defined };
  }

  reset(): void {
    this.evaluator.reset();
    this.#notesShown.clear();
  }

  dispose(): void {
    this.evaluator.dispose();
  }
}
