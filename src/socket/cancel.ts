// How the REPL cancels a blocking call (Ctrl+C) without a parameter Python doesn't have: the
// caller runs the line inside a scope holding an AbortSignal, and every blocking socket call
// started in that scope (at any depth of async functions) listens to it. A blocking call reads
// its signal once, synchronously, when it is made.
//
// Why not an AsyncLocalStorage: node 20 turns its async_hooks promise hooks on the first time
// any AsyncLocalStorage is entered and keeps them on for the rest of the process; they make
// every Promise about 4 times dearer (BENCHMARKS.md, "Per-call promise overhead") and cost a
// dozen TurboFan compile jobs of node's own bookkeeping (async ids, the execution resource
// stack) in a server with a handler per client (BENCHMARKS.md, "perfconn3"). So a scope is,
// from the cheapest:
//  - the synchronous part of the scope's function: `_now`, set around the call;
//  - the foreground: the one scope that owns every continuation that has no task. A REPL line,
//    a notebook cell, a script: they run one at a time, so the first scope made where no other
//    is active takes the foreground, until its function's result settles;
//  - a task (a thread, a background handler, a scope made while the foreground is taken): kept
//    by V8's promise hooks directly (node:v8 promiseHooks, below), so that its continuations
//    keep it. They are turned on at the first task: a program with one task never has them.
// Continuations without a task are the foreground's: everything that ran before the first task
// (the hooks were off, nothing was tracked) and everything made by code outside any task.
import { promiseHooks } from 'node:v8';

interface _Scope {
  readonly signal: AbortSignal | undefined;
  /** The task's own data (threading's identity of a thread); undefined for the main program. */
  readonly task: unknown;
}

let _now: _Scope | undefined;
let _foreground: _Scope | undefined;
/** The task of the running code: set around a task's synchronous part and around each continuation. */
let _task: _Scope | undefined;
let _tracking = false;

function _current(): _Scope | undefined {
  return _now ?? _task ?? _foreground;
}

// A Promise keeps the task it was made in; its reactions (an await's continuation, a then()
// callback) run in that task. This is what AsyncLocalStorage does for promises (a store goes
// from the running resource to each new one) without node's async ids: an await makes its
// promise in the awaiting function, so the function resumes in its own task, whoever resolves
// what it awaited. Reactions never nest (one microtask at a time), but a stack costs nothing.
const _TASK = Symbol('socklab.task');
type _Tracked = Promise<unknown> & { [_TASK]?: _Scope };
const _outer: Array<_Scope | undefined> = [];

function _track(): void {
  _tracking = true;
  promiseHooks.createHook({
    init(promise) {
      if (_task !== undefined) (promise as _Tracked)[_TASK] = _task;
    },
    before(promise) {
      _outer.push(_task);
      _task = (promise as _Tracked)[_TASK];
    },
    after() {
      _task = _outer.pop();
    },
  });
  _keepTaskInCallbacks();
}

/**
 * The callbacks a task schedules run in it, as they do with an AsyncLocalStorage (timers,
 * immediates, microtasks, next ticks): a handler's setTimeout(() => conn.send(...)) keeps the
 * handler's signal. Outside a task a callback is passed on as it is.
 */
function _keepTaskInCallbacks(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  const wrap = <F extends (...args: never[]) => unknown>(schedule: F, at: number): F => {
    const kept = function (this: unknown, ...args: unknown[]) {
      const task = _task;
      const callback = args[at];
      if (task !== undefined && typeof callback === 'function') {
        args[at] = function (this: unknown, ...given: unknown[]) {
          return _inTask(task, () => (callback as (...a: unknown[]) => unknown).apply(this, given));
        };
      }
      return (schedule as unknown as (...a: unknown[]) => unknown).apply(this, args);
    };
    // Its name, length, util.promisify.custom and the like stay what they were.
    for (const key of Reflect.ownKeys(schedule)) {
      if (key !== 'prototype') Object.defineProperty(kept, key, Object.getOwnPropertyDescriptor(schedule, key)!);
    }
    return kept as unknown as F;
  };
  for (const name of ['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask']) {
    const schedule = g[name];
    if (typeof schedule === 'function') g[name] = wrap(schedule as (...args: never[]) => unknown, 0);
  }
  process.nextTick = wrap(process.nextTick, 0);
}

function _inTask<T>(task: _Scope, fn: () => T): T {
  const outer = _task;
  _task = task;
  try {
    return fn();
  } finally {
    _task = outer;
  }
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
  if (!_tracking) _track();
  return _runNow(scope, () => _inTask(scope, fn));
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
