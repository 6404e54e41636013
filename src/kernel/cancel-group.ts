// Waits that end together, early: every wait on a socket when it is closed, every wait under one
// AbortSignal when Ctrl+C aborts it. A Set instead of an EventTarget listener per wait: Node's
// addEventListener and removeEventListener walk the signal's whole listener list (to refuse a
// duplicate, to find the one to remove), so a server with a thousand clients waiting under its
// script's signal paid O(n) per wait started and ended, and an AbortController per wait besides.

/** A wait that can be ended early with a reason (the poller's waits, a socket's pause). */
export interface Cancellable {
  cancel(reason: unknown): void;
}

export class CancelGroup {
  readonly #members = new Set<Cancellable>();
  #cancelled = false;
  #reason: unknown = undefined;

  /** Adds a wait; once the group is cancelled, the wait ends at once instead. */
  add(wait: Cancellable): void {
    if (this.#cancelled) wait.cancel(this.#reason);
    else this.#members.add(wait);
  }

  delete(wait: Cancellable): void {
    this.#members.delete(wait);
  }

  /** Number of waits in the group. */
  get size(): number {
    return this.#members.size;
  }

  /** Ends every wait in the group, and every wait added later, with `reason`. */
  cancel(reason: unknown): void {
    if (this.#cancelled) return;
    this.#cancelled = true;
    this.#reason = reason;
    for (const wait of [...this.#members]) wait.cancel(reason);
    this.#members.clear();
  }
}

const _groups = new WeakMap<AbortSignal, CancelGroup>();

/** The group of every wait under `signal`: one 'abort' listener for all of them. */
export function groupOf(signal: AbortSignal): CancelGroup {
  let group = _groups.get(signal);
  if (group === undefined) {
    const made = new CancelGroup();
    if (signal.aborted) made.cancel(signal.reason);
    else signal.addEventListener('abort', () => made.cancel(signal.reason), { once: true });
    _groups.set(signal, made);
    group = made;
  }
  return group;
}

/** How many waits under `signal` are pending now. */
export function waitsUnder(signal: AbortSignal): number {
  return _groups.get(signal)?.size ?? 0;
}

/**
 * Forgets `signal`'s group, cancelled for good: a signal that is clear again (a Python program's
 * after its signal handler's exception was raised, lang/python/stdlib/signal.ts) starts a new
 * group for its next waits.
 */
export function renewGroup(signal: AbortSignal): void {
  _groups.delete(signal);
}
