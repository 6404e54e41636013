// `socklab run FILE.py` and `socklab translate FILE.py`: a Python program with stdout exactly
// CPython's (notes go to stderr), its traceback and exit status 1 on an uncaught error.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { t } from '../../i18n/index.ts';
import { streamLineReader } from '../line-reader.ts';
import { lazyStdio } from '../lazy-stdio.ts';
import { bufferStandardInput } from '../../modules/standard-input.ts';
import { SocketSpace } from '../../socket/space.ts';
import { createPythonSession, loaderObject } from './session.ts';
import { ProgramSignal } from './stdlib/signal.ts';

export interface PythonRunOptions {
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
  argv?: string[];
  /** The program is all the process does (`socklab run`): an uncaught KeyboardInterrupt ends it by SIGINT, as CPython's. */
  ownsProcess?: boolean;
}

export async function runPythonFile(file: string, options: PythonRunOptions = {}): Promise<number> {
  // `socklab run prog.py | head`: the reader went away; stop quietly, as a closed pipe ends CPython.
  const onClosedPipe = (stream: NodeJS.WritableStream) => stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  const stdout = options.stdout ?? lazyStdio('stdout', onClosedPipe);
  const stderr = options.stderr ?? lazyStdio('stderr');
  const path = resolve(file);
  if (!existsSync(path)) {
    stderr.write(`${t('cli.fileNotFound', { file })}\n`);
    return 1;
  }
  const source = readFileSync(path, 'utf8');
  if (options.stdout) onClosedPipe(options.stdout);
  const input = streamLineReader(options.stdin ?? (() => process.stdin), stdout);
  // sys.stdin.fileno() is 0, and its lines are the reader's: select() asks the reader.
  const unbufferInput = bufferStandardInput(input);
  const session = createPythonSession({
    write: (text) => stdout.write(text),
    writeErr: (text) => stderr.write(text),
    readLine: (prompt) => input.read(prompt),
    argv: [file, ...(options.argv ?? [])],
    // Nothing reads the event log in a run (no socket table, diagram or lesson): not kept.
    space: new SocketSpace({ keepLog: false }),
  });
  process.on('exit', () => session.space.closeAll());
  // CPython's __main__.__file__ (and the file its tracebacks name): the path as given, made
  // absolute by joining it to the working directory, not normalised (3.9 on).
  const mainFile = isAbsolute(file) ? file : `${process.cwd()}/${file}`;
  Object.assign(session.globals, { __file__: mainFile, __cached__: null, __loader__: loaderObject('_frozen_importlib_external', 'SourceFileLoader') });
  const controller = new ProgramSignal();
  // A Python handler (signal.signal(SIGINT, f)) runs instead of KeyboardInterrupt; what it
  // raises is raised in the program, where it waits or loops.
  session.signals.onInterrupt = (err) => controller.raiseOnce(err);
  const onSigint = () => {
    const action = session.signals.deliver(2);
    if (action === 'default') controller.abort();
    else if (action === 'terminate') {
      // signal.signal(SIGINT, SIG_DFL): the system's action, the process ends by SIGINT at once.
      process.off('SIGINT', onSigint);
      session.space.closeAll();
      process.kill(process.pid, 'SIGINT');
    }
  };
  process.on('SIGINT', onSigint);
  let interrupted = false;
  try {
    const result = await session.exec(source, { filename: mainFile, mode: 'exec', signal: controller.signal });
    if (!result.ok) stderr.write(result.error!.traceback);
    await session.joinThreads();
    if (result.ok) return 0;
    const error = result.error!;
    if (error.exitCode !== undefined) return error.exitCode;
    if (error.type !== 'KeyboardInterrupt') return 1;
    interrupted = options.ownsProcess === true;
    return 130;
  } finally {
    process.off('SIGINT', onSigint);
    input.close();
    unbufferInput();
    if (interrupted) {
      // CPython re-raises SIGINT once its traceback is printed: a shell's `prog; next` stops at it.
      session.space.closeAll();
      process.kill(process.pid, 'SIGINT');
    }
  }
}

export function translatePythonFile(file: string, options: Pick<PythonRunOptions, 'stdout' | 'stderr'> = {}): number {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const path = resolve(file);
  if (!existsSync(path)) {
    stderr.write(`${t('cli.fileNotFound', { file })}\n`);
    return 1;
  }
  const session = createPythonSession({ write: () => {}, readLine: async () => undefined });
  try {
    stdout.write(`${session.translate(readFileSync(path, 'utf8'), path)}\n`);
    return 0;
  } catch (e) {
    stderr.write(session.describe(e).traceback);
    return 1;
  }
}
