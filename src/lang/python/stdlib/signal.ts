// Python's signal module (Modules/signalmodule.c, CPython 3.11), as a tutorial server catches
// Ctrl+C to close its socket: signal.signal(signum, handler) with a function, SIG_IGN or SIG_DFL,
// getsignal(), default_int_handler, alarm(), strsignal(), the Signals constants.
//
// CPython runs a Python handler in the main thread between two bytecodes; its exception is raised
// there, and a blocking call the signal interrupted raises it too (or, if the handler returns,
// is retried: PEP 475). Here the handler runs as soon as the signal reaches the event loop, with
// the main program waiting at an await or a loop's turn; an exception it raises is given to the
// host (`onInterrupt`: `socklab run` aborts the program's wait with it, runtime/index.ts's due()
// raises it in a loop). SIGINT comes from the host (run.ts asks deliver() before its own
// KeyboardInterrupt); the other signals get a process listener while a Python handler is set.
import { renewGroup, waitsUnder } from '../../../kernel/cancel-group.ts';
import { KeyboardInterrupt, OSError, ValueError } from '../../../socket/exceptions.ts';
import { formatException } from '../../../socket/format.ts';
import { makeModule, type HostIO, type PyModule } from '../modules.ts';
import { argAt, invoke, native } from '../runtime/call.ts';
import { typeName } from '../runtime/ops.ts';
import { PyIntEnum, intValue, isInt } from '../runtime/values.ts';

/** Linux's numbers (signal(7)), the ones a socket program meets. */
const _SIGNALS: Record<string, number> = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11,
  SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGWINCH: 28,
};
/** strsignal(3)'s descriptions. */
const _DESCRIPTIONS: Record<number, string> = {
  1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error',
  8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault', 12: 'User defined signal 2',
  13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
  20: 'Stopped', 28: 'Window changed',
};
const _NAMES = new Map(Object.entries(_SIGNALS).map(([k, v]) => [v, k]));
/** NSIG on Linux: signal numbers are 1 … 64. */
const _NSIG = 65;

const SIG_DFL = new PyIntEnum('Handlers', 'SIG_DFL', 0);
const SIG_IGN = new PyIntEnum('Handlers', 'SIG_IGN', 1);

const default_int_handler = native('default_int_handler', () => {
  throw new KeyboardInterrupt();
});

const _signalEnum = (n: number): unknown => (_NAMES.has(n) ? new PyIntEnum('Signals', _NAMES.get(n)!, n) : n);

function _signum(x: unknown): number {
  if (!isInt(x)) throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  const n = Number(intValue(x));
  if (n < 1 || n >= _NSIG) throw new ValueError('signal number out of range');
  return n;
}

/** The program's handlers, and how a signal reaches them. One per Python session. */
export class SignalHandlers {
  private readonly handlers = new Map<number, unknown>([[2, default_int_handler]]);
  private readonly listeners = new Map<number, () => void>();
  private alarmTimer: NodeJS.Timeout | undefined;
  private alarmAt = 0;
  /** Where a handler's exception goes: the host raises it in the main program. */
  onInterrupt: ((err: unknown) => void) | undefined;

  constructor(private readonly io: HostIO) {}

  get(signum: number): unknown {
    return this.handlers.get(signum) ?? SIG_DFL;
  }

  set(signum: number, handler: unknown): unknown {
    const previous = this.get(signum);
    this.handlers.set(signum, handler);
    if (signum !== 2) this.listen(signum, handler !== SIG_DFL);
    return previous;
  }

  /**
   * A signal arrived: its Python handler runs or SIG_IGN does nothing ('handled'); the host's
   * default is KeyboardInterrupt ('default', default_int_handler); SIG_DFL is the system's:
   * the process ends by the signal ('terminate').
   */
  deliver(signum: number): 'handled' | 'default' | 'terminate' {
    const handler = this.get(signum);
    if (handler === SIG_IGN) return 'handled';
    if (handler === default_int_handler) return 'default';
    if (handler === SIG_DFL) return 'terminate';
    void (async () => {
      try {
        await invoke(handler, undefined, [signum, null], undefined);
      } catch (e) {
        if (this.onInterrupt) this.onInterrupt(e);
        else this.io.writeErr(`${formatException(e)}\n`);
      }
    })();
    return 'handled';
  }

  /** alarm(seconds): SIGALRM in that many seconds (0 cancels); the seconds left of the previous one. */
  alarm(seconds: number): number {
    const left = this.alarmTimer ? Math.max(1, Math.round((this.alarmAt - Date.now()) / 1000)) : 0;
    clearTimeout(this.alarmTimer);
    this.alarmTimer = undefined;
    if (seconds > 0) {
      this.alarmAt = Date.now() + seconds * 1000;
      this.alarmTimer = setTimeout(() => {
        this.alarmTimer = undefined;
        this.raise(14);
      }, seconds * 1000);
      // A program that ends first ends, as CPython's does with an alarm pending.
      this.alarmTimer.unref();
    }
    return left;
  }

  /** An alarm: the handler, else the default action (the process ends by it, "Alarm clock"). */
  private raise(signum: number): void {
    if (this.deliver(signum) === 'handled') return;
    this.listen(signum, false);
    process.kill(process.pid, _NAMES.get(signum) as NodeJS.Signals);
  }

  /** signal.raise_signal(): the handler runs before it returns, and its exception is raised there. */
  async raiseNow(signum: number): Promise<void> {
    const handler = this.get(signum);
    if (handler === SIG_IGN) return;
    if (handler === default_int_handler) throw new KeyboardInterrupt();
    if (handler !== SIG_DFL) {
      await invoke(handler, undefined, [signum, null], undefined);
      return;
    }
    // SIGINT's listener is the host's, which ends the process for SIG_DFL ('terminate').
    if (signum !== 2) this.listen(signum, false);
    process.kill(process.pid, _NAMES.get(signum) as NodeJS.Signals);
    // The process ends by it: nothing after raise_signal() runs, as in CPython.
    await new Promise<never>(() => {});
  }

  private listen(signum: number, on: boolean): void {
    const name = _NAMES.get(signum) as NodeJS.Signals | undefined;
    const had = this.listeners.get(signum);
    if (!name || on === (had !== undefined)) return;
    if (had) {
      process.off(name, had);
      this.listeners.delete(signum);
      return;
    }
    const listener = () => {
      this.deliver(signum);
    };
    process.on(name, listener);
    this.listeners.set(signum, listener);
  }
}

export function createSignalModule(handlers: SignalHandlers): PyModule {
  return makeModule('signal', {
    ...Object.fromEntries(Object.entries(_SIGNALS).map(([k, v]) => [k, new PyIntEnum('Signals', k, v)])),
    NSIG: _NSIG,
    Signals: native('Signals', (a) => {
      const n = isInt(a[0]) ? Number(intValue(a[0])) : NaN;
      if (!_NAMES.has(n)) throw new ValueError(`${typeof a[0] === 'string' ? `'${a[0]}'` : String(a[0])} is not a valid Signals`);
      return _signalEnum(n);
    }),
    SIG_DFL,
    SIG_IGN,
    default_int_handler,
    signal: native('signal', (a, kw) => {
      const signum = _signum(argAt(a, kw, 0, 'signalnum'));
      const handler = argAt(a, kw, 1, 'handler');
      const known = handler === SIG_DFL || handler === SIG_IGN;
      if (!known && typeof handler !== 'function' && typeof (handler as { __call__?: unknown } | null)?.__call__ !== 'function') {
        throw new TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object');
      }
      if (signum === 9 || signum === 19) throw new OSError(22, 'Invalid argument');
      return handlers.set(signum, handler);
    }),
    getsignal: native('getsignal', (a, kw) => handlers.get(_signum(argAt(a, kw, 0, 'signalnum')))),
    alarm: native('alarm', (a, kw) => {
      const seconds = argAt(a, kw, 0, 'seconds');
      if (!isInt(seconds)) throw new TypeError(`'${typeName(seconds)}' object cannot be interpreted as an integer`);
      return handlers.alarm(Number(intValue(seconds)));
    }),
    raise_signal: native('raise_signal', async (a, kw) => {
      await handlers.raiseNow(_signum(argAt(a, kw, 0, 'signalnum')));
      return null;
    }),
    strsignal: native('strsignal', (a, kw) => _DESCRIPTIONS[_signum(argAt(a, kw, 0, 'signalnum'))] ?? null),
  });
}

/**
 * The cancel signal of a program in `socklab run` (an AbortSignal to the socket layer, which reads
 * aborted, reason and the 'abort' event): Ctrl+C aborts it for good, and the program ends in
 * KeyboardInterrupt. A signal handler's exception is raised once: the waits of that moment end
 * with it, or else the next turn of a loop raises it (runtime/index.ts), then the signal is clear
 * again, so a program that catches it goes on waiting and looping as CPython's does.
 */
export class ProgramSignal {
  aborted = false;
  private _reason: unknown = undefined;
  private once = false;
  private readonly listeners = new Map<(e: Event) => void, boolean>();

  get signal(): AbortSignal {
    return this as unknown as AbortSignal;
  }

  /** Whoever reads a handler's exception raises it: then it is gone. */
  get reason(): unknown {
    if (this.once) queueMicrotask(() => this.consumed());
    return this._reason;
  }

  addEventListener(type: string, listener: (e: Event) => void, options?: { once?: boolean }): void {
    if (type === 'abort') this.listeners.set(listener, options?.once === true);
  }

  removeEventListener(type: string, listener: (e: Event) => void): void {
    if (type === 'abort') this.listeners.delete(listener);
  }

  /** Ctrl+C. */
  abort(): void {
    if (this.aborted && !this.once) return;
    this.once = false;
    this.set(new DOMException('This operation was aborted', 'AbortError'));
  }

  /** A handler's exception, raised in the program once. */
  raiseOnce(err: unknown): void {
    if (this.aborted) return;
    this.once = true;
    const waiting = waitsUnder(this.signal) > 0;
    this.set(err);
    // The waits took it; without one, a loop takes it at its next turn.
    if (waiting) this.consumed();
    else setImmediate(() => this.consumed());
  }

  /** The program has raised the reason. */
  consumed(): void {
    if (!this.once) return;
    this.once = false;
    this.aborted = false;
    this._reason = undefined;
    renewGroup(this.signal);
  }

  private set(reason: unknown): void {
    this.aborted = true;
    this._reason = reason;
    const event = new Event('abort');
    for (const [listener, once] of [...this.listeners]) {
      if (once) this.listeners.delete(listener);
      listener(event);
    }
  }
}
