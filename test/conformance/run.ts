// Runs one program to completion with a hard time limit, capturing stdout,
// stderr and the exit status. Every child is tracked so the suite can kill
// whatever is still running when it ends.
import { spawn, type ChildProcess } from 'node:child_process';

export interface RunResult {
  readonly command: string;
  /** Exit code, or null when the process was killed by a signal. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly ms: number;
}

const _live = new Set<ChildProcess>();

/** SIGKILLs every child started by `run` that has not exited yet. */
export function killAll(): void {
  for (const child of _live) child.kill('SIGKILL');
  _live.clear();
}

export function run(
  file: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<RunResult> {
  const command = [file, ...args].join(' ');
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    _live.add(child);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
    const finish = (code: number | null, signal: NodeJS.Signals | null, extra = ''): void => {
      clearTimeout(timer);
      _live.delete(child);
      resolve({
        command,
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8') + extra,
        timedOut,
        ms: Math.round(performance.now() - started),
      });
    };
    child.on('error', (err) => finish(null, null, `\n[could not start ${file}: ${err.message}]`));
    child.on('close', (code, signal) => finish(code, signal));
  });
}

/** A counting semaphore: at most `limit` callers inside `use` at once. */
export class Limiter {
  private _active = 0;
  private readonly _waiting: Array<() => void> = [];

  constructor(private readonly _limit: number) {}

  async use<T>(fn: () => Promise<T>): Promise<T> {
    if (this._active >= this._limit) await new Promise<void>((wake) => this._waiting.push(wake));
    else this._active++;
    try {
      return await fn();
    } finally {
      const next = this._waiting.shift();
      if (next) next();
      else this._active--;
    }
  }
}
