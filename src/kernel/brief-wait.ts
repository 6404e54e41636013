// An adaptive short wait on the main thread, tried before the shared poller. Handing a wait to
// the poller costs a trip through the libuv threadpool and back (about 60-100 µs here), which is
// most of a loopback round trip: a 1-byte ping-pong spent its time there, not in the system
// calls. So a socket whose recent waits were short first blocks in ppoll(2) on its own fd for a
// bounded moment, as CPython's blocking recv does, and only then hands over to the poller.
// The budget is twice the socket's last wait, between 100 µs and 1 ms, so the event loop is
// blocked for at most 1 ms per wait, and only when no other socket is waiting (a server with many
// clients, or a lesson peer, never pays for it). A socket whose brief wait ran out, or whose last
// wait was long, keeps trying with the smallest budget: a socket that had turned brief waits off
// until a wait through the poller took under 1 ms could stay off for a whole benchmark run when
// the threadpool hop itself took longer on a loaded machine.
// Before the timed ppoll it yields the core once and looks again: when the other end runs on the
// same core it answers during the yield, and no kernel timer is armed (arming and cancelling one
// costs about 10 µs per wait on this virtual machine; ping-pong on one core: 17,000 -> 35,000
// round trips/s). With the other end on another core the yield returns at once. The socket layer
// "looks again" with the system call itself (yield(), retry, then wait()), one poll(2) fewer.
import { poller } from './poller.ts';
import { sysPollOne, sysYield } from './syscalls.ts';

/** The longest the event loop is blocked by one brief wait, and the shortest budget. */
const _MAX_BUDGET_US = 1000;
const _MIN_BUDGET_US = 100;

export class BriefWait {
  // 0 until the socket has waited once; then how long the next brief wait may block.
  #budgetUs = 0;
  // When the current brief wait began (its yield), for observe().
  #started = 0;

  /**
   * Waits on this thread for `fd` to have any of `events`, for at most the budget (and at most
   * `limitMs`). True when it is ready; false when the caller should wait through the poller.
   */
  tryWait(fd: number, events: number, limitMs: number | undefined): boolean {
    if (!this.yield(limitMs)) return false;
    return sysPollOne(fd, events, 0) > 0 ? this.#ready() : this.wait(fd, events, limitMs);
  }

  /**
   * The first half of a brief wait, for a caller that retries its system call in between (one
   * poll(2) fewer when the yield brought the answer): false when no brief wait may start (see
   * tryWait); otherwise it yields the core and the caller tries again, then calls ready() or wait().
   */
  yield(limitMs: number | undefined): boolean {
    if (this.#budgetUs === 0 || poller.pending > 0 || (limitMs !== undefined && limitMs <= 0)) return false;
    this.#started = performance.now();
    sysYield();
    return true;
  }

  /** The retry after yield() succeeded: the wait was as short as it gets. */
  ready(): void {
    this.#ready();
  }

  /** The second half, after yield(): the timed ppoll(2). True when `fd` is ready. */
  wait(fd: number, events: number, limitMs: number | undefined): boolean {
    const budgetUs = limitMs === undefined ? this.#budgetUs : Math.min(this.#budgetUs, limitMs * 1000);
    if (budgetUs > 0 && sysPollOne(fd, events, budgetUs) > 0) return this.#ready();
    this.#budgetUs = _MIN_BUDGET_US;
    return false;
  }

  #ready(): true {
    this.observe(performance.now() - this.#started);
    return true;
  }

  /** Tells how long a wait took, in ms: the next budget is twice that, within limits. */
  observe(waitedMs: number): void {
    const us = waitedMs * 1000;
    this.#budgetUs = us >= _MAX_BUDGET_US ? _MIN_BUDGET_US : Math.min(_MAX_BUDGET_US, Math.max(_MIN_BUDGET_US, 2 * us));
  }
}
