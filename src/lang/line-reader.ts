// input() over a stream that is not a terminal (`socklab run`): one readline interface, made on
// first use, shared by every input() of the program.
import { createInterface } from 'node:readline';

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
export function streamLineReader(stdin: NodeJS.ReadableStream | (() => NodeJS.ReadableStream), stdout: NodeJS.WritableStream): LineReader {
  let rl: ReturnType<typeof createInterface> | undefined;
  let lines: AsyncIterator<string> | undefined;
  return {
    async read(prompt) {
      if (prompt) stdout.write(prompt);
      rl ??= createInterface({ input: typeof stdin === 'function' ? stdin() : stdin, terminal: false });
      lines ??= rl[Symbol.asyncIterator]();
      const next = await lines.next();
      return next.done ? undefined : next.value;
    },
    close: () => rl?.close(),
  };
}
