// input() over a stream that is not a terminal (`socklab run`): one readline interface, made on
// first use, shared by every input() of the program.
import type { createInterface } from 'node:readline';
import { nodeReadline } from '../lazy-builtins.ts';
import { currentSignal } from '../socket/index.ts';
import type { TextWriter } from './lazy-stdio.ts';

export interface LineReader {
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
  let lines: AsyncIterator<string> | undefined;
  /** The line asked for by an input() that Ctrl+C ended: it goes to the next input(). */
  let unclaimed: Promise<IteratorResult<string>> | undefined;
  return {
    async read(prompt) {
      if (prompt) stdout.write(prompt);
      rl ??= nodeReadline().createInterface({ input: typeof stdin === 'function' ? stdin() : stdin, terminal: false });
      lines ??= rl[Symbol.asyncIterator]();
      const next = unclaimed ?? lines.next();
      unclaimed = next;
      // Ctrl+C ends a waiting input() as it ends a waiting recv() (KeyboardInterrupt), as CPython's does.
      const line = await _untilAborted(next, currentSignal());
      unclaimed = undefined;
      return line.done ? undefined : line.value;
    },
    close: () => rl?.close(),
  };
}

function _untilAborted<T>(wait: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return wait;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    wait.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
