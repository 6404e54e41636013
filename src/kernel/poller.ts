// One shared poll(2) for every socket that waits, run as a koffi async call on the libuv
// threadpool so the event loop never blocks. One blocking poll per socket would exhaust the
// 4-thread pool, so all waiters share a single call plus an eventfd that wakes it whenever
// the set of waiters changes (a new wait, a timeout, a cancellation, process exit).
// The trip through the threadpool costs 60-100 µs per wait, so a socket whose waits are short
// first tries a bounded wait on the main thread (brief-wait.ts) and comes here when it runs out.
import { setDeadlineTimer } from './deadline-timer.ts';
import { libc } from './libc.ts';
import { ERRNO, FCNTL, POLL } from './platform.ts';

/** How a wait ended: the fd is ready (revents > 0) or the deadline passed. */
export type WaitResult = { ready: true; revents: number } | { ready: false };

/**
 * A wait could not be started or watched: the poller's eventfd could not be made (EMFILE when
 * no fd is free) or poll(2) itself failed. The wait is over and leaves no trace; the next wait
 * tries again, so a brief fd shortage does not break waiting for good.
 */
export class PollFailure extends Error {
  constructor(readonly errno: number) {
    super(`poll failed: errno ${errno}`);
    this.name = 'PollFailure';
  }
}

interface _Waiter {
  fd: number;
  events: number;
  done: (result: WaitResult | Error) => void;
}

const _POLLFD_SIZE = 8;

class _Poller {
  #waiters = new Set<_Waiter>();
  #inFlight = false;
  #efd = -1;
  #closed = false;
  // A wake was written and the poll has not returned yet: one wake re-arms for every change.
  #wakePending = false;
  readonly #wakeBuf = Buffer.alloc(8);
  readonly #drainBuf = Buffer.alloc(8);

  /**
   * Waits until `fd` has any of `events` (POLLIN/POLLOUT), `timeoutMs` passes (undefined: never),
   * or `signal` aborts (the promise rejects with the signal's reason and the wait leaves no trace).
   */
  wait(fd: number, events: number, timeoutMs?: number, signal?: AbortSignal): Promise<WaitResult> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<WaitResult>((resolve, reject) => {
      let cancelTimer: (() => void) | undefined;
      const onAbort = () => waiter.done(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
      const waiter: _Waiter = {
        fd,
        events,
        done: (result) => {
          if (!this.#waiters.delete(waiter)) return;
          cancelTimer?.();
          signal?.removeEventListener('abort', onAbort);
          this.#wakeIfIdle();
          if (result instanceof Error) reject(result);
          else resolve(result);
        },
      };
      this.#waiters.add(waiter);
      if (timeoutMs !== undefined) {
        cancelTimer = setDeadlineTimer(timeoutMs, () => waiter.done({ ready: false }));
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#kick();
    });
  }

  /** Wakes an in-flight poll so that it can be re-armed with the new set (or end). */
  #wake(): void {
    if (this.#efd < 0 || this.#wakePending) return;
    this.#wakePending = this.#inFlight;
    this.#wakeBuf.writeBigUInt64LE(1n, 0);
    libc().write(this.#efd, this.#wakeBuf, 8);
  }

  #wakeIfIdle(): void {
    if (this.#inFlight) this.#wake();
  }

  #kick(): void {
    if (this.#closed) return;
    if (this.#inFlight) {
      this.#wake();
      return;
    }
    if (this.#efd < 0) {
      const efd = libc().eventfd(0, FCNTL.EFD_NONBLOCK | FCNTL.EFD_CLOEXEC);
      if (efd < 0) {
        this.#failAll([...this.#waiters], libc().errno());
        return;
      }
      this.#efd = efd;
      process.once('exit', () => this.shutdown());
    }
    const armed = [...this.#waiters];
    const fds = Buffer.alloc(_POLLFD_SIZE * (armed.length + 1));
    fds.writeInt32LE(this.#efd, 0);
    fds.writeInt16LE(POLL.POLLIN, 4);
    armed.forEach((w, i) => {
      fds.writeInt32LE(w.fd, _POLLFD_SIZE * (i + 1));
      fds.writeInt16LE(w.events, _POLLFD_SIZE * (i + 1) + 4);
    });
    this.#inFlight = true;
    libc().poll.async(fds, armed.length + 1, -1, (err: unknown, n: number) => {
      this.#inFlight = false;
      this.#wakePending = false;
      libc().read(this.#efd, this.#drainBuf, 8);
      if (!err && n < 0) {
        const errno = libc().errno();
        if (errno !== ERRNO.EINTR && errno !== ERRNO.EAGAIN) this.#failAll(armed, errno);
      } else if (!err && n > 0) {
        armed.forEach((w, i) => {
          const revents = fds.readInt16LE(_POLLFD_SIZE * (i + 1) + 6);
          if (revents !== 0) w.done({ ready: true, revents });
        });
      }
      if (this.#waiters.size > 0 && !this.#closed) this.#kick();
    });
  }

  /** Ends these waits with a PollFailure (their `done` removes them from the set). */
  #failAll(waiters: readonly _Waiter[], errno: number): void {
    for (const w of waiters) w.done(new PollFailure(errno));
  }

  /** Number of waits in progress (for tests and the benchmark). */
  get pending(): number {
    return this.#waiters.size;
  }

  /** Wakes the poll thread for good: at exit an in-flight poll would otherwise hang process.exit(). */
  shutdown(): void {
    this.#closed = true;
    this.#wake();
  }
}

/** The process-wide poller. */
export const poller = new _Poller();
