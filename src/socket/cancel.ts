// How the REPL cancels a blocking call (Ctrl+C) without a parameter Python doesn't have:
// the caller runs the line inside a scope holding an AbortSignal, and every blocking socket
// call started in that scope (at any depth of async functions) listens to it.
import { AsyncLocalStorage } from 'node:async_hooks';

const _scope = new AsyncLocalStorage<AbortSignal>();

/** Runs `fn` so that blocking socket calls it starts are cancelled when `signal` aborts. */
export function withCancel<T>(signal: AbortSignal, fn: () => T): T {
  return _scope.run(signal, fn);
}

/** The signal of the innermost cancel scope, if any. */
export function currentSignal(): AbortSignal | undefined {
  return _scope.getStore();
}
