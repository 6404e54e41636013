// Ctrl+C in an interactive Python session (the REPL's Python mode, a notebook's Python cells),
// delivered as CPython delivers SIGINT: the learner's handler (`signal.signal(SIGINT, f)`) runs
// instead of KeyboardInterrupt, and what it raises is raised in the running input where it
// waits or loops (stdlib/signal.ts's ProgramSignal, as `socklab run` does). Raised while no
// input runs (at the REPL's prompt), the host reports it, as CPython's REPL prints it there.
import type { PythonSession } from './session.ts';
import { ProgramSignal } from './stdlib/signal.ts';

/** What SIGINT did: the learner's handler ran (or SIG_IGN), KeyboardInterrupt is due, or SIG_DFL. */
export type InterruptAction = 'handled' | 'default' | 'terminate';

export class InteractiveInterrupts {
  #session: PythonSession | undefined;
  #running: ProgramSignal | undefined;
  /** The handlers' exceptions raised in an input (their stack starts in the handler). */
  readonly #raised = new WeakSet<object>();
  readonly #onIdleError: (err: unknown) => void;

  /** `onIdleError`: a handler's exception when no input runs. */
  constructor(onIdleError: (err: unknown) => void) {
    this.#onIdleError = onIdleError;
  }

  /** Delivers to `session`'s handlers from now on (a new session after `.reset`). */
  attach(session: PythonSession): void {
    this.#session = session;
    session.signals.onInterrupt = (err) => {
      if (!this.#running) return this.#onIdleError(err);
      if (typeof err === 'object' && err !== null) this.#raised.add(err);
      this.#running.raiseOnce(err);
    };
  }

  /**
   * Whether `err` is a handler's exception raised in the input: CPython's traceback of it starts
   * with the input's frames, where the signal found the program, which its own stack lacks.
   */
  raisedInInput(err: unknown): boolean {
    return typeof err === 'object' && err !== null && this.#raised.has(err);
  }

  /**
   * Runs one input with the signal it waits under: aborted for good by `outer` (the host's
   * KeyboardInterrupt), interrupted once by a handler's exception.
   */
  async run<T>(outer: AbortSignal | undefined, input: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const program = new ProgramSignal();
    const abort = () => program.abort();
    if (outer?.aborted) abort();
    else outer?.addEventListener('abort', abort, { once: true });
    const enclosing = this.#running;
    this.#running = program;
    try {
      return await input(program.signal);
    } finally {
      this.#running = enclosing;
      outer?.removeEventListener('abort', abort);
    }
  }

  /** SIGINT: the learner's handler runs now, or the host raises KeyboardInterrupt ('default'). */
  interrupt(): InterruptAction {
    return this.#session?.signals.deliver(2) ?? 'default';
  }
}
