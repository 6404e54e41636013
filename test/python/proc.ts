// Starts one program with given stdin text and a hard time limit, and tells when its first
// line of stdout has arrived (a pair's server is then listening). Unlike conformance/run.ts,
// which waits for the end only, a pair needs to watch its server while it runs.
import { spawn, type ChildProcess } from 'node:child_process';
import type { RunResult } from '../conformance/run.ts';

export type Outcome = Omit<RunResult, 'command'> & {
  /** Set when the program was killed by `kill()`: its peer had ended this long before. */
  readonly killedEarly: boolean;
};

export interface Started {
  /** Resolves when the first newline reaches stdout (never rejects; may never resolve). */
  readonly firstLine: Promise<void>;
  readonly done: Promise<Outcome>;
  /** Ends the program early (SIGKILL); `done` then resolves with `killedAfterMs` set. */
  kill(): void;
}

const _live = new Set<ChildProcess>();

/** SIGKILLs every child started here that is still running. */
export function killAll(): void {
  for (const child of _live) child.kill('SIGKILL');
  _live.clear();
}

export function start(
  file: string,
  args: readonly string[],
  /** `stdin`: the whole input, written at once and then closed (input() then sees EOF); undefined: /dev/null. */
  options: { cwd: string; env: NodeJS.ProcessEnv; stdin: string | undefined; timeoutMs: number },
): Started {
  const began = performance.now();
  const child: ChildProcess = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  _live.add(child);
  if (options.stdin !== undefined) {
    // A program that exits without reading everything closes the pipe: not an error here.
    child.stdin!.on('error', () => {});
    child.stdin!.end(options.stdin);
  }
  let killedEarly = false;
  let sawLine: () => void = () => {};
  const firstLine = new Promise<void>((resolve) => (sawLine = resolve));
  const done = new Promise<Outcome>((resolve) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout.push(chunk);
      if (chunk.includes(10)) sawLine();
    });
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
    const finish = (code: number | null, signal: NodeJS.Signals | null, extra = ''): void => {
      clearTimeout(timer);
      _live.delete(child);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8') + extra,
        timedOut,
        killedEarly,
        ms: Math.round(performance.now() - began),
      });
    };
    child.on('error', (err) => finish(null, null, `\n[could not start ${file}: ${err.message}]`));
    child.on('close', (code, signal) => finish(code, signal));
  });
  const kill = (): void => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    killedEarly = true;
    child.kill('SIGKILL');
  };
  return { firstLine, done, kill };
}
