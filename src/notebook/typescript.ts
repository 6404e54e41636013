// The `socklab` kernel's language: TypeScript/JavaScript cells through the REPL's evaluator,
// so a cell reads exactly as a REPL line does (Python habits, TypeScript stripping, implicit
// await), its value shows as Python's repr, and an error as Python's traceback plus the REPL's
// one-line hint.
import { runInThisContext } from 'node:vm';
import { colors } from '../colors.ts';
import { t } from '../i18n/index.ts';
import { formatException, KeyboardInterrupt, repr, str } from '../socket/index.ts';
import { createEvaluator, type Evaluator, type Note } from '../repl/evaluate.ts';
import { hintFor, missingModuleText } from '../repl/hints.ts';
import type { CellError, CellIO, CellLanguage, CellRequest, CellResult, Completion } from './language.ts';
import { attributeNames, completeWord, nameAt, resolveName } from './names.ts';

const _KEYWORDS = ['await', 'async', 'break', 'case', 'catch', 'class', 'const', 'continue', 'default', 'delete', 'do', 'else', 'export', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'let', 'new', 'null', 'return', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'undefined', 'var', 'void', 'while'];

export class TypeScriptCells implements CellLanguage {
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

  async run(code: string, request: CellRequest): Promise<CellResult> {
    const prepared = await this.evaluator.prepare(code);
    this.#showNotes(prepared.notes);
    // breakOnSigint: the interrupt button stops a synchronous loop too (DESIGN §7).
    const runner = (js: string) => runInThisContext(js, { filename: `Cell In[${request.count}]`, displayErrors: false, breakOnSigint: true });
    const evaluation = await this.evaluator.run(prepared, runner, request.signal);
    if (!evaluation.ok) return { ok: false, ...this.#error(evaluation.error, code, request.count) };
    if (evaluation.value === undefined) return { ok: true };
    return { ok: true, value: { 'text/plain': repr(evaluation.value) } };
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
  #error(raised: unknown, code: string, count: number): CellError {
    const err = (raised as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED' ? new KeyboardInterrupt() : raised;
    const c = colors();
    const raisedBy = this.space.log.findLast((ev) => ev.kind === 'error' && ev.error === err);
    const hint = hintFor(err, code, raisedBy?.kind === 'error' ? raisedBy.sock : undefined);
    const lines = code.trim().split('\n');
    const where = lines.length === 1 ? [`  Cell In[${count}], line 1`, `    ${lines[0]!.trim()}`] : [`  Cell In[${count}]`];
    const traceback = [c.red('Traceback (most recent call last):'), ...where, c.red(formatException(err))];
    if (hint) traceback.push(c.yellow(hint));
    return { ename: err instanceof Error ? err.name : 'Error', evalue: str(err), traceback };
  }

  async isComplete(code: string): Promise<'complete' | 'incomplete' | 'invalid'> {
    const prepared = await this.evaluator.prepare(code);
    if (prepared.kind === 'code') return 'complete';
    return prepared.incomplete ? 'incomplete' : 'invalid';
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
