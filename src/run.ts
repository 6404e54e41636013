// `socklab run FILE`: runs a .js, .mjs or .ts file as an ES module, with the learner's globals
// preloaded and top-level await; an uncaught error prints as Python's traceback and exits 1.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { configureModules, joinNonDaemonThreads } from './modules/index.ts';
import { createGlobals, formatException, keepUnobservedError } from './socket/index.ts';
import { t } from './i18n/index.ts';

export interface RunOptions {
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
  /** The script's arguments (sys.argv[1:] for a .py file). */
  argv?: string[];
}

/** A line reader over stdin for input(): one readline interface, created on first use. */
function _lineReader(stdin: NodeJS.ReadableStream, stdout: NodeJS.WritableStream) {
  let rl: ReturnType<typeof createInterface> | undefined;
  let lines: AsyncIterator<string> | undefined;
  return async (prompt: string): Promise<string | undefined> => {
    stdout.write(prompt);
    rl ??= createInterface({ input: stdin, terminal: false });
    lines ??= rl[Symbol.asyncIterator]();
    const next = await lines.next();
    if (next.done) return undefined;
    return next.value;
  };
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
  lines.push(formatException(err));
  return `${lines.join('\n')}\n`;
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

  const { globals, space } = createGlobals({
    write: (text) => stdout.write(text),
    readLine: _lineReader(options.stdin ?? process.stdin, stdout),
  });
  Object.assign(globalThis, globals);
  // An exception in a thread and the modules' one-time notes go to stderr (DESIGN.md §6).
  configureModules({ writeErr: (text) => stderr.write(text) });
  process.on('exit', () => space.closeAll());

  process.setSourceMapsEnabled(true);
  let fatal = false;
  process.on('unhandledRejection', (reason, promise) => {
    // A socket call nobody awaited keeps its error for the socket's next call, as the kernel does.
    if (keepUnobservedError(promise, reason)) return;
    if (fatal) return;
    fatal = true;
    stderr.write(formatTraceback(reason, path));
    process.exit(1);
  });

  let url = pathToFileURL(path).href;
  let tmp: string | undefined;
  if (ext !== '.mjs') {
    // .js may be CommonJS by package.json rules and .ts needs its types stripped: hand Node an
    // ES module either way, with a source map back to the learner's file for tracebacks.
    const source = readFileSync(path, 'utf8');
    let code: string;
    try {
      // Loaded only here: esbuild costs start-up time that .mjs scripts do not need.
      const { transform } = await import('esbuild');
      ({ code } = await transform(source, {
        loader: ext === '.js' ? 'js' : 'ts',
        format: 'esm',
        target: 'node20',
        sourcemap: 'inline',
        sourcefile: path,
      }));
    } catch (e) {
      stderr.write(`${t('cli.syntaxError', { file })}\n${(e as Error).message}\n`);
      return 1;
    }
    tmp = mkdtempSync(join(tmpdir(), 'socklab-run-'));
    const out = join(tmp, `${basename(path, ext)}.mjs`);
    writeFileSync(out, code);
    url = pathToFileURL(out).href;
  }

  try {
    await import(url);
    // As CPython at the end of the main program: wait for every non-daemon thread.
    await joinNonDaemonThreads();
    return 0;
  } catch (e) {
    stderr.write(formatTraceback(e, path));
    await joinNonDaemonThreads();
    return 1;
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}
