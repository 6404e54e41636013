// `socklab run FILE` for a .js, .mjs or .ts script: it runs through the REPL's evaluator as one
// entry, so a script reads as the REPL reads a line (Python habits, implicit await, loop turns,
// the pitfalls' notes and errors) and its errors get the REPL's hints. ES module syntax is read
// in place (module-syntax.ts) and TypeScript's types are stripped with a source map back to the
// file, so every line number and caret is the file's own. Notes and hints go to stderr (a hint
// above the traceback, whose last line stays CPython's), so that stdout is only what the script
// prints. A syntax error is shown as CPython shows one (File "x.mjs", line N, the line and a
// caret) without running anything. Ctrl+C raises KeyboardInterrupt where the script is (its
// traceback names that line, as CPython's does) and ends the process by SIGINT (status 130).
import { readFileSync } from 'node:fs';
import { SourceMap, createRequire, isBuiltin } from 'node:module';
import { pathToFileURL } from 'node:url';
import { runInThisContext } from 'node:vm';
import { colors } from '../../colors.ts';
import { formatException, keepUnobservedError, KeyboardInterrupt, repr, SocketSpace } from '../../socket/index.ts';
import { parse } from 'acorn';
import { asException, createEvaluator, type SourceError } from './evaluate.ts';
import { hintFor, pythonError } from '../hints.ts';
import { IMPORT, IMPORT_META } from './module-syntax.ts';
import { LOOP_CHECK, parseLine } from './rewrite.ts';
import { pythonPrepass } from './python-habits.ts';
import { importAtRunTime } from '../../bundle-hooks.ts';
import type { TextWriter } from '../lazy-stdio.ts';
import { nodeWorkerThreads } from '../../lazy-builtins.ts';
import { PYTHON_FOR_SCRIPTS } from '../python/translation-import.ts';

export interface ScriptStreams {
  stdout: TextWriter;
  stderr: TextWriter;
  readLine: (prompt: string) => Promise<string | undefined>;
  /** Python's traceback for an error raised while running `file`. */
  traceback: (err: unknown, file: string) => string;
}

/** Python's "Traceback (most recent call last)" block, with the script's own frame when known. */
export function formatTraceback(err: unknown, file: string): string {
  const lines = ['Traceback (most recent call last):'];
  const stack = err instanceof Error && typeof err.stack === 'string' ? err.stack : '';
  const frame = stack.split('\n').find((l) => l.includes(file));
  const m = frame && /:(\d+):\d+\)?$/.exec(frame.trim());
  if (m) {
    const lineNo = Number(m[1]);
    lines.push(`  File "${file}", line ${lineNo}, in <module>`);
    const source = readFileSync(file, 'utf8').split('\n')[lineNo - 1]?.trim();
    if (source) lines.push(`    ${source}`);
  }
  lines.push(formatException(asException(err)));
  return `${lines.join('\n')}\n`;
}

/** CPython's block for a syntax error: `File "x", line N`, the line, a caret under the column. */
export function formatSyntaxError(file: string, source: string, line: number, column: number, message: string): string {
  const text = source.split('\n')[line - 1] ?? '';
  const indent = text.length - text.trimStart().length;
  const caret = ' '.repeat(Math.max(0, column - indent));
  return `  File "${file}", line ${line}\n    ${text.trim()}\n    ${caret}^\n${formatException(new SyntaxError(message))}\n`;
}

/** Where acorn says `code` stops being JavaScript, with its message minus the "(line:col)". */
function _syntaxError(code: string, module = false): SourceError | undefined {
  try {
    if (module) parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true, allowHashBang: true });
    else parseLine(code);
    return undefined;
  } catch (e) {
    const loc = (e as { loc?: { line: number; column: number } }).loc;
    if (!loc) return undefined;
    const message = (e as Error).message.replace(/ \(\d+:\d+\)$/, '');
    // A script with ES module syntax: the error is where it stops being a module.
    if (!module && message.startsWith("'import' and 'export' may appear only")) return _syntaxError(code, true);
    return { line: loc.line, column: loc.column, message };
  }
}

const _KEYBOARD_INTERRUPT = 'Traceback (most recent call last):\nKeyboardInterrupt\n';

// The Ctrl+C watcher's thread, for code whose synchronous functions loop (their loops cannot
// give the event loop a turn, so the main thread would not hear SIGINT). vm's breakOnSigint is
// the one way JavaScript hears SIGINT while the main thread is busy: run in this thread around an
// Atomics.wait, it ends the wait on SIGINT. It raises the flag that those loops poll
// (state[2]) and tells the main thread; if the main thread does not answer (state[1]) in a
// moment, this thread prints the traceback and sends SIGINT again, which, with no watchdog
// left, ends the process as SIGINT does.
const _WATCHER = `
const { workerData, parentPort } = require('node:worker_threads');
const { runInThisContext } = require('node:vm');
const { writeSync } = require('node:fs');
globalThis.state = new Int32Array(workerData.state);
try {
  runInThisContext('Atomics.wait(state, 0, 0)', { breakOnSigint: true });
} catch {
  Atomics.store(state, 2, 1);
  parentPort.postMessage('SIGINT');
  if (Atomics.wait(state, 1, 0, 500) === 'timed-out') {
    writeSync(2, workerData.text);
    process.kill(process.pid, 'SIGINT');
  }
}
`;

/**
 * How the script hears Ctrl+C: by process.on('SIGINT') when every loop gives the event loop a
 * turn, by the watcher thread when a synchronous function loops. `poll()` is what such a loop
 * asks (true once Ctrl+C was pressed, after calling `onInterrupt`); `stop()` gives SIGINT back to
 * its default action.
 */
function _hearInterrupt(code: string, onInterrupt: () => void): { poll: () => boolean; stop: () => void; ready: Promise<void> } {
  if (!code.includes(`${LOOP_CHECK}()`)) {
    process.on('SIGINT', onInterrupt);
    return { poll: () => false, stop: () => void process.off('SIGINT', onInterrupt), ready: Promise.resolve() };
  }
  const state = new Int32Array(new SharedArrayBuffer(12)); // [0] never changes, [1] main answered, [2] SIGINT seen
  const answer = () => {
    Atomics.store(state, 1, 1);
    Atomics.notify(state, 1);
  };
  const worker = new (nodeWorkerThreads().Worker)(_WATCHER, { eval: true, workerData: { state: state.buffer, text: _KEYBOARD_INTERRUPT } });
  worker.on('error', () => {}); // no watcher: Ctrl+C ends the process silently, as node does
  worker.on('message', () => {
    answer();
    onInterrupt();
  });
  // Kept referenced until it is up (the script waits for that: a Ctrl+C before would end the
  // process silently), then not: it must not keep the process alive.
  const ready = new Promise<void>((resolve) => {
    worker.once('online', resolve);
    worker.once('error', () => resolve());
  }).then(() => void worker.unref());
  return {
    ready,
    poll: () => {
      if (Atomics.load(state, 2) === 0) return false;
      answer();
      onInterrupt();
      return true;
    },
    stop: () => {},
  };
}

/** Maps `path:LINE:COL` in a stack back through TypeScript's source map to the file's lines. */
function _remapStack(stack: string, path: string, map: SourceMap): string {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return stack.replace(new RegExp(`${escaped}:(\\d+):(\\d+)`, 'g'), (whole, line: string, column: string) => {
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1) as { originalLine?: number; originalColumn?: number };
    return entry.originalLine === undefined ? whole : `${path}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
  });
}

/**
 * The script's import(): a specifier resolved against the script's file, as its own import would
 * be; 'socklab/python' (what `socklab translate` imports) is `python()`.
 */
function _importer(path: string, python: () => Promise<unknown>): { load: (spec: unknown) => Promise<unknown>; meta: object } {
  const url = pathToFileURL(path).href;
  const require = createRequire(path);
  const resolveSpec = (spec: string): string => {
    if (/^\.{0,2}\//.test(spec)) return new URL(spec, url).href;
    if (/^[a-z][a-z0-9+.-]*:/i.test(spec) || isBuiltin(spec)) return spec;
    try {
      return pathToFileURL(require.resolve(spec)).href;
    } catch {
      return spec; // import() says what is wrong
    }
  };
  return {
    // The bundle runs as a vm.Script (src/start.ts), where import() needs its loader's hook.
    load: (spec) => (spec === PYTHON_FOR_SCRIPTS ? python() : importAtRunTime(resolveSpec(String(spec)))),
    meta: { url, filename: path, dirname: path.replace(/\/[^/]*$/, ''), resolve: resolveSpec },
  };
}

/**
 * A translated Python program's runtime and builtins (`import { py, print } from 'socklab/python'`):
 * a Python session on the script's own sockets and streams, loaded only by a script that asks.
 */
async function _pythonForScript(path: string, io: ScriptStreams, space: SocketSpace) {
  const { createPythonSession } = await import('../python/session.ts');
  _endsWithMainThread = true;
  const session = createPythonSession({
    write: (text) => void io.stdout.write(text),
    writeErr: (text) => void io.stderr.write(text),
    readLine: io.readLine,
    space,
    argv: [path],
  });
  return { module: session.scriptModule(), joinThreads: () => session.joinThreads() };
}

let _endsWithMainThread = false;

/**
 * Whether the script that ran was a translated Python program (it imported 'socklab/python'),
 * which ends as CPython's does: when its main thread and non-daemon threads are done, whatever
 * daemon threads, timers or sockets are left. A plain script lives while the event loop has work.
 */
export function endsWithMainThread(): boolean {
  return _endsWithMainThread;
}

/** Runs `source` (the file `path`); resolves with the exit code once its top-level code is done. */
export async function runWithEvaluator(path: string, source: string, io: ScriptStreams): Promise<number> {
  const c = colors();
  const typescript = /\.m?ts$/.test(path);
  const controller = new AbortController();
  let interrupt = { poll: () => false, stop: () => {}, ready: Promise.resolve() };
  // Before the evaluator, which counts what is on globalThis then as not the learner's.
  const importer = _importer(path, async () => (await (python ??= _pythonForScript(path, io, evaluator.space))).module);
  let python: Promise<{ module: Record<string, unknown>; joinThreads: () => Promise<void> }> | undefined;
  for (const [name, value] of [[IMPORT, importer.load], [IMPORT_META, importer.meta]] as const) {
    Object.defineProperty(globalThis, name, { value, writable: false, configurable: true, enumerable: false });
  }
  const evaluator = createEvaluator({
    write: (text) => void io.stdout.write(text),
    note: (text) => void io.stderr.write(text),
    readLine: io.readLine,
    file: path,
    script: true,
    pollInterrupt: () => interrupt.poll(),
    // Nothing reads the event log in a run (no socket table, diagram or lesson): not kept.
    space: new SocketSpace({ keepLog: false }),
  });
  process.on('exit', () => {
    // As CPython at exit under -W: a socket still open when its module's globals go is unclosed.
    if (process.env.PYTHONWARNINGS) {
      for (const sock of evaluator.space.sockets) if (sock.fileno() >= 0) io.stderr.write(`sys:1: ResourceWarning: unclosed ${repr(sock)}\n`);
    }
    evaluator.space.closeAll();
  });
  let map: SourceMap | undefined;
  const remap = (err: unknown): unknown => {
    if (map && err instanceof Error && typeof err.stack === 'string') err.stack = _remapStack(err.stack, path, map);
    return err;
  };
  const lineOf = (err: unknown): string => {
    const frame = ((err as Error | undefined)?.stack ?? '').split('\n').find((l) => l.includes(path)) ?? '';
    const line = /:(\d+):\d+\)?$/.exec(frame)?.[1];
    return line ? source.split('\n')[Number(line) - 1] ?? '' : '';
  };
  const showError = (err: unknown) => {
    remap(err);
    const code = lineOf(err);
    const shown = pythonError(err, code);
    if (shown !== err && err instanceof Error && shown instanceof Error) shown.stack = err.stack; // the frames are the script's
    // The hint first: the last line of stderr stays CPython's own.
    const hint = hintFor(shown, code);
    if (hint) io.stderr.write(`${c.yellow(hint)}\n`);
    io.stderr.write(io.traceback(shown, path));
  };
  let failed = false;
  const fail = (reason: unknown) => {
    if (failed) return;
    failed = true;
    showError(reason);
    process.exit(1);
  };
  process.on('unhandledRejection', (reason, promise) => {
    // A socket call nobody awaited keeps its error for the socket's next call, as the kernel does.
    if (!keepUnobservedError(promise, reason)) fail(reason);
  });
  process.on('uncaughtException', fail); // a callback's or timer's throw

  const prepared = await evaluator.prepare(source, { script: { file: path } });
  if (prepared.kind === 'invalid') {
    const where = (typescript ? prepared.typescriptError : undefined) ?? _syntaxError(pythonPrepass(source).code);
    if (where) {
      const lineText = source.split('\n')[where.line - 1] ?? '';
      const hint = hintFor(new SyntaxError(where.message), lineText);
      if (hint) io.stderr.write(`${c.yellow(hint)}\n`);
      io.stderr.write(formatSyntaxError(path, source, where.line, where.column, where.message));
      return 1;
    }
  }
  if (prepared.kind === 'code' && prepared.map !== undefined) map = new SourceMap(JSON.parse(prepared.map));

  // Ctrl+C: the script's blocking call or loop raises KeyboardInterrupt where it stands; once its
  // top-level code has ended (callbacks still running), there is no line to name.
  let running = true;
  let interrupted = false;
  const die = (err: unknown) => {
    interrupt.stop();
    io.stderr.write(err instanceof KeyboardInterrupt && lineOf(remap(err)) ? io.traceback(err, path) : _KEYBOARD_INTERRUPT);
    evaluator.space.closeAll();
    process.kill(process.pid, 'SIGINT');
  };
  interrupt = _hearInterrupt(prepared.kind === 'code' ? prepared.code : '', () => {
    if (interrupted) return;
    interrupted = true;
    controller.abort(new KeyboardInterrupt());
    if (!running) die(undefined);
  });

  await interrupt.ready;
  const result = await evaluator.run(prepared, (code) => runInThisContext(code, { filename: path, displayErrors: false }), controller.signal);
  running = false;
  if (interrupted && !result.ok && result.error instanceof KeyboardInterrupt) {
    die(result.error);
    return new Promise(() => {}); // SIGINT ends the process
  }
  if (result.ok) {
    if (python) await (await python).joinThreads();
    return 0;
  }
  showError(result.error);
  return 1;
}
