// What a cell does, without the protocol: code runs in the kernel's language (typescript.ts,
// python.ts), dot-command lines (.sockets, .diagram, .help, .reset and the lessons'
// .lesson/.hint/.check/…) run as in the REPL, and the lesson's checkpoints run after every
// cell. Output goes to the cell's sink (streams and rich displays); the protocol layer
// (kernel.ts) turns those into iopub messages.
import { colors, setColor } from '../colors.ts';
import { t } from '../i18n/index.ts';
import { formatException, KeyboardInterrupt } from '../socket/index.ts';
import type { LessonController } from '../repl/lessons.ts';
import { diagramBundles, socketTableBundle } from './display.ts';
import type { CellIO, CellLanguage, CellRequest, CellResult, CellSink, Completeness, Completion } from './language.ts';

export type { CellRequest, CellResult, CellSink, Completion } from './language.ts';

// A dot-command line: `.name` and its argument (node's REPL reads commands the same way).
const _COMMAND = /^\s*\.([A-Za-z][\w-]*)(?:\s+(.*))?$/;

interface _Command {
  help: string;
  action(arg: string): Promise<void> | void;
}

/** Runs cells; one per kernel process (a language installs the learner's globals). */
export class Cells {
  readonly language: CellLanguage;
  #current: CellRequest | undefined;
  /** Where output written after its cell ended goes (a handler task's print()): the last cell. */
  #lastSink: CellSink | undefined;
  #capture: string[] | undefined;
  #lessons: LessonController | undefined;
  #lessonsLoading: Promise<void> | undefined;
  #scripted: string[] | undefined;

  constructor(makeLanguage: (io: CellIO) => CellLanguage) {
    const stream = (name: 'stdout' | 'stderr') => (text: string) => {
      if (this.#capture) this.#capture.push(text);
      else this.#sink()?.stream(name, text);
    };
    this.language = makeLanguage({
      write: stream('stdout'),
      writeErr: stream('stderr'),
      readLine: (prompt) => this.#readLine(prompt),
      capture: (fn) => {
        this.#capture = [];
        try {
          fn();
          return this.#capture.join('');
        } finally {
          this.#capture = undefined;
        }
      },
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
    // A front end without stdin (jupyter execute) running a lesson: input() takes the step's own
    // lines, as the lesson's replay does; anywhere else it raises EOFError.
    const answers = request.readLine ? [] : (this.#lessons?.answers?.() ?? []);
    if (answers.length > 0) this.#scripted = answers;
    try {
      let result: CellResult = { ok: true };
      for (const part of _split(request.code)) {
        // A lesson notebook's cells carry `{port}`: the open lesson's ports, chosen when it opened.
        result = part.kind === 'command' ? await this.#command(part.name, part.arg) : await this.language.run(this.#lessons?.fillPorts?.(part.code) ?? part.code, request);
        if (!result.ok) break;
      }
      return result;
    } finally {
      this.#current = undefined;
      this.#scripted = undefined;
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

  // ---- dot-commands ----------------------------------------------------------------------------

  #commands(): Record<string, _Command> {
    const plain = (render: () => string): string => {
      setColor(false);
      try {
        return render();
      } finally {
        setColor(wantColour());
      }
    };
    const space = this.language.space;
    return {
      sockets: { help: t('repl.cmd.sockets'), action: () => this.#sink()?.display(socketTableBundle(space, plain, t(this.language.codeLanguage === 'python' ? 'pyrepl.socketsNone' : 'repl.sockets.none'))) },
      diagram: { help: t('notebook.cmd.diagram'), action: () => diagramBundles(space).forEach((b) => this.#sink()?.display(b)) },
      reset: {
        help: t('repl.cmd.reset'),
        action: (arg) => {
          const count = space.sockets.size;
          this.language.reset();
          this.#print(t('repl.reset', { count }));
          return this.#lessons?.onReset(arg);
        },
      },
      help: { help: t('notebook.cmd.help'), action: () => this.#print(this.#helpText()) },
      ...(this.#lessons?.commands ?? {}),
    };
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
      const [id, flag] = arg.trim().split(/\s+/);
      if (name === 'lesson' && id) await _startFresh(id);
      // `.lesson ID --notebook`, the first cell of `socklab lesson ID --notebook`: the lesson's
      // texts are the notebook's markdown cells, so the kernel prints only the lesson's progress.
      if (name === 'lesson' && id && flag === '--notebook' && this.#lessons) await this.#lessons.open(id, { textShown: true });
      else await cmd.action(arg);
    } catch (e) {
      this.#print(colors().red(formatException(e)));
    }
    return { ok: true };
  }

  /** Loads the lessons once (the first command, or at start-up). */
  loadLessons(): Promise<void> {
    this.#lessonsLoading ??= (async () => {
      const { loadLessons } = await import('../repl/lessons.ts');
      const loaded = await loadLessons();
      if (loaded instanceof Error) return;
      this.#lessons = loaded.attachLessons({
        space: this.language.space,
        print: (text) => this.#print(text),
        setPrompt: () => {}, // a notebook has no prompt: the step shows in the cell's output
        typeLine: (code, answers) => this.#typeLine(code, answers),
        lookup: (name) => this.language.lookup(name),
        // A kernel's cells have one language: which of a step's codes `.show` and `.run` use.
        language: () => this.language.codeLanguage,
        // A notebook has no terminal to answer on, and retyping earlier steps would put their
        // output in the wrong cell: the answer is no, and the learner reruns the cells.
        ask: (question) => {
          this.#print(`${question}${t('notebook.lesson.noRetype')}`);
          return Promise.resolve('n');
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
      const result = await this.language.run(code, request);
      if (!result.ok) this.#print(result.traceback.slice(-2).join('\n'));
      else if (result.value) this.#print(result.value['text/plain']);
      await this.#lessons?.afterLine();
    } finally {
      this.#scripted = undefined;
    }
  }

  // ---- the front end's questions -----------------------------------------------------------

  /** Jupyter's is_complete: 'incomplete' asks the console for another line. */
  async isComplete(code: string): Promise<Completeness> {
    if (_split(code).every((p) => p.kind === 'command')) return { status: 'complete' };
    return this.language.isComplete(code);
  }

  /** Names for the word before the cursor, or dot-commands at the start of a line. */
  complete(code: string, cursor: number): Completion {
    const command = /(?:^|\n)\s*\.([\w-]*)$/.exec(code.slice(0, cursor));
    if (!command) return this.language.complete(code, cursor);
    const word = command[1]!;
    const matches = Object.keys(this.#commands()).sort().filter((n) => n.startsWith(word)).map((n) => `.${n}`);
    return { matches, cursor_start: cursor - word.length - 1, cursor_end: cursor };
  }

  /** Jupyter's inspect (Shift+Tab): the help() text of the name under the cursor. */
  inspect(code: string, cursor: number): string | undefined {
    return this.language.inspect(code, cursor);
  }

  /** An interrupt the running cell handles itself (its SIGINT handler runs instead of KeyboardInterrupt). */
  interruptHandled(): boolean {
    return this.language.interrupt?.() ?? false;
  }

  /** What an interrupt raises in the running cell. */
  interruption(message?: string): KeyboardInterrupt {
    return message === undefined ? new KeyboardInterrupt() : new KeyboardInterrupt(message);
  }

  dispose(): void {
    this.#lessons?.close();
    this.language.dispose();
  }
}

/**
 * A notebook is the lesson's steps in order, so `.lesson ID` in a cell starts at step 1
 * instead of replaying the steps a REPL session saved (the next cells would redo them).
 */
async function _startFresh(id: string): Promise<void> {
  try {
    const { ProgressStore, configDir } = await import('../lessons/index.ts');
    const store = new ProgressStore(configDir());
    if (store.get(id)) store.setStep(id, 0);
  } catch {
    // the lesson command itself says what is wrong with the lessons
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

/** Colour in streams (front ends render ANSI), unless NO_COLOR asks otherwise. */
export function wantColour(): boolean {
  return !process.env.NO_COLOR;
}
