// One shared epoll(7) set for every socket that waits, its epoll_wait run as a koffi async call
// on the libuv threadpool so the event loop never blocks. One blocking call per socket would
// exhaust the 4-thread pool, so all waiters share a single call. A wait arms its fd in the set
// (epoll_ctl, on the main thread): an epoll_wait in flight sees it without being woken, so a
// server with a thousand connections does not rebuild and re-poll a thousand-entry poll(2) array
// on every change, as the poll(2) version of this did.
// Registrations are EPOLLONESHOT and stay in the set when their wait ends: the kernel disarms
// one when it reports it, so a wait that ended by readiness (nearly all) needs no EPOLL_CTL_DEL,
// and the fd's next wait re-arms it with one EPOLL_CTL_MOD instead of an ADD (a server's recv()
// that waits twice per client made four epoll_ctl, now two or fewer). A registration left armed
// (its wait timed out or was cancelled) reports at most once more, to no waiter. close(2) takes
// an fd out of the set itself; an fd number reused meanwhile is another file to epoll, so the
// MOD of a stale registration fails with ENOENT and the new file is ADDed under a new token; a
// closed fd whose file lives on in a dup() keeps its disarmed entry, whose token nobody waits on.
// An eventfd in the set wakes the call only when the last waiter leaves (so no thread stays
// blocked for nothing) and at exit.
// The trip through the threadpool costs 60-100 µs per wait, so a socket whose waits are short
// first tries a bounded wait on the main thread (brief-wait.ts) and comes here when it runs out.
import { groupOf, type CancelGroup } from './cancel-group.ts';
import { setDeadlineTimer } from './deadline-timer.ts';
import { libc } from './libc.ts';
import { EPOLL, ERRNO, FCNTL, POLL } from './platform.ts';

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
  done(result: WaitResult | Error): void;
  /** Ends the wait early (its signal aborted, its socket closed): CancelGroup's Cancellable. */
  cancel(reason: unknown): void;
}

/** The waiters on one fd, and what the epoll set holds for it. */
interface _Watch {
  waiters: Set<_Waiter>;
  /** The events the registration was last armed with. */
  events: number;
  /** Armed: it reports the next readiness (an EPOLLONESHOT registration is disarmed by its report). */
  armed: boolean;
  /** Tells this registration's events from an earlier one of the same fd number (epoll_event.data's high half); 0: never registered. */
  token: number;
}

// Events per epoll_wait: more ready fds are reported by the next call.
const _MAX_EVENTS = 256;
// Reported to every waiter of an fd whatever it waits for, as poll(2) does.
const _ALWAYS = POLL.POLLERR | POLL.POLLHUP | POLL.POLLNVAL;
// Disarms a registration once it has reported an event (epoll_ctl(2)).
const _EPOLLONESHOT = 1 << 30;

class _Poller {
  #watches = new Map<number, _Watch>();
  #count = 0;
  #nextToken = 1;
  #inFlight = false;
  #epfd = -1;
  #efd = -1;
  #closed = false;
  // A wake was written and the call has not returned yet: one wake is enough.
  #wakePending = false;
  readonly #wakeBuf = Buffer.alloc(8);
  readonly #drainBuf = Buffer.alloc(8);
  readonly #ctlBuf = Buffer.alloc(EPOLL.EVENT_SIZE);
  #ready: Buffer | undefined;

  /**
   * Waits until `fd` has any of `events` (POLLIN/POLLOUT), `timeoutMs` passes (undefined: never),
   * `signal` aborts or `closing` is cancelled (the promise rejects with the reason and the wait
   * leaves no trace).
   */
  wait(fd: number, events: number, timeoutMs?: number, signal?: AbortSignal, closing?: CancelGroup): Promise<WaitResult> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const user = signal === undefined ? undefined : groupOf(signal);
    const self = this;
    return new Promise<WaitResult>((resolve, reject) => {
      let cancelTimer: (() => void) | undefined;
      let finished = false;
      // Methods, not arrow functions in properties: the bundle keeps function names, and a named
      // closure costs an Object.defineProperty each time it is made (twice per wait).
      const waiter: _Waiter = {
        fd,
        events,
        done(result) {
          if (finished) return;
          finished = true;
          self.#unwatch(waiter);
          cancelTimer?.();
          user?.delete(waiter);
          closing?.delete(waiter);
          if (result instanceof Error) reject(result);
          else resolve(result);
        },
        cancel(reason) {
          waiter.done(reason instanceof Error ? reason : new Error('aborted'));
        },
      };
      const unavailable = this.#start();
      if (unavailable !== 0) return void reject(new PollFailure(unavailable));
      const failed = this.#watch(waiter);
      if (failed !== undefined) return void waiter.done(failed);
      if (timeoutMs !== undefined) {
        cancelTimer = setDeadlineTimer(timeoutMs, () => waiter.done({ ready: false }));
      }
      user?.add(waiter);
      closing?.add(waiter);
      this.#kick();
    });
  }

  /** Makes the epoll set and the wake-up eventfd on first use: 0, or the errno (EMFILE: no fd free). */
  #start(): number {
    if (this.#epfd >= 0) return 0;
    const epfd = libc().epoll_create1(EPOLL.CLOEXEC);
    if (epfd < 0) return libc().errno();
    const efd = libc().eventfd(0, FCNTL.EFD_NONBLOCK | FCNTL.EFD_CLOEXEC);
    const errno = efd < 0 ? libc().errno() : this.#ctl(epfd, EPOLL.CTL_ADD, efd, POLL.POLLIN, 0) < 0 ? libc().errno() : 0;
    if (errno !== 0) {
      if (efd >= 0) libc().close(efd);
      libc().close(epfd);
      return errno;
    }
    this.#epfd = epfd;
    this.#efd = efd;
    process.once('exit', () => this.shutdown());
    return 0;
  }

  /** epoll_ctl with `events` and data = token << 32 | fd. */
  #ctl(epfd: number, op: number, fd: number, events: number, token: number): number {
    const b = this.#ctlBuf;
    b.writeUInt32LE(events, 0);
    b.writeInt32LE(fd, EPOLL.DATA_OFFSET);
    b.writeUInt32LE(token, EPOLL.DATA_OFFSET + 4);
    return libc().epoll_ctl(epfd, op, fd, b);
  }

  /**
   * Adds a waiter and brings the fd's registration up to date. Returns how the wait ends at once
   * when epoll cannot watch the fd: ready (a regular file, which poll(2) reports ready), POLLNVAL
   * (not an open fd, as poll(2) reports it), or a PollFailure.
   */
  #watch(w: _Waiter): WaitResult | Error | undefined {
    let watch = this.#watches.get(w.fd);
    if (watch === undefined) {
      watch = { waiters: new Set(), events: 0, armed: false, token: 0 };
      this.#watches.set(w.fd, watch);
    }
    // The first waiter arms the fd whatever the registration says: the fd number may have been
    // closed and given to another file since (#arm's ENOENT).
    if (watch.waiters.size === 0) watch.armed = false;
    watch.waiters.add(w);
    this.#count++;
    const errno = this.#update(w.fd, watch);
    if (errno === 0) return undefined;
    watch.waiters.delete(w);
    this.#count--;
    if (watch.token === 0 && watch.waiters.size === 0) this.#watches.delete(w.fd);
    if (errno === ERRNO.EPERM) return { ready: true, revents: w.events };
    if (errno === ERRNO.EBADF) return { ready: true, revents: POLL.POLLNVAL };
    return new PollFailure(errno);
  }

  #unwatch(w: _Waiter): void {
    const watch = this.#watches.get(w.fd);
    if (watch === undefined || !watch.waiters.delete(w)) return;
    this.#count--;
    this.#update(w.fd, watch);
    if (this.#count === 0) this.#wake();
  }

  /**
   * Arms the fd for the union of its waiters' events, unless it is armed for exactly those. With
   * no waiter left the registration stays as it is (see the top of the file). 0 or an errno.
   */
  #update(fd: number, watch: _Watch): number {
    let events = 0;
    for (const w of watch.waiters) events |= w.events;
    if (events === 0 || (watch.armed && events === watch.events)) return 0;
    const armed = events | _EPOLLONESHOT;
    if (watch.token !== 0) {
      if (this.#ctl(this.#epfd, EPOLL.CTL_MOD, fd, armed, watch.token) === 0) {
        watch.events = events;
        watch.armed = true;
        return 0;
      }
      const errno = libc().errno();
      // ENOENT: gone from the set behind our back (the fd was closed, its number maybe reused).
      if (errno !== ERRNO.ENOENT) return errno;
    }
    const token = this.#nextToken++ >>> 0 || this.#nextToken++;
    let r = this.#ctl(this.#epfd, EPOLL.CTL_ADD, fd, armed, token);
    if (r < 0 && libc().errno() === ERRNO.EEXIST) r = this.#ctl(this.#epfd, EPOLL.CTL_MOD, fd, armed, token);
    if (r < 0) return libc().errno();
    watch.events = events;
    watch.armed = true;
    watch.token = token;
    return 0;
  }

  /** Wakes an in-flight epoll_wait so that it returns. */
  #wake(): void {
    if (this.#efd < 0 || this.#wakePending || !this.#inFlight) return;
    this.#wakePending = true;
    this.#wakeBuf.writeBigUInt64LE(1n, 0);
    libc().write(this.#efd, this.#wakeBuf, 8);
  }

  #kick(): void {
    if (this.#closed || this.#inFlight || this.#count === 0) return;
    const ready = (this.#ready ??= Buffer.alloc(EPOLL.EVENT_SIZE * _MAX_EVENTS));
    this.#inFlight = true;
    libc().epoll_wait.async(this.#epfd, ready, _MAX_EVENTS, -1, (err: unknown, n: number) => {
      this.#inFlight = false;
      this.#wakePending = false;
      if (err) {
        // The reports were lost, and with them the disarming they did: arm every fd waited on again.
        for (const [fd, watch] of this.#watches) {
          watch.armed = false;
          if (watch.waiters.size > 0) this.#rearm(fd, watch);
        }
      } else if (n < 0) {
        const errno = libc().errno();
        if (errno !== ERRNO.EINTR && errno !== ERRNO.EAGAIN) this.#failAll(errno);
      } else {
        for (let i = 0; i < n; i++) {
          const at = i * EPOLL.EVENT_SIZE;
          const revents = ready.readUInt32LE(at) & 0xffff;
          const fd = ready.readInt32LE(at + EPOLL.DATA_OFFSET);
          const token = ready.readUInt32LE(at + EPOLL.DATA_OFFSET + 4);
          if (token === 0) {
            libc().read(this.#efd, this.#drainBuf, 8);
            continue;
          }
          const watch = this.#watches.get(fd);
          // A registration of an earlier file under this fd number is stale.
          if (watch === undefined || watch.token !== token) continue;
          // Its report disarmed it: the waiters it does not end re-arm it (#unwatch, or below).
          watch.armed = false;
          for (const w of [...watch.waiters]) {
            if (revents & (w.events | _ALWAYS)) w.done({ ready: true, revents });
          }
          if (watch.waiters.size > 0) this.#rearm(fd, watch);
        }
      }
      this.#kick();
    });
  }

  /** Arms a reported fd again for the waiters it did not end; if it cannot be, their waits end as #watch's do. */
  #rearm(fd: number, watch: _Watch): void {
    const errno = this.#update(fd, watch);
    if (errno === 0) return;
    for (const w of [...watch.waiters]) {
      if (errno === ERRNO.EPERM) w.done({ ready: true, revents: w.events });
      else if (errno === ERRNO.EBADF) w.done({ ready: true, revents: POLL.POLLNVAL });
      else w.done(new PollFailure(errno));
    }
  }

  /**
   * Forgets `fd`'s registration when it is about to be closed (close(2) takes it out of the set):
   * the next file given that number is ADDed at once, not after a MOD that fails.
   */
  forget(fd: number): void {
    const watch = this.#watches.get(fd);
    if (watch !== undefined && watch.waiters.size === 0) this.#watches.delete(fd);
  }

  /** Ends every wait with a PollFailure (their `done` removes them from the set). */
  #failAll(errno: number): void {
    for (const watch of [...this.#watches.values()]) {
      for (const w of [...watch.waiters]) w.done(new PollFailure(errno));
    }
  }

  /** Number of waits in progress (for tests and the benchmark). */
  get pending(): number {
    return this.#count;
  }

  /** Wakes the poll thread for good: at exit an in-flight call would otherwise hang process.exit(). */
  shutdown(): void {
    this.#closed = true;
    this.#wake();
  }
}

/** The process-wide poller. */
export const poller = new _Poller();
