// Lines that arrive while a line runs. Python reads them with input(); whatever input() does not
// take waits its turn as the next REPL line, so nothing typed is lost or evaluated twice.
import { currentSignal } from '../socket/index.ts';

/** A queued line; `pasted`: it came with others at once (a paste), not typed on its own. */
export interface QueuedLine {
  line: string;
  pasted: boolean;
}

export class TypeAhead {
  readonly #queue: QueuedLine[] = [];
  #waiter: ((line: string | undefined) => void) | undefined;
  #ended = false;
  /** select()s over sys.stdin waiting for the next line or the end of input. */
  readonly #watchers = new Set<() => void>();

  /** An input() is waiting for a line. */
  get waiting(): boolean {
    return this.#waiter !== undefined;
  }

  /** Lines queued for the REPL. */
  get pending(): number {
    return this.#queue.length;
  }

  /**
   * input(prompt): the next queued line, or the next line typed. `ask` shows the prompt and
   * lets the terminal edit the line. Rejects with the abort reason when the line is interrupted
   * (Ctrl+C); resolves undefined at the end of input (EOFError).
   */
  read(prompt: string, write: (text: string) => void, ask: (prompt: string) => void): Promise<string | undefined> {
    if (this.#queue.length > 0 || this.#ended) {
      write(prompt);
      return Promise.resolve(this.#queue.shift()?.line);
    }
    const signal = currentSignal();
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.#waiter = undefined;
        reject(signal!.reason);
      };
      this.#waiter = (line) => {
        this.#waiter = undefined;
        signal?.removeEventListener('abort', onAbort);
        resolve(line);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      ask(prompt);
    });
  }

  /** A line or the end of input is there: what select() over sys.stdin reports readable. */
  get ready(): boolean {
    return this.#queue.length > 0 || this.#ended;
  }

  /** Resolves at the next line typed or the end of input (a select() over sys.stdin); rejects when `signal` aborts. */
  whenInput(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const done = () => {
        this.#watchers.delete(done);
        signal.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        this.#watchers.delete(done);
        reject(signal.reason);
      };
      this.#watchers.add(done);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  #wakeWatchers(): void {
    for (const watcher of [...this.#watchers]) watcher();
  }

  /** A line typed while something runs: to input() if it waits, else queued. */
  push(line: string, pasted = false): void {
    if (this.#waiter) this.#waiter(line);
    else {
      this.#queue.push({ line, pasted });
      this.#wakeWatchers();
    }
  }

  /** Gives input() the end of input (Ctrl+D); false when no input() waits. */
  eof(): boolean {
    if (!this.#waiter) return false;
    this.#waiter(undefined);
    return true;
  }

  /** The input stream ended: input() from now on gets EOF once the queue is used up. */
  end(): void {
    this.#ended = true;
    if (this.#queue.length === 0) this.eof();
    this.#wakeWatchers();
  }

  next(): QueuedLine | undefined {
    return this.#queue.shift();
  }

  clear(): void {
    this.#queue.length = 0;
  }
}
