// What a cell does, without the protocol: code runs through the REPL's evaluator (the same
// Python habits, TypeScript stripping and implicit await as a REPL line), dot-command lines
// (.sockets, .diagram, .help, .reset and the lessons' .lesson/.hint/.check/…) run as in the
// REPL, and the lesson's checkpoints run after every cell. Output goes to the cell's sink
// (streams and rich displays); the protocol layer (kernel.ts) turns those into iopub messages.
import { runInThisContext } from 'node:vm';
import { colors, setColor } from '../colors.ts';
import { t } from '../i18n/index.ts';
import { formatException, KeyboardInterrupt, repr, str } from '../socket/index.ts';
import { createEvaluator, type Evaluator, type Note } from '../repl/evaluate.ts';
import { hintFor, missingModuleText } from '../repl/hints.ts';
import type { LessonController } from '../repl/lessons.ts';
import { diagramBundles, socketTableBundle, type MimeBundle } from './display.ts';

/** Where a cell's output goes. */
export interface CellSink {
  stream(name: 'stdout' | 'stderr', text: string): void;
  display(bundle: MimeBundle): void;
}

export interface CellRequest {
  code: string;
  /** Aborted by an interrupt (reason: KeyboardInterrupt). */
  signal: AbortSignal;
  sink: CellSink;
  /** One line from the front end for input(); undefined = no stdin (input() raises EOFError). */
  readLine?: (prompt: string) => Promise<string | undefined>;
  /** The execution count, for the traceback's `Cell In[n]`. */
  count: number;
}

/** A Python exception as the protocol carries it. */
export interface CellError {
  ename: string;
  evalue: string;
  traceback: string[];
}

export type CellResult = { ok: true; value?: MimeBundle } | ({ ok: false } & CellError);

export interface Completion {
  matches: string[];
  cursor_start: number;
  cursor_end: number;
}

// A dot-command line: `.name` and its argument (node's REPL reads commands the same way).
const _COMMAND = /^\s*\.([A-Za-z][\w-]*)(?:\s+(.*))?$/;

const _KEYWORDS = ['await', 'async', 'break', 'case', 'catch', 'class', 'const', 'continue', 'default', 'delete', 'do', 'else', 'export', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'let', 'new', 'null', 'return', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'undefined', 'var', 'void', 'while'];

/** Runs cells; one per kernel process (the evaluator installs the learner's globals). */
export class Cells {
  readonly evaluator: Evaluator;
  #current: CellRequest | undefined;
  /** Where output written after its cell ended goes (a handler task's print()): the last cell. */
  #lastSink: CellSink | undefined;
  #lessons: LessonController | undefined;
  #lessonsLoading: Promise<void> | undefined;
  #scripted: string[] | undefined;
  readonly #notesShown = new Set<Note>();

  constructor() {
    this.evaluator = createEvaluator({
      write: (text) => this.#sink()?.stream('stdout', text),
      readLine: (prompt) => this.#readLine(prompt),
    });
  }

  #sink(): CellSink | undefined {
    return this.#current?.sink ?? this.#lastSink;
  }

  #print(text: string): void {
    this.#sink()?.stream('stdout', text.endsWith('\n') ? text : `${text}\n`);
  }

  #readLine(prompt: string): Promise<string | undefined> {
    if (this.#scripted) {
      const line = this.#scripted.shift() ?? 'quit';
      this.#print(`${prompt}${line}`);
      return Promise.resolve(line);
    }
    const read = this.#current?.readLine;
    return read ? read(prompt) : Promise.resolve(undefined);
  }

  /** Runs one cell: its code and command lines in order. Call afterCell() once its result is shown. */
  async execute(request: CellRequest): Promise<CellResult> {
    this.#current = request;
    this.#lastSink = request.sink;
    try {
      let result: CellResult = { ok: true };
      for (const part of _split(request.code)) {
        result = part.kind === 'command' ? await this.#command(part.name, part.arg) : await this.#code(part.code, request);
        if (!result.ok) break;
      }
      return result;
    } finally {
      this.#current = undefined;
    }
  }

  /** The lesson's checkpoints after a cell, as the REPL checks after every line (failed ones too). */
  async afterCell(request: CellRequest): Promise<void> {
    this.#current = request;
    try {
      await this.#lessons?.afterLine();
    } catch (e) {
      this.#print(colors().red(formatException(e)));
    } finally {
      this.#current = undefined;
    }
  }

  async #code(code: string, request: CellRequest): Promise<CellResult> {
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
        this.#print(c.dim(missingModuleText(note.module)));
        continue;
      }
      if (note !== 'import' && this.#notesShown.has(note)) continue;
      this.#notesShown.add(note);
      this.#print(c.dim(t(`repl.note.${note}`)));
    }
  }

  /** The exception as Python's traceback (with socklab's one-line hint under it). */
  #error(raised: unknown, code: string, count: number): CellError {
    const err = (raised as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED' ? new KeyboardInterrupt() : raised;
    const c = colors();
    const ename = err instanceof Error ? err.name : 'Error';
    const evalue = str(err);
    const space = this.evaluator.space;
    const raisedBy = space.log.findLast((ev) => ev.kind === 'error' && ev.error === err);
    const hint = hintFor(err, code, raisedBy?.kind === 'error' ? raisedBy.sock : undefined);
    const lines = code.trim().split('\n');
    const where = lines.length === 1 ? [`  Cell In[${count}], line 1`, `    ${lines[0]!.trim()}`] : [`  Cell In[${count}]`];
    const traceback = [c.red('Traceback (most recent call last):'), ...where, c.red(formatException(err))];
    if (hint) traceback.push(c.yellow(hint));
    return { ename, evalue, traceback };
  }

  // ---- dot-commands ----------------------------------------------------------------------------

  #commands(): Record<string, { help: string; action(arg: string): Promise<void> | void }> {
    const plain = (render: () => string): string => {
      setColor(false);
      try {
        return render();
      } finally {
        setColor(wantColour());
      }
    };
    return {
      sockets: { help: t('repl.cmd.sockets'), action: () => this.#sink()?.display(socketTableBundle(this.evaluator.space, plain)) },
      diagram: { help: t('notebook.cmd.diagram'), action: () => diagramBundles(this.evaluator.space).forEach((b) => this.#sink()?.display(b)) },
      reset: {
        help: t('repl.cmd.reset'),
        action: () => {
          const count = this.evaluator.space.sockets.size;
          this.evaluator.reset();
          this.#notesShown.clear();
          this.#print(t('repl.reset', { count }));
          this.#lessons?.onReset();
        },
      },
      help: { help: t('notebook.cmd.help'), action: () => this.#print(this.#helpText()) },
      ...(this.#lessons?.commands ?? {}),
    };
  }

  /** Every command's name, for completion. */
  commandNames(): string[] {
    return Object.keys(this.#commands()).sort();
  }

  #helpText(): string {
    const commands = this.#commands();
    const names = Object.keys(commands).sort();
    const width = Math.max(...names.map((n) => n.length)) + 3;
    return `${names.map((n) => `.${n.padEnd(width)}${commands[n]!.help}`).join('\n')}\n\n${t('notebook.helpFooter')}`;
  }

  async #command(name: string, arg: string): Promise<CellResult> {
    await this.loadLessons();
    const cmd = this.#commands()[name];
    if (!cmd) {
      this.#print(t('repl.invalidKeyword', { name }));
      return { ok: true };
    }
    try {
      if (name === 'lesson' && arg.trim() !== '') await this.#startFresh(arg.trim());
      await cmd.action(arg);
    } catch (e) {
      return { ok: false, ...this.#error(e, `.${name}`, this.#current?.count ?? 0) };
    }
    return { ok: true };
  }

  /**
   * A notebook is the lesson's steps in order, so `.lesson ID` in a cell starts at step 1
   * instead of replaying the steps a REPL session saved (the next cells would redo them).
   */
  async #startFresh(id: string): Promise<void> {
    try {
      const { ProgressStore, configDir } = await import('../lessons/index.ts');
      const store = new ProgressStore(configDir());
      if (store.get(id)) store.setStep(id, 0);
    } catch {
      // the lesson command says what is wrong with the lessons
    }
  }

  /** Loads the lessons once (the first command, or a cell while none is loaded yet). */
  loadLessons(): Promise<void> {
    this.#lessonsLoading ??= (async () => {
      const { loadLessons } = await import('../repl/lessons.ts');
      const loaded = await loadLessons();
      if (loaded instanceof Error) return;
      this.#lessons = loaded.attachLessons({
        space: this.evaluator.space,
        print: (text) => this.#print(text),
        setPrompt: () => {},
        typeLine: (code, answers) => this.#typeLine(code, answers),
        lookup: (name) => {
          const defined = this.evaluator.learnerNames().includes(name);
          return defined ? { defined, value: (globalThis as Record<string, unknown>)[name] } : { defined };
        },
      });
    })();
    return this.#lessonsLoading;
  }

  /** LessonHost.typeLine: `.run` and a lesson's replay type code for the learner. */
  async #typeLine(code: string, answers?: string[]): Promise<void> {
    code.replace(/\n+$/, '').split('\n').forEach((line, i) => this.#print(`${i === 0 ? '>>> ' : '... '}${line}`));
    this.#scripted = answers;
    try {
      const request = this.#current ?? { code, signal: new AbortController().signal, sink: this.#lastSink!, count: 0 };
      const result = await this.#code(code, request);
      if (!result.ok) this.#print(result.traceback.slice(-2).join('\n'));
      else if (result.value) this.#print(result.value['text/plain']);
      await this.#lessons?.afterLine();
    } finally {
      this.#scripted = undefined;
    }
  }

  // ---- the front end's questions -----------------------------------------------------------

  /** Jupyter's is_complete: 'incomplete' asks the console for another line. */
  async isComplete(code: string): Promise<'complete' | 'incomplete' | 'invalid'> {
    if (_split(code).every((p) => p.kind === 'command')) return 'complete';
    const prepared = await this.evaluator.prepare(code);
    if (prepared.kind === 'code') return 'complete';
    return prepared.incomplete ? 'incomplete' : 'invalid';
  }

  /** Names for the word before the cursor: globals, a value's attributes, or dot-commands. */
  complete(code: string, cursor: number): Completion {
    const before = code.slice(0, cursor);
    const command = /(?:^|\n)\s*\.([\w-]*)$/.exec(before);
    if (command) {
      const word = command[1]!;
      return { matches: this.commandNames().filter((n) => n.startsWith(word)).map((n) => `.${n}`), cursor_start: cursor - word.length - 1, cursor_end: cursor };
    }
    const m = /((?:[A-Za-z_$][\w$]*\.)*)([A-Za-z_$][\w$]*)?$/.exec(before)!;
    const chain = m[1] ?? '';
    const word = m[2] ?? '';
    const names = chain === '' ? [...this.#globalNames(), ..._KEYWORDS] : _attributes(_resolve(chain.slice(0, -1)));
    const matches = [...new Set(names)].filter((n) => n.startsWith(word) && (word.startsWith('_') || !n.startsWith('_'))).sort();
    return { matches, cursor_start: cursor - word.length, cursor_end: cursor };
  }

  #globalNames(): string[] {
    return [...Object.keys(this.evaluator.globals), ...this.evaluator.learnerNames(), 'await'];
  }

  /** Jupyter's inspect (Shift+Tab): the help() text of the name under the cursor. */
  inspect(code: string, cursor: number): string | undefined {
    const left = /((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*)?$/.exec(code.slice(0, cursor))?.[1] ?? '';
    const right = /^[\w$]*/.exec(code.slice(cursor))![0];
    const name = `${left}${right}`;
    if (name === '') return undefined;
    const value = _resolve(name);
    if (value === undefined && !(name in globalThis)) return undefined;
    let text = '';
    const previous = this.#current;
    // help() writes to the evaluator's sink: catch it there.
    this.#current = { code: '', signal: new AbortController().signal, count: 0, sink: { stream: (_n, s) => (text += s), display: () => {} } };
    try {
      (this.evaluator.globals.help as (x: unknown) => void)(value);
    } finally {
      this.#current = previous;
    }
    return text;
  }

  /** The restart of a kernel without a new process: every socket closed, variables forgotten. */
  reset(): void {
    this.evaluator.reset();
    this.#lessons?.onReset();
  }

  dispose(): void {
    this.#lessons?.close();
    this.evaluator.dispose();
  }
}

type _Part = { kind: 'code'; code: string } | { kind: 'command'; name: string; arg: string };

/** A cell's lines: runs of code, and dot-command lines between them. */
function _split(cell: string): _Part[] {
  const parts: _Part[] = [];
  let code: string[] = [];
  const flush = () => {
    if (code.join('').trim() !== '') parts.push({ kind: 'code', code: code.join('\n') });
    code = [];
  };
  for (const line of cell.split('\n')) {
    const m = _COMMAND.exec(line);
    if (m) {
      flush();
      parts.push({ kind: 'command', name: m[1]!, arg: m[2] ?? '' });
    } else {
      code.push(line);
    }
  }
  flush();
  return parts;
}

/** A value by its dotted name, reading properties only (completion must not run the learner's code). */
function _resolve(path: string): unknown {
  let value: unknown = globalThis;
  for (const name of path.split('.')) {
    if (value === null || value === undefined) return undefined;
    try {
      value = (value as Record<string, unknown>)[name];
    } catch {
      return undefined;
    }
  }
  return value;
}

function _attributes(value: unknown): string[] {
  const names: string[] = [];
  let obj: unknown = value === null || value === undefined ? value : Object(value);
  for (let depth = 0; obj !== null && obj !== undefined && obj !== Object.prototype && obj !== Function.prototype && depth < 8; depth++) {
    for (const key of Reflect.ownKeys(obj as object)) if (typeof key === 'string' && key !== 'constructor') names.push(key);
    obj = Object.getPrototypeOf(obj);
  }
  return names;
}

/** Colour in streams (front ends render ANSI), unless NO_COLOR asks otherwise. */
export function wantColour(): boolean {
  return !process.env.NO_COLOR;
}
