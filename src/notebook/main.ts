// `socklab kernel CONNECTION_FILE`: reads the connection file, loads zeromq (an optional
// dependency: socklab installs where it cannot load, and this says so in one sentence), binds
// the channels and serves until shutdown or until the process that started it is gone.
import { readFileSync } from 'node:fs';
import { setColor } from '../colors.ts';
import { t } from '../i18n/index.ts';
import { Channels, type ConnectionInfo } from './channels.ts';
import { Cells, wantColour } from './cells.ts';
import { PythonCells } from './python.ts';
import { TypeScriptCells } from './typescript.ts';
import { Kernel, type KernelLanguage } from './kernel.ts';
import { importAtRunTime } from '../bundle-hooks.ts';

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
    zmq = await importAtRunTime<typeof import('zeromq')>('zeromq');
  } catch (e) {
    throw new KernelStartError(t('notebook.noZeromq', { message: e instanceof Error ? e.message.split('\n')[0]! : String(e) }));
  }
  setColor(wantColour());

  const channels = new Channels(zmq, info);
  try {
    await channels.bind();
  } catch (e) {
    throw new KernelStartError(t('notebook.cannotBind', { message: e instanceof Error ? e.message : String(e) }));
  }
  const cells = new Cells((io) => (language === 'python' ? new PythonCells(io) : new TypeScriptCells(io)));
  let finish!: (code: number) => void;
  const finished = new Promise<number>((resolve) => (finish = resolve));
  const stop = async (code: number) => {
    clearInterval(parentPoll);
    process.off('SIGINT', onSigint);
    try {
      cells.dispose();
    } catch {
      // already disposed by shutdown_request
    }
    await channels.close();
    finish(code);
  };
  const kernel = new Kernel({ channels, cells, language, onShutdown: () => void stop(0) });
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

function _alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}
