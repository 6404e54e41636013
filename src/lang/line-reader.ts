// input() over a stream that is not a terminal (`socklab run`): one readline interface, made on
// first use, shared by every input() of the program. Its lines are queued as they come, so a
// select() over sys.stdin can tell whether a line is there to read (standard-input.ts).
import type { createInterface } from 'node:readline';
import { nodeReadline } from '../lazy-builtins.ts';
import type { BufferedInput } from '../modules/standard-input.ts';
import { currentSignal } from '../socket/index.ts';
import type { TextWriter } from './lazy-stdio.ts';

export interface LineReader extends BufferedInput {
  /** Writes `prompt`, then resolves with the next line (undefined at end of input: EOFError). */
  read(prompt: string): Promise<string | undefined>;
  close(): void;
}

/**
 * `stdin` may be a function that gives the stream: process.stdin is then made on the first
 * input() only (on a terminal, making it costs a start ~8 ms of CPU that a program without
 * input() never needs).
 */
export function streamLineReader(stdin: NodeJS.ReadableStream | (() => NodeJS.ReadableStream), stdout: TextWriter): LineReader {
  let rl: ReturnType<typeof createInterface> | undefined;
  const lines: string[] = [];
  let ended = false;
  /** Who waits for the next line or the end of input (an input(), a select()). */
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const w of [...waiters]) w();
  };
  const open = () => {
    if (rl) return;
    rl = nodeReadline().createInterface({ input: typeof stdin === 'function' ? stdin() : stdin, terminal: false });
    rl.on('line', (line) => {
      lines.push(line);
      wake();
    });
    rl.on('close', () => {
      ended = true;
      wake();
    });
  };
  const next = (signal: AbortSignal | undefined): Promise<void> => {
    open();
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const done = () => {
        waiters.delete(done);
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      // Ctrl+C ends a waiting input() as it ends a waiting recv() (KeyboardInterrupt), as CPython's does.
      const onAbort = () => {
        waiters.delete(done);
        reject(signal!.reason);
      };
      waiters.add(done);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  };
  const ready = () => {
    open();
    return lines.length > 0 || ended;
  };
  return {
    async read(prompt) {
      if (prompt) stdout.write(prompt);
      while (!ready()) await next(currentSignal());
      return lines.shift();
    },
    ready,
    next,
    close: () => rl?.close(),
  };
}
