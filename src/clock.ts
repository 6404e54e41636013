// performance.now() for a moment taken before anything needed it. The global `performance` loads
// node:perf_hooks on first use (~1.5 ms of a start's CPU), which a program that never makes a
// socket or runs a loop does not need; process.hrtime reads the same monotonic clock (libuv's
// uv_hrtime) without it, so a moment is taken there and moved to performance.now()'s scale when
// it is first compared with a later reading.

/** A moment on process.hrtime's clock. */
export type Moment = [number, number];

export function moment(): Moment {
  return process.hrtime();
}

/** What performance.now() read at `m`. */
export function performanceAt(m: Moment): number {
  const [s, ns] = process.hrtime(m);
  return performance.now() - (s * 1e3 + ns / 1e6);
}
