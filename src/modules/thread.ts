// Python's low-level _thread module (Python 2's `thread`, which tutorial 001 uses):
// start_new_thread(function, args, kwargs=None) runs function(*args, **kwargs) as a task, like
// threading.Thread without the object. Keyword arguments: none (CPython's are positional-only).
import { repr, pyRepr } from '../socket/format.ts';
import { isTuple } from '../socket/tuple.ts';
import { isOptions, withParams } from './callable.ts';
import { environment } from './environment.ts';
import { Lock, callTarget, fakeAddress, get_ident, spawnTask } from './threading.ts';

let _nextIdent = 140_112_000_000_000;

/** `_thread.start_new_thread(function, args[, kwargs])` -> the new thread's ident. */
export function start_new_thread(fn: (...args: never[]) => unknown, args: readonly unknown[], kwargs?: Record<string, unknown>): number {
  if (arguments.length < 2 || arguments.length > 3) {
    throw new TypeError(`start_new_thread expected at least 2 arguments, got ${arguments.length}`);
  }
  if (typeof fn !== 'function') throw new TypeError('first arg must be callable');
  // JavaScript has no tuple literal: a learner's array stands for one.
  if (!isTuple(args) && !Array.isArray(args)) throw new TypeError('2nd arg must be a tuple');
  if (kwargs !== undefined && !isOptions(kwargs) && !((kwargs as unknown) instanceof Map)) throw new TypeError('optional 3rd arg must be a dictionary');
  const ident = (_nextIdent += 8_392_704);
  void spawnTask({ thread: undefined, ident }, () => callTarget(fn, args, kwargs), (error) => {
    // CPython 3.11's thread_run (Modules/_threadmodule.c) reports through sys.unraisablehook,
    // which names the function with its address.
    // A Python function's repr has its address already; a JavaScript one's gets one.
    const text = repr(fn); // a Python function's repr has its address already
    const shown = / at 0x[0-9a-f]+>$/.test(text) ? text : text.replace(/>$/, ` at ${fakeAddress()}>`);
    environment().writeErr(`Exception ignored in thread started by: ${shown}\n${environment().formatTraceback(error)}`);
  });
  return ident;
}

export function allocate_lock(): Lock {
  return new Lock();
}

withParams(start_new_thread, { positional: ['function', 'args', 'kwargs'], positionalOnly: 3 });

/** The module object a learner sees as `_thread`. */
export const _thread = {
  start_new_thread, allocate_lock, allocate: allocate_lock, get_ident, LockType: Lock,
  start_new: start_new_thread,
  [Symbol.toStringTag]: 'module',
  [pyRepr]: () => "<module '_thread' (built-in)>",
};
