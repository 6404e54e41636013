// An adaptive short wait on the main thread, tried before the shared poller. Handing a wait to
// the poller costs a trip through the libuv threadpool and back (about 60-100 µs here), which is
// most of a loopback round trip: a 1-byte ping-pong spent its time there, not in the system
// calls. So a socket whose recent waits were short first blocks in ppoll(2) on its own fd for a
// bounded moment, as CPython's blocking recv does, and only then hands over to the poller.
// The event loop is blocked for at most BUDGET_US per wait, and only when no other socket is
// waiting (a server with many clients, or a lesson peer, never pays for it); a socket whose
// brief wait runs out stops trying until one of its waits is short again. (The ppoll timeout
// arms a kernel timer, which costs about 10 µs per wait on this virtual machine: a blocking
// recv in CPython has none, which is most of what is left between the two on one core.)
import { poller } from './poller.ts';
import { sysPollOne } from './syscalls.ts';

/** The longest the event loop is blocked by one brief wait. */
const _BUDGET_US = 250;
/** A wait this short (through the poller, hop included) turns brief waits back on. */
const _SHORT_MS = 1;

export class BriefWait {
  #enabled = false;

  /**
   * Waits on this thread for `fd` to have any of `events`, for at most the budget (and at most
   * `limitMs`). True when it is ready; false when the caller should wait through the poller.
   */
  tryWait(fd: number, events: number, limitMs: number | undefined): boolean {
    if (!this.#enabled || poller.pending > 0) return false;
    const budgetUs = limitMs === undefined ? _BUDGET_US : Math.min(_BUDGET_US, limitMs * 1000);
    if (budgetUs <= 0) return false;
    const revents = sysPollOne(fd, events, budgetUs);
    if (revents > 0) return true;
    this.#enabled = false;
    return false;
  }

  /** Tells how long a wait through the poller took, in ms. */
  observe(waitedMs: number): void {
    this.#enabled = waitedMs < _SHORT_MS;
  }
}
