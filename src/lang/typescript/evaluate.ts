// How one REPL input runs, without a terminal: the REPL uses it for every line, and the course
// linter uses it to run lesson code exactly as a learner's typing would run.
//
// API
//
//   const ev = createEvaluator({ write, readLine, space? });
//     Builds fresh globals (createGlobals from the socket module) and installs them, plus the
//     rewriter's helpers, on globalThis (the REPL runs with useGlobal so String.prototype.encode
//     and instanceof checks share one realm). Only one evaluator may be live in a process at a
//     time; dispose() it before making the next one.
//     - write(text): where print() and input()'s prompt go.
//     - readLine(prompt): one line for input() (undefined = end of input → EOFError).
//     - pollInterrupt(): optional; called every few ms from a loop that cannot give the event
//       loop a turn (a loop in a synchronous function); true means Ctrl+C was pressed.
//     - script: a script's evaluator (`socklab run`): an interrupt is raised where the code
//       waits or loops, so its traceback names that line.
//
//   await ev.evaluate(code, { signal? }) → Evaluation
//     Prepares `code` (Python habits, TypeScript types stripped, implicit await, see rewrite.ts),
//     runs it as a sloppy script in the global scope inside withCancel(signal), awaits the
//     result if it is a thenable, and resolves (never rejects) with
//       { ok: true, value, notes }  or  { ok: false, error, notes }.
//     Aborting `signal` (reason: new KeyboardInterrupt()) cancels every blocking socket call the
//     code started; the evaluation then settles with that error, or with the reason itself if the
//     code does not settle within a moment (it waited on something that is not cancellable).
//     Top-level declarations become globals, so later calls see them.
//
//   ev.prepare(code, { script? }) → Promise<Prepared>, ev.run(prepared, runner, signal?) → Promise<Evaluation>
//                                 evaluate() in two halves: the REPL prepares, then runs with
//                                 node's own eval as the runner (evaluate() uses vm's). Prepared
//                                 is code, invalid (not JavaScript nor TypeScript) or failed (no
//                                 fd to start esbuild: running it raises EMFILE's OSError);
//                                 `script: { file }` reads a whole script (`socklab run`): ES
//                                 module syntax in place, TypeScript with a source map
//   ev.lastLoopTurn()             when a loop last gave the event loop a turn (the linter's
//                                 "the loop did not end")
//   ev.learnerNames()             the globals the learner's code has defined
//   ev.globals, ev.space          the learner's globals (createGlobals' plus help) and their
//                                 socket space
//   ev.reset()                    closes every socket, deletes the learner's variables and puts
//                                 back any overwritten global (the REPL's `.reset`)
//   ev.dispose()                  reset() and remove everything installed on globalThis
import { closeSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants as osConstants } from 'node:os';
import { runInThisContext, Script } from 'node:vm';
import { osError } from '../../socket/errno.ts';
import { answeredAtOnce, createGlobals, currentSignal, currentTask, isSocketCall, KeyboardInterrupt, percentFormat, runTask, withCancel, type SocketSpace } from '../../socket/index.ts';
import { configureModules } from '../../modules/index.ts';
import { helpText } from '../help.ts';
import { BYTES_LITERAL, FSTRING_REPR, FSTRING_STR, pythonComments, pythonPrepass } from './python-habits.ts';
import { createKwcall, kw } from './kwargs.ts';
import { createPitfalls } from './pitfalls.ts';
import { moduleAsScript } from './module-syntax.ts';
import { BOX, DETACH, KW, KWCALL, LOOP_CHECK, LOOP_DUE, LOOP_YIELD, PERCENT, rewriteLine, UNBOX } from './rewrite.ts';

/** What the REPL tells the learner about how it read a line; `{ module }` names a Python module socklab lacks. */
export type Note = 'tuple' | 'unpack' | 'kwargs' | 'import' | { module: string };

export type Evaluation =
  | { ok: true; value: unknown; notes: Note[] }
  | { ok: false; error: unknown; notes: Note[] };

export type Prepared =
  /** Rewritten JavaScript; `async` means its value is a Promise of `{ value }`. */
  /** `map`: for a script's TypeScript, a source map (JSON) from `code`'s lines back to the file's. */
  | { kind: 'code'; code: string; async: boolean; notes: Note[]; map?: string }
  /** Not JavaScript (nor TypeScript): `code` is what to hand to a JavaScript parser for its own error. */
  | { kind: 'invalid'; code: string; incomplete: boolean; notes: Note[]; typescriptError?: SourceError }
  /** TypeScript that could not be read for want of a resource (no fd free: EMFILE): running it raises `error`. */
  | { kind: 'failed'; error: unknown; notes: Note[] };

/** Where a parser stopped reading: 1-based line, 0-based column, its message. */
export interface SourceError {
  line: number;
  column: number;
  message: string;
}

export interface PrepareOptions {
  /**
   * A whole script (`socklab run`, script.ts): ES module syntax is read as script code
   * (module-syntax.ts), and TypeScript comes with a source map from the code back to the file.
   */
  script?: { file: string };
}

export interface EvaluatorOptions {
  write: (text: string) => void;
  readLine: (prompt: string) => Promise<string | undefined>;
  space?: SocketSpace;
  /** Where the pitfalls' notes go (default: write; `socklab run` sends them to stderr). */
  note?: (text: string) => void;
  /** The file the code comes from, for warnings (default: <stdin>, as CPython's REPL says). */
  file?: string;
  /** Ctrl+C pressed while the event loop had no turn (see _LoopTurns)? */
  pollInterrupt?: () => boolean;
  /**
   * A script's evaluator (`socklab run`): Ctrl+C raises a KeyboardInterrupt made where the
   * code was waiting or looping, so that its traceback names the script's line, as CPython's does.
   */
  script?: boolean;
}

/** Runs prepared code synchronously and returns its completion value (throws on errors). */
export type Runner = (code: string) => unknown | Promise<unknown>;

// How long an interrupted line may take to settle by itself before the evaluation gives up on it.
const _INTERRUPT_GRACE_MS = 100;

class _Boxed {
  #boxed = true;
  constructor(readonly value: unknown) {}

  /**
   * A brand check, not `instanceof`: in a script's loop, where every awaited call is unboxed, an
   * instanceof of a class from another closure is the generic builtin (a @@hasInstance lookup).
   */
  static is(x: unknown): x is _Boxed {
    return typeof x === 'object' && x !== null && #boxed in x;
  }
}

function _box(x: unknown): unknown {
  return isSocketCall(x) ? x : new _Boxed(x);
}

/** A fresh KeyboardInterrupt in place of an interrupt's: its stack is where the script waited. */
function _raiseHere(e: unknown): never {
  throw e instanceof KeyboardInterrupt ? new KeyboardInterrupt() : e;
}

/**
 * _box for scripts: an interrupted socket call raises a KeyboardInterrupt made at its await. A
 * call that answered at once cannot be interrupted: no `.catch()` Promise for it (one per call
 * doubled the cost of its await).
 */
function _scriptBox(x: unknown): unknown {
  if (answeredAtOnce(x)) return x;
  return isSocketCall(x) ? x.catch(_raiseHere) : new _Boxed(x);
}

function _unbox(x: unknown): unknown {
  return _Boxed.is(x) ? x.value : x;
}

// How often a loop gives the event loop a turn, and how often the clock is read for it.
const _TURN_MS = 5;
const _TICKS_PER_CLOCK_READ = 32;

/**
 * The loop turn checks the rewriter puts at the start of every loop body (rewrite.ts).
 *
 * Why this mechanism: a loop that never waits starves the event loop, and with it Ctrl+C (in
 * raw terminal mode Ctrl+C is a key that readline reads from the event loop, not a signal),
 * the lessons' peers (same process) and background handlers. node's breakEvalOnSigint only
 * covers the synchronous run of a script: once a line has awaited anything, its loop runs as
 * microtasks, out of reach of vm's watchdog. A watchdog thread could notice the stall but could
 * not raise a catchable KeyboardInterrupt inside the loop. So loops check in themselves:
 *  - due() + yield() (the line's own code, async functions): every _TURN_MS a setImmediate turn,
 *    in which readline reads Ctrl+C (aborting the line's signal) and peers run; yield() then
 *    raises the signal's reason, as Python raises KeyboardInterrupt between bytecodes.
 *  - check() (synchronous functions, which cannot await): every _TURN_MS asks pollInterrupt(),
 *    which reads the terminal without the event loop, and raises KeyboardInterrupt.
 * The clock is read once per _TICKS_PER_CLOCK_READ iterations: reading it costs ~50 ns, more
 * than a tight loop's iteration.
 */
class _LoopTurns {
  #ticks = 0;
  #next = 0;
  /** When the last turn was given (performance.now()): a loop that spins gives one every _TURN_MS. */
  last = -Infinity;
  constructor(
    readonly pollInterrupt: (() => boolean) | undefined,
    readonly freshInterrupt = false,
  ) {}

  #clockSays(): boolean {
    if (++this.#ticks % _TICKS_PER_CLOCK_READ !== 0) return false;
    const now = performance.now();
    if (now < this.#next) return false;
    this.#next = now + _TURN_MS;
    return true;
  }

  due = (): boolean => this.#clockSays();

  yield = async (): Promise<void> => {
    await new Promise((resolve) => setImmediate(resolve));
    this.last = performance.now();
    this.#next = this.last + _TURN_MS;
    const signal = currentSignal();
    if (signal?.aborted) {
      if (this.freshInterrupt) _raiseHere(signal.reason);
      throw signal.reason;
    }
  };

  check = (): void => {
    if (!this.#clockSays()) return;
    // Whoever spins (the line, or a handler started in the background) is what blocks the
    // session, so it is what Ctrl+C stops.
    if (this.pollInterrupt?.()) throw new KeyboardInterrupt();
    const signal = currentSignal();
    if (signal?.aborted) throw signal.reason;
  };
}

/**
 * What was thrown, as the Python exception it stands for: `throw null` (or undefined) is
 * Python's `raise None`, a TypeError.
 */
export function asException(thrown: unknown): unknown {
  return thrown === null || thrown === undefined ? new TypeError('exceptions must derive from BaseException') : thrown;
}

// Inside the bundle the loader's own require (src/start.ts passes it), as lazy-builtins.ts takes it:
// making one from import.meta.url costs each `socklab run` two URL conversions.
const _require = typeof require === 'function' ? require : createRequire(import.meta.url);

/** esbuild's file once resolved; see loadEsbuild. */
let _esbuildFile: string | undefined;

/**
 * esbuild, loaded on the first line that needs it (loading it costs start-up time most sessions
 * never use). Never a cached failure: node keeps a failed import() failed, and a failed
 * resolution (its package.json unreadable) "not found", for the life of the process, so one
 * TypeScript line typed while no fd was free (EMFILE) broke TypeScript for the rest of the
 * session. Its file is resolved here, on first use, and only after _fdsForEsbuild found fds free
 * (resolving it at start-up cost every `socklab run` ~1 ms of stat calls and package.json
 * reads); a resolution or require that fails is simply tried again next time.
 */
export function loadEsbuild(): typeof import('esbuild') {
  _esbuildFile ??= _require.resolve('esbuild');
  return _require(_esbuildFile) as typeof import('esbuild');
}

/**
 * The OSError for an esbuild that could not run (`spawn ... EMFILE`: no fd free for its pipes,
 * or its module could not be read), or undefined for a syntax error. Its service is stopped, so
 * that the next line starts a new one instead of hearing "the service was stopped" for good.
 */
function _esbuildFailure(e: unknown): unknown {
  const text = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown }).code;
  const name = typeof code === 'string' && code in osConstants.errno ? code : /\b(E[A-Z]{3,})\b/.exec(text)?.[1];
  if (name === undefined || !(name in osConstants.errno)) return undefined;
  _esbuildRunning = false;
  // Never resolved, never loaded: nothing runs (and resolving it now, short of fds, could fail for good).
  if (_esbuildFile !== undefined) {
    try {
      void loadEsbuild().stop();
    } catch {
      // not loaded: nothing runs
    }
  }
  return osError((osConstants.errno as Record<string, number>)[name]!);
}

/** esbuild's service process is up (its pipes are open): a transform needs no new fd. */
let _esbuildRunning = false;

// Fds that starting esbuild's service takes (its three pipes, and the pipe spawn() reports on).
const _ESBUILD_FDS = 8;

/**
 * Throws EMFILE unless starting esbuild's service can get its fds. esbuild cannot be asked
 * to start without them: its spawn() fails inside, with a throw nobody catches (a crash) and a
 * transform that never settles.
 */
function _fdsForEsbuild(): void {
  const fds: number[] = [];
  try {
    for (let i = 0; i < _ESBUILD_FDS; i++) fds.push(openSync('/dev/null', 'r'));
  } finally {
    for (const fd of fds) closeSync(fd);
  }
}

/** Reads `code` as the REPL does; never throws. */
export async function prepareLine(code: string, options: PrepareOptions = {}): Promise<Prepared> {
  const pre = pythonPrepass(code);
  const notes: Note[] = pre.droppedImport ? ['import'] : [];
  for (const module of pre.missingModules) notes.push({ module });
  const done = (js: string, map?: string): Prepared => {
    const r = rewriteLine(options.script ? moduleAsScript(js) : js);
    if (r.tuples) notes.push('tuple');
    if (r.unpacking) notes.push('unpack');
    if (r.kwargs) notes.push('kwargs');
    return { kind: 'code', code: r.code, async: r.async, notes, ...(map === undefined ? {} : { map }) };
  };
  try {
    return done(pre.code);
  } catch {
    // Not JavaScript: maybe a Python comment pasted with the code (`s.listen(128)  # 最大连接数`),
    // or TypeScript (esbuild strips the types; only tried after JavaScript failed, so plain
    // lines stay fast and keep their exact text).
  }
  const commented = pythonComments(pre.code);
  if (commented !== undefined) {
    try {
      return done(commented);
    } catch {
      // not that either
    }
  }
  try {
    // The fds first: without them, resolving esbuild could fail for the rest of the session.
    if (!_esbuildRunning) _fdsForEsbuild();
    const { transform } = loadEsbuild();
    const file = options.script?.file;
    // A script's lines move (esbuild prints the code anew): the map leads back to them.
    const ts = await transform(pre.code, { loader: 'ts', target: 'esnext', logLevel: 'silent', ...(file === undefined ? {} : { sourcemap: 'external', sourcefile: file }) });
    _esbuildRunning = true;
    return done(ts.code, file === undefined ? undefined : ts.map);
  } catch (e) {
    const failed = _esbuildFailure(e);
    if (failed) return { kind: 'failed', error: failed, notes };
    const errors = (e as { errors?: Array<{ text: string; location?: { line: number; column: number } | null }> }).errors ?? [];
    const incomplete = errors.some((x) => /end of file/i.test(x.text));
    const first = errors[0];
    const typescriptError = first?.location ? { line: first.location.line, column: first.location.column, message: first.text } : undefined;
    return { kind: 'invalid', code: pre.code, incomplete, notes, ...(typescriptError ? { typescriptError } : {}) };
  }
}

/** Compiles and runs a script in the global scope, as node's REPL does with useGlobal. */
export const runInGlobalScope: Runner = (code) => runInThisContext(code, { filename: 'REPL', displayErrors: false });

export function createEvaluator(options: EvaluatorOptions) {
  const created = createGlobals({ write: options.write, readLine: options.readLine, space: options.space });
  // An exception in a thread and the modules' one-time notes show inline, where print() writes.
  // Thread errors and the modules' notes go where the pitfalls' notes go (stderr in `socklab run`).
  const previousModuleEnv = configureModules({ writeErr: options.note ?? options.write });
  const { space } = created;
  const globals = {
    ...created.globals,
    /** Python's help(): the socket API's docs (help.ts). */
    help(x?: unknown): undefined {
      options.write(`${helpText(x, globals)}\n`);
      return undefined;
    },
  };
  const g = globalThis as Record<string, unknown>;
  const kwcall = createKwcall({ globals, printWith: created.printWith });
  // Background tasks (a handler per client) outlive their line's Ctrl+C, as Python's threads do;
  // .reset and dispose() stop them.
  let background = new AbortController();
  // A task of its own (socket/cancel.ts), in the thread that started it.
  const detach = (fn: () => unknown): unknown => runTask(background.signal, currentTask(), fn);
  const pitfalls = createPitfalls({ write: options.note ?? options.write, space, file: options.file, roots: () => learnerValues() });
  const turns = new _LoopTurns(options.pollInterrupt, options.script);

  // What was on globalThis before us, to put back on dispose().
  const previous = new Map<string, PropertyDescriptor | undefined>();
  const install = () => {
    for (const [name, value] of Object.entries(globals)) {
      if (!previous.has(name)) previous.set(name, Object.getOwnPropertyDescriptor(g, name));
      Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
    }
    for (const [name, value] of [[BOX, options.script ? _scriptBox : _box], [UNBOX, _unbox], [KW, kw], [KWCALL, kwcall], [DETACH, detach], [PERCENT, percentFormat], [BYTES_LITERAL, created.globals.b], [FSTRING_STR, created.globals.str], [FSTRING_REPR, created.globals.repr], [LOOP_DUE, turns.due], [LOOP_YIELD, turns.yield], [LOOP_CHECK, turns.check], ...Object.entries(pitfalls.helpers)] as const) {
      if (!previous.has(name)) previous.set(name, Object.getOwnPropertyDescriptor(g, name));
      Object.defineProperty(g, name, { value, writable: false, configurable: true, enumerable: false });
    }
  };
  install();
  // Everything on globalThis now is not the learner's; what appears later is.
  const baseline = new Set(Reflect.ownKeys(g));
  // ...and the values they had (the learner may assign to them: `b = socket.socket()`).
  const installed = new Map<string | symbol, unknown>();
  for (const key of baseline) {
    const desc = Object.getOwnPropertyDescriptor(g, key);
    if (desc && 'value' in desc) installed.set(key, desc.value);
  }

  const learnerNames = (): string[] =>
    Reflect.ownKeys(g).filter((k): k is string => typeof k === 'string' && !baseline.has(k));

  /** The values of the learner's variables, also of the globals they gave a value (`[a, b] = ...`). */
  const learnerValues = (): unknown[] => {
    const values = learnerNames().map((name) => g[name]);
    for (const [name, value] of installed) {
      const now = Object.getOwnPropertyDescriptor(g, name);
      if (now && 'value' in now && now.value !== value) values.push(now.value);
    }
    return values;
  };

  async function run(prepared: Prepared, runner: Runner, signal?: AbortSignal): Promise<Evaluation> {
    const notes = prepared.notes;
    if (prepared.kind === 'failed') return { ok: false, error: prepared.error, notes };
    if (prepared.kind === 'invalid') {
      // JavaScript's own SyntaxError, unless V8 knows syntax that acorn does not yet.
      try {
        new Script(prepared.code, { filename: 'REPL' });
      } catch (error) {
        return { ok: false, error, notes };
      }
      return run({ kind: 'code', code: prepared.code, async: false, notes }, runner, signal);
    }
    const ctl = signal ?? new AbortController().signal;
    let value: unknown;
    pitfalls.lineStart();
    try {
      // The scope lasts as long as the line's own code runs, not as long as we wait for it: a line
      // given up after an interrupt keeps its (aborted) signal for whatever it still does.
      value = await _settle(withCancel(ctl, () => runner(prepared.code)), ctl);
      if (prepared.async) value = (value as { value: unknown } | undefined)?.value;
      if (_isThenable(value)) {
        const thenable = value;
        value = await _settle(withCancel(ctl, () => Promise.resolve(thenable)), ctl);
      }
      return { ok: true, value, notes };
    } catch (error) {
      return { ok: false, error, notes };
    } finally {
      pitfalls.lineDone(prepared.code, value);
    }
  }

  return {
    globals,
    space,
    prepare: (code: string, prepareOptions?: PrepareOptions) => prepareLine(code, prepareOptions),
    /** Runs prepared code with `runner` (the REPL passes node's own eval). */
    run,
    async evaluate(code: string, opts: { signal?: AbortSignal } = {}): Promise<Evaluation> {
      return run(await prepareLine(code), runInGlobalScope, opts.signal);
    },
    /** Names the learner has defined (globals that were not there when the evaluator was made). */
    learnerNames,
    /** When a loop of the code last gave the event loop a turn (performance.now()). */
    lastLoopTurn: (): number => turns.last,
    reset(): void {
      background.abort(new KeyboardInterrupt());
      background = new AbortController();
      pitfalls.reset();
      space.closeAll();
      for (const name of learnerNames()) {
        if (!Reflect.deleteProperty(g, name)) {
          try {
            g[name] = undefined; // a function declaration's non-configurable global
          } catch {
            // read-only: leave it
          }
        }
      }
      install();
    },
    dispose(): void {
      this.reset();
      for (const [name, desc] of previous) {
        if (desc) Object.defineProperty(g, name, desc);
        else Reflect.deleteProperty(g, name);
      }
      previous.clear();
      configureModules(previousModuleEnv);
    },
  };
}

export type Evaluator = ReturnType<typeof createEvaluator>;

function _isThenable(x: unknown): x is PromiseLike<unknown> {
  return (typeof x === 'object' || typeof x === 'function') && x !== null && typeof (x as { then?: unknown }).then === 'function';
}

/**
 * Waits for `value` if it is a thenable. When `signal` aborts, the socket calls see it first
 * and normally make the line fail with the KeyboardInterrupt; a line waiting on something else
 * is given up after a grace period, with the signal's reason.
 */
function _settle(value: unknown, signal: AbortSignal): unknown {
  if (!_isThenable(value)) return value;
  const line = Promise.resolve(value);
  line.catch(() => {}); // observed below or deliberately abandoned after an interrupt
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      timer = setTimeout(() => reject(signal.reason), _INTERRUPT_GRACE_MS);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    line.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    });
  });
}
