// `socklab kernel CONNECTION_FILE`: reads the connection file, loads zeromq (an optional
// dependency: socklab installs where it cannot load, and this says so in one sentence), binds
// the channels and serves until shutdown or until the process that started it is gone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setColor } from '../colors.ts';
import { t } from '../i18n/index.ts';
import { Channels, type ConnectionInfo } from './channels.ts';
import type { Cells } from './cells.ts';
import { Kernel, type KernelLanguage } from './kernel.ts';

/** Something that keeps the kernel from starting; the CLI prints its message and exits 1. */
export class KernelStartError extends Error {
  override name = 'KernelStartError';
}

// How often the kernel looks whether its parent (the notebook server) still lives. ipykernel's
// ParentPollerUnix checks every second too.
const _PARENT_POLL_MS = 1000;

export async function runKernel(connectionFile: string, language: KernelLanguage = 'typescript'): Promise<number> {
  let info: ConnectionInfo;
  try {
    info = JSON.parse(readFileSync(connectionFile, 'utf8')) as ConnectionInfo;
  } catch (e) {
    throw new KernelStartError(t('notebook.badConnectionFile', { file: connectionFile, message: e instanceof Error ? e.message : String(e) }));
  }
  let zmq: typeof import('zeromq');
  try {
    // require(), not import(): importing CommonJS from ESM first parses the whole package for
    // its export names (cjs-module-lexer), ~8 ms of every start measured here.
    zmq = createRequire(import.meta.url)('zeromq') as typeof import('zeromq');
  } catch (e) {
    throw new KernelStartError(t('notebook.noZeromq', { message: e instanceof Error ? e.message.split('\n')[0]! : String(e) }));
  }
  // Colour in streams (front ends render ANSI), unless NO_COLOR asks otherwise.
  setColor(!process.env.NO_COLOR);

  const channels = new Channels(zmq, info);
  try {
    await channels.bind();
  } catch (e) {
    throw new KernelStartError(t('notebook.cannotBind', { message: e instanceof Error ? e.message : String(e) }));
  }
  let finish!: (code: number) => void;
  const finished = new Promise<number>((resolve) => (finish = resolve));
  const stop = async (code: number) => {
    clearInterval(parentPoll);
    process.off('SIGINT', onSigint);
    kernel.dispose();
    await channels.close();
    finish(code);
  };
  const kernel = new Kernel({ channels, loadCells: () => _loadCells(language), language, onShutdown: () => void stop(0) });
  // interrupt_mode "signal": jupyter_client sends SIGINT for the ■ button and before every shutdown.
  const onSigint = () => kernel.interrupt();
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', () => void stop(0));
  // Kernels run in a session of their own: when the notebook server dies, nobody stops them.
  // jupyter_client names itself in JPY_PARENT_PID, which also covers a parent that died
  // before this line ran (process.ppid would already be the reaper's).
  const parent = process.ppid;
  const named = Number(process.env.JPY_PARENT_PID);
  const parentPoll = setInterval(() => {
    if (process.ppid !== parent || (named > 1 && !_alive(named))) void stop(0);
  }, _PARENT_POLL_MS);
  parentPoll.unref();
  // A learner's forgotten Promise rejecting later is reported, never fatal (DESIGN §8).
  process.on('unhandledRejection', (reason) => process.stderr.write(`socklab kernel: ${String(reason)}\n`));
  kernel.start();
  // The lessons load with the first dot-command: at start-up they would only delay the first cell.
  return finished;
}

/**
 * The evaluator, the Python front end and the socket module: loaded once the kernel has
 * answered its first kernel_info_request (the front end waits for that one), not before.
 */
async function _loadCells(language: KernelLanguage): Promise<Cells> {
  const { Cells } = await import('./cells.ts');
  if (language === 'python') {
    const { PythonCells } = await import('./python.ts');
    return new Cells((io) => new PythonCells(io));
  }
  const { TypeScriptCells } = await import('./typescript.ts');
  return new Cells((io) => new TypeScriptCells(io));
}

function _alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}
