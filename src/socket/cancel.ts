// How the REPL cancels a blocking call (Ctrl+C) without a parameter Python doesn't have: the
// caller runs the line inside a scope holding an AbortSignal, and every blocking socket call
// started in that scope (at any depth of async functions) listens to it. A blocking call reads
// its signal once, synchronously, when it is made.
//
// Why not simply an AsyncLocalStorage for every scope: node 20 turns its promise hooks on the
// first time any AsyncLocalStorage is entered and keeps them on for the rest of the process, and
// they make every Promise about 4 times dearer (BENCHMARKS.md, "Per-call promise overhead"): a
// script's each socket call paid it. So a scope is, from the cheapest:
//  - the synchronous part of the scope's function: `_now`, set around the call;
//  - the foreground: the one scope that owns every continuation that has no store. A REPL line,
//    a notebook cell, a script: they run one at a time, so the first scope made where no other
//    is active takes the foreground, until its function's result settles;
//  - a task (a thread, a background handler, a scope made while the foreground is taken): an
//    AsyncLocalStorage store, so that its continuations keep it. The store is made and entered
//    only then: a program with one task never turns the promise hooks on.
// Continuations without a store are the foreground's: everything that ran before the first task
// (the hooks were off, nothing was tracked) and everything made by code without a store.
import { AsyncLocalStorage } from 'node:async_hooks';

interface _Scope {
  readonly signal: AbortSignal | undefined;
  /** The task's own data (threading's identity of a thread); undefined for the main program. */
  readonly task: unknown;
}

let _now: _Scope | undefined;
let _foreground: _Scope | undefined;
let _tasks: AsyncLocalStorage<_Scope> | undefined;

function _current(): _Scope | undefined {
  return _now ?? _tasks?.getStore() ?? _foreground;
}

function _runNow<T>(scope: _Scope, fn: () => T): T {
  const outer = _now;
  _now = scope;
  try {
    return fn();
  } finally {
    _now = outer;
  }
}

function _runTask<T>(scope: _Scope, fn: () => T): T {
  _tasks ??= new AsyncLocalStorage<_Scope>();
  return _runNow(scope, () => _tasks!.run(scope, fn));
}

/** Gives the foreground back once `scope`'s function has settled (if it still holds it). */
function _releaseWhenSettled(scope: _Scope, result: unknown): void {
  const release = () => {
    if (_foreground === scope) _foreground = undefined;
  };
  if (result instanceof Promise) result.then(release, release);
  else release();
}

/**
 * Runs `fn` so that blocking socket calls it starts, also after its awaits, are cancelled when
 * `signal` aborts. Inside another scope, the calls keep its task (threading's identity).
 */
export function withCancel<T>(signal: AbortSignal, fn: () => T): T {
  const outer = _current();
  if (outer?.signal === signal) return fn();
  const scope: _Scope = { signal, task: outer?.task };
  if (outer !== undefined) return _runTask(scope, fn);
  _foreground = scope;
  let result: T;
  try {
    result = _runNow(scope, fn);
  } catch (e) {
    _releaseWhenSettled(scope, undefined);
    throw e;
  }
  _releaseWhenSettled(scope, result);
  return result;
}

/**
 * Runs `start` so that the blocking calls it makes synchronously (one socket call: `() =>
 * s.recv(1024)`) are cancelled when `signal` aborts (undefined: by nothing). What `start` awaits
 * before a call is not covered: for that, withCancel. Costs no task and no foreground.
 */
export function withCancelAtStart<T>(signal: AbortSignal | undefined, start: () => T): T {
  return _runNow({ signal, task: _current()?.task }, start);
}

/**
 * Runs `fn` as a task of its own (a Python thread): its blocking calls, also after its awaits,
 * listen to `signal` (undefined: to none), and currentTask() in it answers `task`.
 */
export function runTask<T>(signal: AbortSignal | undefined, task: unknown, fn: () => T): T {
  return _runTask({ signal, task }, fn);
}

/** The signal of the innermost cancel scope, if any. */
export function currentSignal(): AbortSignal | undefined {
  return _current()?.signal;
}

/** The `task` of the runTask() the running code belongs to; undefined in the main program. */
export function currentTask(): unknown {
  return _current()?.task;
}
