// `socklab run FILE`: runs a .js, .mjs or .ts file as an ES module, with the learner's globals
// preloaded and top-level await; an uncaught error (also one thrown later by a callback or timer)
// prints as Python's traceback and exits 1; Ctrl+C prints CPython's KeyboardInterrupt traceback
// and ends the process by SIGINT, as CPython does (the shell sees status 130).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { configureModules, joinNonDaemonThreads } from './modules/index.ts';
import { asException } from './lang/typescript/evaluate.ts';
import { asEsModule } from './lang/typescript/as-module.ts';
import { createGlobals, formatException, keepUnobservedError } from './socket/index.ts';
import { t } from './i18n/index.ts';
import { streamLineReader } from './lang/line-reader.ts';
import { isEsModule } from './lang/typescript/script.ts';
import { importAtRunTime } from './bundle-hooks.ts';

export interface RunOptions {
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
  /** The script's arguments (sys.argv[1:] for a .py file). */
  argv?: string[];
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

const _KEYBOARD_INTERRUPT = 'Traceback (most recent call last):\nKeyboardInterrupt\n';

// The Ctrl+C watcher's thread. vm's breakOnSigint is the one way JavaScript hears SIGINT while
// the main thread is busy: run in this thread around an Atomics.wait, it ends the wait on
// SIGINT. The main thread is told and prints the traceback; if it does not answer (a loop that
// never waits), this thread prints it, removes the temporary module and sends SIGINT again,
// which, with no watchdog left, ends the process as SIGINT does.
const _WATCHER = `
const { workerData, parentPort } = require('node:worker_threads');
const { runInThisContext } = require('node:vm');
const { rmSync, writeSync } = require('node:fs');
globalThis.state = new Int32Array(workerData.state);
try {
  runInThisContext('Atomics.wait(state, 0, 0)', { breakOnSigint: true });
} catch {
  parentPort.postMessage('SIGINT');
  if (Atomics.wait(state, 1, 0, 200) === 'timed-out') {
    writeSync(2, workerData.text);
    if (workerData.tmp) rmSync(workerData.tmp, { recursive: true, force: true });
    process.kill(process.pid, 'SIGINT');
  }
}
`;

/**
 * Starts the Ctrl+C watcher; `onInterrupt` runs on the main thread when it is free. `tmp`: a
 * directory to remove when the watcher ends the process itself.
 */
function _watchInterrupt(tmp: string | undefined, onInterrupt: () => void): Promise<void> {
  const state = new Int32Array(new SharedArrayBuffer(8)); // [0] never changes, [1] main answered
  const worker = new Worker(_WATCHER, { eval: true, workerData: { state: state.buffer, text: _KEYBOARD_INTERRUPT, tmp } });
  worker.on('error', () => {}); // no watcher: Ctrl+C ends the process silently, as node does
  worker.on('message', () => {
    Atomics.store(state, 1, 1);
    Atomics.notify(state, 1);
    onInterrupt();
  });
  // Kept referenced until it is up (the script waits for that), then not: it must not keep the
  // process alive. unref() comes after on('message'), which refs it again.
  return new Promise((resolve) => {
    worker.once('online', () => {
      worker.unref();
      resolve();
    });
    worker.once('error', () => resolve());
  });
}

/** Runs `file`; resolves with the exit code once its top-level code has finished. */
export async function runScript(file: string, options: RunOptions = {}): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const path = resolve(file);
  if (!existsSync(path)) {
    stderr.write(`${t('cli.fileNotFound', { file })}\n`);
    return 1;
  }
  const ext = extname(path);
  if (ext === '.py') return (await import('./lang/python/index.ts')).runPythonFile(file, { ...options, argv: options.argv });
  if (!['.js', '.mjs', '.ts', '.mts'].includes(ext)) {
    stderr.write(`${t('cli.badExtension', { file })}\n`);
    return 1;
  }

  const source = readFileSync(path, 'utf8');
  if (!isEsModule(source) && (ext === '.js' || ext === '.mjs')) {
    // Not a module of its own: the REPL's evaluator runs it, with the REPL's Python habits and
    // hints. (TypeScript stays below: esbuild's output has other line numbers than the file.)
    const { runWithEvaluator } = await import('./lang/typescript/script.ts');
    const readLine = streamLineReader(options.stdin ?? process.stdin, stdout).read;
    return runWithEvaluator(path, source, { stdout, stderr, readLine, traceback: formatTraceback });
  }

  const { globals, space } = createGlobals({
    write: (text) => stdout.write(text),
    readLine: streamLineReader(options.stdin ?? process.stdin, stdout).read,
  });
  Object.assign(globalThis, globals);
  // An exception in a thread and the modules' one-time notes go to stderr (DESIGN.md §6).
  configureModules({ writeErr: (text) => stderr.write(text) });
  process.on('exit', () => space.closeAll());

  process.setSourceMapsEnabled(true);
  let fatal = false;
  let tmp: string | undefined;
  const removeTmp = () => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  };
  const die = (err: unknown) => {
    if (fatal) return;
    fatal = true;
    stderr.write(formatTraceback(err, path));
    removeTmp();
    process.exit(1);
  };
  process.on('unhandledRejection', (reason, promise) => {
    // A socket call nobody awaited keeps its error for the socket's next call, as the kernel does.
    if (keepUnobservedError(promise, reason)) return;
    die(reason);
  });
  process.on('uncaughtException', die); // a callback's or timer's throw

  let url = pathToFileURL(path).href;
  const workDir = ext === '.mjs' ? undefined : mkdtempSync(join(tmpdir(), 'socklab-run-'));
  tmp = workDir;
  // Started before the transform, so that its thread comes up meanwhile.
  const watching = _watchInterrupt(tmp, () => {
    stderr.write(_KEYBOARD_INTERRUPT);
    removeTmp();
    space.closeAll();
    process.kill(process.pid, 'SIGINT');
  });
  if (workDir) {
    // .js may be CommonJS by package.json rules and .ts needs its types stripped: hand Node an
    // ES module either way, with a source map back to the learner's file for tracebacks.
    const source = readFileSync(path, 'utf8');
    let code: string;
    try {
      code = await asEsModule(source, path, ext === '.js' ? 'js' : 'ts');
    } catch (e) {
      stderr.write(`${t('cli.syntaxError', { file })}\n${(e as Error).message}\n`);
      removeTmp();
      return 1;
    }
    const out = join(workDir, `${basename(path, ext)}.mjs`);
    writeFileSync(out, code);
    url = pathToFileURL(out).href;
  }

  await watching;
  try {
    await importAtRunTime(url);
    // As CPython at the end of the main program: wait for every non-daemon thread.
    await joinNonDaemonThreads();
    return 0;
  } catch (e) {
    stderr.write(formatTraceback(e, path));
    await joinNonDaemonThreads();
    return 1;
  } finally {
    removeTmp();
  }
}
