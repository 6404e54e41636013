// The REPL's Python mode (`socklab --python`, `.python`): lines are Python, read as CPython's
// interactive loop reads them (Lib/code.py): each line joins the buffer, codeop decides between
// running it, `... ` and a SyntaxError; an expression's value shows as its repr, None as nothing;
// an error as CPython's REPL prints it (`File "<stdin>", line 1, in <module>`, no source lines,
// since linecache cannot read <stdin>). Loaded with import() the first time Python is needed, so
// the TypeScript playground starts without the Python front end.
import { compileCommand } from '../lang/python/codeop.ts';
import { PYTHON_KEYWORDS, classAttributeNames, pythonHint } from '../lang/python/interactive.ts';
import { pyName } from '../lang/python/emit.ts';
import { attributeNames } from '../lang/python/runtime/attributes.ts';
import { PySyntaxError } from '../lang/python/runtime/exceptions.ts';
import { InteractiveInterrupts, type InterruptAction } from '../lang/python/interrupts.ts';
import { createPythonSession, formatSyntaxError, type PythonError, type PythonSession } from '../lang/python/session.ts';
import { completeWord, resolveName } from '../notebook/names.ts';
import type { SocketSpace } from '../socket/index.ts';

export interface PythonLinesOptions {
  write: (text: string) => void;
  readLine: (prompt: string) => Promise<string | undefined>;
  space: SocketSpace;
  /** A name Python does not define: the TypeScript side's variable of that name, if any. */
  fallback?: (name: string) => { defined: boolean; value?: unknown };
  /** What a SIGINT handler raised at the prompt (no input running to raise it in). */
  onInterruptError?: (run: PythonRun) => void;
}

/** What a line typed at `>>> ` or `... ` leads to. */
export type LineOutcome =
  | { kind: 'more' }
  | { kind: 'run'; source: string }
  | { kind: 'error'; text: string };

export interface PythonRun {
  ok: boolean;
  /** repr() of the value to show, or undefined (None, a statement). */
  valueRepr?: string;
  /** CPython's report of the error, ending with a newline. */
  traceback?: string;
  /** One line of advice under the traceback (an errno, bytes vs str). */
  hint?: string;
  error?: PythonError;
}

/** A line that continues the compound statement before it rather than starting a new one. */
const _CLAUSE = /^(elif|else|except|finally)\b/;

export class PythonLines {
  #session: PythonSession;
  #buffer: string[] = [];
  #last: string | undefined;
  readonly #options: PythonLinesOptions;
  readonly #interrupts: InteractiveInterrupts;

  constructor(options: PythonLinesOptions) {
    this.#options = options;
    this.#interrupts = new InteractiveInterrupts((err) => this.#options.onInterruptError?.(this.#failed(this.#session.describe(err))));
    this.#session = this.#newSession();
  }

  #newSession(): PythonSession {
    const { write, readLine, space, fallback } = this.#options;
    const session = createPythonSession({ write, readLine, space, argv: [''], ...(fallback && { fallback }) });
    this.#interrupts.attach(session);
    return session;
  }

  get session(): PythonSession {
    return this.#session;
  }

  /** An unfinished compound statement or bracket waits for more lines (`... `). */
  get continuing(): boolean {
    return this.#buffer.length > 0;
  }

  /** The last Python input that ran (for `.translate`). */
  get lastSource(): string | undefined {
    return this.#last;
  }

  /**
   * One line as typed, as code.InteractiveConsole.push takes it. `pasted`: the line comes from a
   * paste, where (as in CPython 3.13's REPL) a line at column 0 after a finished block starts the
   * next statement instead of being 3.11's SyntaxError.
   */
  push(line: string, pasted = false): LineOutcome[] {
    if (pasted && this.#buffer.length > 0 && /^\S/.test(line) && !_CLAUSE.test(line) && !line.startsWith('#')) {
      const before = this.#buffer.join('\n');
      if (this.#completeness(`${before}\n`) === 'complete' && this.#completeness(before) === 'incomplete') {
        this.#buffer = [];
        return [{ kind: 'run', source: `${before}\n` }, ...this.push(line, pasted)];
      }
    }
    this.#buffer.push(line);
    const source = this.#buffer.join('\n');
    try {
      if (compileCommand(source) === 'incomplete') return [{ kind: 'more' }];
    } catch (e) {
      this.#buffer = [];
      if (e instanceof PySyntaxError) return [{ kind: 'error', text: formatSyntaxError(e) }];
      throw e;
    }
    this.#buffer = [];
    return source.trim() === '' ? [] : [{ kind: 'run', source }];
  }

  #completeness(source: string): 'complete' | 'incomplete' | 'error' {
    try {
      return compileCommand(source);
    } catch {
      return 'error';
    }
  }

  /** Forgets an unfinished entry (Ctrl+C, Ctrl+D on a `... ` line). */
  cancel(): void {
    this.#buffer = [];
  }

  /** Runs one complete input ('single' mode, <stdin>). */
  async run(source: string, signal?: AbortSignal): Promise<PythonRun> {
    this.#last = source;
    const session = this.#session;
    const r = await this.#interrupts.run(signal, (waits) => session.exec(source, { signal: waits, mode: 'single', filename: '<stdin>' }));
    if (r.ok) return { ok: true, ...(r.valueRepr !== undefined && { valueRepr: r.valueRepr }) };
    return this.#failed(r.error!, source);
  }

  /**
   * Ctrl+C: the learner's SIGINT handler runs, as CPython runs it ('handled': nothing else to
   * do; what it raises is raised in the running input, or reported by onInterruptError);
   * otherwise the caller raises KeyboardInterrupt.
   */
  interrupt(): InterruptAction {
    return this.#interrupts.interrupt();
  }

  /** A failed input (`source`; none for a SIGINT handler's exception at the prompt) as CPython's REPL reports it. */
  #failed(error: PythonError, source?: string): PythonRun {
    let traceback = stdinTraceback(error.traceback);
    // Interrupted inside the socket layer, the error has no Python frame: CPython names the line.
    if (source !== undefined && /^Traceback \(most recent call last\):\n(?! )/.test(traceback) && !source.trimEnd().includes('\n')) {
      traceback = traceback.replace('\n', '\n  File "<stdin>", line 1, in <module>\n');
    }
    // A SIGINT handler's exception, raised where a one-line input waited: CPython's traceback
    // names that line before the handler's frames.
    if (source !== undefined && !source.trimEnd().includes('\n') && this.#interrupts.raisedInInput(error.exception)) {
      traceback = traceback.replace(/Traceback \(most recent call last\):\n(?! {2}File "<stdin>", line 1, in <module>\n)(?![^]*Traceback \(most recent call last\):)/, '$&  File "<stdin>", line 1, in <module>\n');
    }
    const hint = pythonHint(error.exception, source ?? '');
    return { ok: false, traceback, error, ...(hint && { hint }) };
  }

  /** The TypeScript that `source` becomes (`socklab translate` of the same text). */
  translate(source: string): string {
    return this.#session.translate(source, '<stdin>');
  }

  /** Tab completion of `line` up to the cursor: names, keywords, attributes (`s.rec` → recv…). */
  complete(line: string): [string[], string] {
    const globals = this.#session.globals;
    const c = completeWord(line, line.length, (chain) => {
      if (chain === undefined) return [...this.#session.names(), ...PYTHON_KEYWORDS];
      const [head, ...rest] = chain.split('.');
      let root = resolveName(globals, head!);
      if (root === undefined && this.#options.fallback) root = this.#options.fallback(head!).value;
      const value = rest.length > 0 ? resolveName(root, rest.join('.')) : root;
      return value === undefined || value === null ? [] : classAttributeNames(value) ?? attributeNames(value);
    });
    return [c.matches, line.slice(c.cursor_start, c.cursor_end)];
  }

  /** A Python variable (a lesson's `variable` check). */
  lookup(name: string): { defined: boolean; value?: unknown } {
    const globals = this.#session.globals;
    return Object.prototype.hasOwnProperty.call(globals, name) ? { defined: true, value: globals[name] } : { defined: false };
  }

  /** The variables the learner's Python defined, by their Python names. */
  variables(): [string, unknown][] {
    return Object.entries(this.#session.globals).filter(([k]) => !k.startsWith('__')).map(([k, v]) => [pyName(k), v]);
  }

  /** `.reset`: Python's globals start again (the sockets are closed by the REPL's reset). */
  reset(): void {
    this.#buffer = [];
    this.#last = undefined;
    this.#session = this.#newSession();
  }
}

/**
 * CPython's interactive traceback: frames in <stdin> have no source line under them, because
 * linecache cannot read the terminal's input.
 */
export function stdinTraceback(traceback: string): string {
  const lines = traceback.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]!);
    if (/^ {2}File "<stdin>", line \d+, in /.test(lines[i]!) && lines[i + 1]?.startsWith('    ')) i++;
  }
  return out.join('\n');
}

export function createPythonLines(options: PythonLinesOptions): PythonLines {
  return new PythonLines(options);
}
