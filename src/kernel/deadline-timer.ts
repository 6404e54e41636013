// A timer that never fires early and may be as long as a timeout can be. Node's setTimeout
// takes at most 2^31-1 ms (about 24.8 days; a longer delay is treated as 1 ms, so a learner's
// settimeout(3e6) expired at once), and it may fire up to a millisecond before the delay has
// passed by performance.now(). So the deadline is kept on the monotonic clock, long delays are
// chained, and each firing re-checks the deadline and waits out what is left.

const _MAX_DELAY_MS = 2 ** 31 - 1;

/** Calls `fire` once `ms` milliseconds have passed (by the monotonic clock). Returns a cancel. */
export function setDeadlineTimer(ms: number, fire: () => void): () => void {
  const deadline = performance.now() + Math.max(0, ms);
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    const left = deadline - performance.now();
    if (left <= 0) {
      timer = undefined;
      fire();
      return;
    }
    timer = setTimeout(arm, Math.min(_MAX_DELAY_MS, Math.ceil(left)));
  };
  // A zero delay still goes through the event loop, as setTimeout(fn, 0) does.
  timer = setTimeout(arm, Math.min(_MAX_DELAY_MS, Math.ceil(Math.max(0, ms))));
  return () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
}
