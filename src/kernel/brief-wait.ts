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
// "looks again" with the system call itself (begin(), retry, then wait()), one poll(2) fewer.
//
// A script's only task (`socklab run`, allowAloneWaits()) waits as CPython does: blocked in the
// kernel on its own fd, in slices of up to ALONE_SLICE_US, with a turn of the event loop between
// slices (kernel/../socket/socket.ts). It applies while nothing else could run in the meantime: no
// other socket waits in the poller, no timer or setImmediate is pending. Anything else (stdin, a
// child process, a Worker's message) waits at most one slice. Ctrl+C reaches a thread blocked in
// ppoll(2): a process-directed signal goes to the main thread when it does not block it (the kernel's
// complete_signal() tries the thread-group leader first, and node blocks nothing there), and ppoll
// returns EINTR whatever SA_RESTART says (signal(7)); the slice ends and the turn runs the handler.
//
// A wait that starts inside a call (synchronously, before the call returns) cannot see whether its
// caller goes on with other work: a server that starts a handler per accepted client (`handle(conn)`
// without await) is still running its accept loop when the handler's first recv() waits. So a wait
// blocks this thread in the call itself only when the previous wait in the process was this socket's
// own (a ping-pong's recv after recv); any other wait takes a turn of the event loop first (socket.ts
// #wait) and looks again. Blocking in the handler's recv() kept a thousand clients waiting in the
// listen queue while the server slept in ppoll(2): 1,000 connections took twice python3's time.
import { poller } from './poller.ts';
import { sysPollOne, sysYield } from './syscalls.ts';

/** The longest the event loop is blocked by one brief wait, and the shortest budget. */
const _MAX_BUDGET_US = 1000;
const _MIN_BUDGET_US = 100;
/** The longest one wait of a script's only task blocks the event loop. */
export const ALONE_SLICE_US = 50_000;

let _aloneAllowed = false;
// The BriefWait of the socket whose wait started last (see claim()).
let _lastWaiter: BriefWait | undefined;

/** Lets a wait block the thread in slices when nothing else could run (`socklab run` owns the process). */
export function allowAloneWaits(on = true): void {
  _aloneAllowed = on;
}

/** Whether a wait starting now may block the thread for a whole slice. */
export function waitsAlone(): boolean {
  if (!_aloneAllowed || poller.pending > 0) return false;
  // About 0.1 µs: every ref'd request and handle by kind ('FSReqCallback', 'TCPWrap', ...), then
  // one 'Timeout' per ref'd timer, then one 'Immediate' per ref'd setImmediate (node's
  // GetActiveResourcesInfo, src/node_process_methods.cc): either is pending when the last is one.
  // An empty list is the common case (a script waiting on one socket): active[-1] there is a
  // named-property lookup of "-1" through Array.prototype, in the runtime (~650 instructions).
  const active = process.getActiveResourcesInfo();
  const n = active.length;
  if (n === 0) return true;
  const last = active[n - 1];
  return last !== 'Timeout' && last !== 'Immediate';
}

/**
 * One slice of a script's only task's wait (waitsAlone()): ppoll(2) on `fd` for at most a slice
 * (and at most `limitMs`). True when it is ready; false when the time ran out or a signal came.
 */
export function waitSlice(fd: number, events: number, limitMs: number | undefined): boolean {
  const us = limitMs === undefined ? ALONE_SLICE_US : Math.min(ALONE_SLICE_US, Math.max(0, limitMs * 1000));
  return sysPollOne(fd, events, us) > 0;
}

/**
 * How a brief wait began (BriefWait.begin()). None: no brief wait, go through the poller;
 * Yielded: the core was yielded, try the call again, then wait(); Alone: a whole slice may be
 * waited (waitsAlone()), wait() at once.
 */
export const BriefStart = { None: 0, Yielded: 1, Alone: 2 } as const;
export type BriefStart = (typeof BriefStart)[keyof typeof BriefStart];

export class BriefWait {
  // 0 until the socket has waited once; then how long the next brief wait may block.
  #budgetUs = 0;
  // When the current brief wait began (its yield), for observe().
  #started = 0;
  // The current brief wait may take a whole slice (BriefStart.Alone).
  #alone = false;

  /**
   * Waits on this thread for `fd` to have any of `events`, for at most the budget (and at most
   * `limitMs`). True when it is ready; false when the caller should wait through the poller.
   */
  tryWait(fd: number, events: number, limitMs: number | undefined): boolean {
    const start = this.begin(limitMs);
    if (start === BriefStart.None) return false;
    if (start === BriefStart.Yielded && sysPollOne(fd, events, 0) > 0) return this.#ready();
    return this.wait(fd, events, limitMs);
  }

  /**
   * The first half of a brief wait, for a caller that retries its system call in between (one
   * poll(2) fewer when the yield brought the answer). None: no brief wait may start; Yielded: the
   * core was yielded, the caller tries again, then calls ready() or wait(); Alone: call wait().
   */
  begin(limitMs: number | undefined): BriefStart {
    if (limitMs !== undefined && limitMs <= 0) return BriefStart.None;
    // Another socket waited last: its task (or the caller of this call) may have work to do.
    if (!this.claim()) return BriefStart.None;
    this.#alone = waitsAlone();
    if (this.#alone) return BriefStart.Alone;
    if (this.#budgetUs === 0 || poller.pending > 0) return BriefStart.None;
    this.#started = performance.now();
    sysYield();
    return BriefStart.Yielded;
  }

  /**
   * Whether a call may block in the kernel right away, for up to a slice (a recv on an fd in
   * blocking mode): as for a wait, the previous wait in the process was this socket's and nothing
   * else could run meanwhile (waitsAlone()). It counts as this socket's wait even when the data is
   * already there: another socket's next wait then takes a turn of the event loop first.
   */
  blocksAlone(): boolean {
    return this.claim() && waitsAlone();
  }

  /** Notes that this socket's wait starts now: true when the previous wait was this socket's too. */
  claim(): boolean {
    const own = _lastWaiter === this;
    _lastWaiter = this;
    return own;
  }

  /** The retry after begin() succeeded: the wait was as short as it gets. */
  ready(): void {
    this.#ready();
  }

  /**
   * The second half, after begin(): the timed ppoll(2). True when `fd` is ready; false when the
   * budget ran out or a signal came (Ctrl+C: the caller's event loop turn runs its handler).
   */
  wait(fd: number, events: number, limitMs: number | undefined): boolean {
    if (this.#alone) {
      this.#alone = false;
      return waitSlice(fd, events, limitMs);
    }
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
