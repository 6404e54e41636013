// `socklab run FILE`: a .py file runs as Python (src/lang/python); a .js, .mjs or .ts file runs
// through the REPL's evaluator (src/lang/typescript/script.ts), with the learner's globals
// preloaded and top-level await; an uncaught error (also one thrown later by a callback or timer)
// prints as Python's traceback and exits 1; Ctrl+C prints CPython's KeyboardInterrupt traceback
// and ends the process by SIGINT, as CPython does (the shell sees status 130).
import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { t } from './i18n/index.ts';
import { streamLineReader } from './lang/line-reader.ts';
import { lazyStdio } from './lang/lazy-stdio.ts';
import { allowAloneWaits } from './kernel/index.ts';

export interface RunOptions {
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
  /** The script's arguments (sys.argv[1:] for a .py file). */
  argv?: string[];
  /**
   * The script is all the process does (the CLI's `run`): a blocking call whose task is the only
   * one may block the thread in the kernel, as CPython's does (kernel/brief-wait.ts).
   */
  ownsProcess?: boolean;
}

/** Whether the script `runScript` ran ends when its main thread does, as a Python program (script.ts). */
export async function endsWithMainThread(): Promise<boolean> {
  return (await import('./lang/typescript/script.ts')).endsWithMainThread();
}

/** Runs `file`; resolves with the exit code once its top-level code has finished. */
export async function runScript(file: string, options: RunOptions = {}): Promise<number> {
  const stdout = options.stdout ?? lazyStdio('stdout');
  const stderr = options.stderr ?? lazyStdio('stderr');
  const path = resolve(file);
  if (!existsSync(path)) {
    stderr.write(`${t('cli.fileNotFound', { file })}\n`);
    return 1;
  }
  const ext = extname(path);
  if (options.ownsProcess) allowAloneWaits();
  if (ext === '.py') return (await import('./lang/python/index.ts')).runPythonFile(file, { ...options, argv: options.argv });
  if (!['.js', '.mjs', '.ts', '.mts'].includes(ext)) {
    stderr.write(`${t('cli.badExtension', { file })}\n`);
    return 1;
  }

  // Every kind of script runs through the REPL's evaluator: the same language as the REPL's lines.
  // Loaded here, not at the top: a .py program never needs the evaluator (acorn, the rewrites).
  const { runWithEvaluator, formatTraceback } = await import('./lang/typescript/script.ts');
  const readLine = streamLineReader(options.stdin ?? (() => process.stdin), stdout).read;
  return runWithEvaluator(path, readFileSync(path, 'utf8'), { stdout, stderr, readLine, traceback: formatTraceback });
}
