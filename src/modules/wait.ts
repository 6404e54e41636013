// The one way the modules wait: for a wake-up, a timeout in seconds, or the REPL's Ctrl+C (the
// AbortSignal of the cancel scope, socket/cancel.ts), whichever comes first. Waiting is a Promise,
// never a loop: the event loop stays free for the other tasks ("threads").
import { groupOf } from '../kernel/index.ts';
import { currentSignal } from '../socket/cancel.ts';
import { pyTypeName } from '../socket/pytype.ts';

/**
 * Waits until `wake` is called (→ true) or `seconds` pass (→ false; null waits for ever).
 * `arm(wake)` starts the wait and returns a function that disarms it. Ctrl+C rejects with the
 * signal's reason (KeyboardInterrupt).
 */
export function waitUntil(arm: (wake: () => void) => () => void, seconds: number | null): Promise<boolean> {
  const signal = currentSignal();
  if (signal?.aborted) return Promise.reject(signal.reason);
  // One abort listener for every wait under the signal (kernel/cancel-group.ts), not one each:
  // a thousand threads waiting on a queue is not a listener leak.
  const group = signal === undefined ? undefined : groupOf(signal);
  return new Promise<boolean>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (outcome: boolean | { error: unknown }) => {
      if (settled) return;
      settled = true;
      disarm();
      if (timer) clearTimeout(timer);
      group?.delete(wait);
      if (typeof outcome === 'boolean') resolve(outcome);
      else reject(outcome.error);
    };
    const wait = {
      cancel(reason: unknown) {
        finish({ error: reason });
      },
    };
    const disarm = arm(() => finish(true));
    if (settled) return;
    if (seconds !== null) timer = setTimeout(() => finish(false), Math.max(0, seconds * 1000));
    group?.add(wait);
  });
}

/** A Python timeout argument in seconds: None → null; CPython's TypeError for other types. */
export function timeoutSeconds(timeout: unknown): number | null {
  if (timeout === undefined || timeout === null) return null;
  if (typeof timeout === 'number') return timeout;
  if (typeof timeout === 'bigint') return Number(timeout);
  if (typeof timeout === 'boolean') return timeout ? 1 : 0;
  throw new TypeError(`'${pyTypeName(timeout)}' object cannot be interpreted as an integer`);
}
