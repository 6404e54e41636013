// The `socklab-python` kernel's language: Python cells through the Python front end
// (src/lang/python), on a socket space the kernel owns, so `.sockets`, `.diagram` and the
// lessons' checkpoints see the Python program's sockets. A cell is one REPL input
// ('single' mode: the last expression's value is the cell's result), the error is CPython's
// traceback.
import { colors } from '../colors.ts';
import { SocketSpace } from '../socket/index.ts';
import { createPythonSession, type PythonSession } from '../lang/python/index.ts';
import { InteractiveInterrupts } from '../lang/python/interrupts.ts';
import { PYTHON_KEYWORDS, classAttributeNames, pythonHelpText, pythonHint } from '../lang/python/interactive.ts';
import type { CellIO, CellLanguage, CellRequest, CellResult, Completeness, Completion } from './language.ts';
import { attributeNames, completeWord, nameAt, resolveName } from './names.ts';

export class PythonCells implements CellLanguage {
  readonly codeLanguage = 'python';
  readonly space = new SocketSpace();
  readonly #io: CellIO;
  readonly #interrupts: InteractiveInterrupts;
  #session: PythonSession;
  /** signal.default_int_handler, SIGINT's handler when a cell starts. */
  #defaultSigint: unknown;
  #running = false;

  constructor(io: CellIO) {
    this.#io = io;
    // A handler's exception after its cell ended goes where that cell's stderr went.
    this.#interrupts = new InteractiveInterrupts((err) => this.#io.writeErr(this.#session.describe(err).traceback.split('\n').map(_cellFrame).join('\n')));
    this.#session = this.#newSession();
  }

  #newSession(): PythonSession {
    const session = createPythonSession({ write: this.#io.write, writeErr: this.#io.writeErr, readLine: this.#io.readLine, space: this.space, argv: [''] });
    this.#interrupts.attach(session);
    this.#defaultSigint = session.signals.get(2);
    return session;
  }

  async run(code: string, request: CellRequest): Promise<CellResult> {
    const session = this.#session;
    const builtins = session.builtins;
    const previous = builtins._;
    // ipykernel's pre_handler_hook: a cell starts with default_int_handler for SIGINT, and a
    // handler the cell sets (signal.signal) lasts until the cell ends (post_handler_hook).
    session.signals.set(2, this.#defaultSigint);
    this.#running = true;
    const r = await this.#interrupts.run(request.signal, (waits) => session.exec(code, { signal: waits, mode: 'single', filename: `Cell In[${request.count}]` })).finally(() => {
      this.#running = false;
      session.signals.set(2, this.#defaultSigint);
    });
    if (r.ok && r.valueRepr === undefined) return { ok: true };
    if (r.ok && r.valueRepr !== undefined) {
      // The session's displayhook set `_`; ipykernel's also shifts the two before it into `__`
      // and `___` and keeps the cell's result as `_N` (IPython's DisplayHook.update_user_ns).
      builtins.___ = builtins.__;
      builtins.__ = previous;
      this.#session.globals[`_${request.count}`] = r.value;
      return { ok: true, value: { 'text/plain': r.valueRepr } };
    }
    const error = r.error!;
    const traceback = error.traceback.replace(/\n$/, '').split('\n').map(_cellFrame);
    const last = traceback[traceback.length - 1] ?? '';
    const colon = last.indexOf(': ');
    const evalue = colon >= 0 && !last.startsWith(' ') ? last.slice(colon + 2) : '';
    const hint = pythonHint(error.exception, code);
    if (hint) traceback.push(colors().yellow(hint));
    return { ok: false, ename: error.type, evalue, traceback };
  }

  /** The interrupt button while a cell runs: true when the cell's SIGINT handler took it (SIG_IGN too). */
  interrupt(): boolean {
    return this.#running && this.#interrupts.interrupt() === 'handled';
  }

  /**
   * CPython's codeop rule (a compound statement ends with a blank line), and the indent
   * ipykernel answers: the last line's, four spaces deeper after a line that opens a block.
   */
  async isComplete(code: string): Promise<Completeness> {
    const status = this.#session.isComplete(code);
    if (status !== 'incomplete') return { status };
    const last = code.split('\n').filter((l) => l.trim() !== '').pop() ?? '';
    const depth = /^\s*/.exec(last)![0].replace(/\t/g, '    ').length;
    const opens = /:\s*(#.*)?$/.test(last);
    return { status, indent: ' '.repeat(depth + (opens ? 4 : 0)) };
  }

  complete(code: string, cursor: number): Completion {
    return completeWord(code, cursor, (chain) => (chain === undefined
      ? [...this.#session.names(), ...PYTHON_KEYWORDS]
      : _attributesOf(resolveName(this.#session.globals, chain))));
  }

  inspect(code: string, cursor: number): string | undefined {
    const name = nameAt(code, cursor);
    if (name === '') return undefined;
    const value = resolveName(this.#session.globals, name);
    if (value === undefined) return undefined;
    return `${pythonHelpText(value, this.#session.globals)}\n`;
  }

  lookup(name: string): { defined: boolean; value?: unknown } {
    const globals = this.#session.globals;
    return Object.prototype.hasOwnProperty.call(globals, name) ? { defined: true, value: globals[name] } : { defined: false };
  }

  reset(): void {
    this.space.closeAll();
    this.#session = this.#newSession();
  }

  dispose(): void {
    this.space.closeAll();
  }
}

/**
 * A frame in a cell as ipykernel names it (IPython's ultratb): `Cell In[5], line 1` for the
 * cell's own code, `Cell In[2], line 2, in f` inside a function, instead of CPython's
 * `File "Cell In[5]", line 1, in <module>`. Frames elsewhere keep CPython's form.
 */
function _cellFrame(line: string): string {
  const m = /^(\s*)File "(Cell In\[\d+\])", line (\d+)(?:, in (.+))?$/.exec(line);
  if (!m) return line;
  const [, indent, cell, lineno, name] = m;
  return `${indent}${cell}, line ${lineno}${name === undefined || name === '<module>' ? '' : `, in ${name}`}`;
}

/** The names to complete after `value.`: a builtin type's as dir() lists them (`str.up` → upper), else its properties. */
const _attributesOf = (value: unknown): string[] => classAttributeNames(value) ?? attributeNames(value);
