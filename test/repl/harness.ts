// The REPL in-process on streams (ts-node's pattern): lines in, transcript out.
import { PassThrough } from 'node:stream';
import { createRepl, PASTE_GAP_MS, type ReplOptions, type ReplSession } from '../../src/repl/repl.ts';

export interface StreamRepl {
  session: ReplSession;
  /** Sends one line (a newline is added). */
  send(line: string): void;
  /** Waits for `pattern` in the output after the last match, consumes it and returns the match. */
  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Sends `line` and returns what it printed before the next prompt. */
  run(line: string): Promise<string>;
  /**
   * As run, but as a person types it, a while after the lines before it: run sends as fast as a
   * paste arrives, and the REPL takes lines read less than PASTE_GAP_MS apart for one paste.
   */
  typeLater(line: string): Promise<string>;
  output(): string;
  close(): Promise<void>;
}

export async function startStreamRepl(options: ReplOptions = {}, firstPrompt = '>>> '): Promise<StreamRepl> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  let consumed = 0;
  const waiters = new Set<() => void>();
  output.setEncoding('utf8');
  output.on('data', (chunk: string) => {
    text += chunk;
    for (const wake of waiters) wake();
  });
  const session = await createRepl({ input, output, terminal: false, historyPath: null, banner: false, lessons: false, ...options });
  const waitFor = (pattern: string | RegExp, timeoutMs = 5_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const rest = text.slice(consumed);
        const m = typeof pattern === 'string' ? (rest.includes(pattern) ? { index: rest.indexOf(pattern), 0: pattern } : null) : pattern.exec(rest);
        if (!m) return false;
        consumed += m.index + m[0].length;
        resolve(m[0]);
        return true;
      };
      if (check()) return;
      const timer = setTimeout(() => {
        waiters.delete(wake);
        reject(new Error(`timed out waiting for ${String(pattern)}; output:\n${text.slice(consumed)}`));
      }, timeoutMs);
      const wake = () => {
        if (check()) {
          clearTimeout(timer);
          waiters.delete(wake);
        }
      };
      waiters.add(wake);
    });
  await waitFor(firstPrompt);
  const run = async (line: string) => {
    input.write(`${line}\n`);
    const out = await waitFor(/[^]*?(?=>>> )/);
    await waitFor('>>> ');
    return out;
  };
  return {
    session,
    send: (line) => void input.write(`${line}\n`),
    waitFor,
    run,
    async typeLater(line) {
      // The line before was read before its prompt came: from now on, a gap here is a gap there.
      await new Promise((resolve) => setTimeout(resolve, 2 * PASTE_GAP_MS));
      return run(line);
    },
    output: () => text,
    async close() {
      input.end();
      await session.closed;
    },
  };
}
