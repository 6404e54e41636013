// `socklab run FILE` for a script that is not an ES module (no import/export of its own): it runs
// through the REPL's evaluator as one entry, so a script reads as the REPL reads a line (Python
// habits, implicit await, the pitfalls' notes and errors) and its errors get the REPL's hints.
// Notes and hints go to stderr (a hint above the traceback, whose last line stays CPython's), so
// that stdout is only what the script prints. A syntax error is shown as CPython shows one
// (File "x.mjs", line N, the line and a caret) without running anything.
import { runInThisContext } from 'node:vm';
import { colors } from '../../colors.ts';
import { formatException, keepUnobservedError } from '../../socket/index.ts';
import { createEvaluator } from './evaluate.ts';
import { hintFor, pythonError } from '../hints.ts';
import { parseLine } from './rewrite.ts';
import { pythonPrepass } from './python-habits.ts';

export interface ScriptStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  readLine: (prompt: string) => Promise<string | undefined>;
  /** Python's traceback for an error raised while running `file`. */
  traceback: (err: unknown, file: string) => string;
}

/** An ES module's own syntax: such a file is imported as a module instead. */
const _ES_MODULE = /^[ \t]*(?:import[ \t]*(?:[\w*{][^;\n]*?[ \t}]from[ \t]*['"]|['"])|export[ \t{*])/m;

export function isEsModule(source: string): boolean {
  return _ES_MODULE.test(source);
}

/** CPython's block for a syntax error: `File "x", line N`, the line, a caret under the column. */
export function formatSyntaxError(file: string, source: string, line: number, column: number, message: string): string {
  const text = source.split('\n')[line - 1] ?? '';
  const indent = text.length - text.trimStart().length;
  const caret = ' '.repeat(Math.max(0, column - indent));
  return `  File "${file}", line ${line}\n    ${text.trim()}\n    ${caret}^\n${formatException(new SyntaxError(message))}\n`;
}

/** Where acorn says `code` stops being JavaScript, with its message minus the "(line:col)". */
function _syntaxError(code: string): { line: number; column: number; message: string } | undefined {
  try {
    parseLine(code);
    return undefined;
  } catch (e) {
    const loc = (e as { loc?: { line: number; column: number } }).loc;
    if (!loc) return undefined;
    return { line: loc.line, column: loc.column, message: (e as Error).message.replace(/ \(\d+:\d+\)$/, '') };
  }
}

/** Runs `source` (the file `path`); resolves with the exit code once its top-level code is done. */
export async function runWithEvaluator(path: string, source: string, io: ScriptStreams): Promise<number> {
  const c = colors();
  const evaluator = createEvaluator({ write: (text) => void io.stdout.write(text), note: (text) => void io.stderr.write(text), readLine: io.readLine, file: path });
  process.on('exit', () => evaluator.space.closeAll());
  const showError = (err: unknown, code: string) => {
    const shown = pythonError(err, code);
    if (shown !== err && err instanceof Error && shown instanceof Error) shown.stack = err.stack; // the frames are the script's
    // The hint first: the last line of stderr stays CPython's own.
    const hint = hintFor(shown, code);
    if (hint) io.stderr.write(`${c.yellow(hint)}\n`);
    io.stderr.write(io.traceback(shown, path));
  };
  let failed = false;
  process.on('unhandledRejection', (reason, promise) => {
    if (keepUnobservedError(promise, reason) || failed) return;
    failed = true;
    showError(reason, '');
    process.exit(1);
  });

  const prepared = await evaluator.prepare(source);
  if (prepared.kind === 'invalid') {
    const where = _syntaxError(pythonPrepass(source).code);
    if (where) {
      const lineText = source.split('\n')[where.line - 1] ?? '';
      const hint = hintFor(new SyntaxError(where.message), lineText);
      if (hint) io.stderr.write(`${c.yellow(hint)}\n`);
      io.stderr.write(formatSyntaxError(path, source, where.line, where.column, where.message));
      return 1;
    }
  }
  const result = await evaluator.run(prepared, (code) => runInThisContext(code, { filename: path, displayErrors: false }));
  if (result.ok) return 0;
  const line = /:(\d+):\d+\)?$/m.exec(((result.error as Error | undefined)?.stack ?? '').split('\n').find((l) => l.includes(path)) ?? '')?.[1];
  showError(result.error, line ? source.split('\n')[Number(line) - 1] ?? '' : '');
  return 1;
}
