// CPython's recursion limit (sys.getrecursionlimit(), 1000): a call that would make a thread's
// stack deeper than it raises RecursionError, counted in Python frames as CPython counts them
// (the module's frame is the first). Counted here rather than left to V8's stack, which ends at
// another depth and, overflowing inside a promise's rejection, prints "Exception in
// PromiseRejectCallback" on stderr. A Python frame that needs more JS stack than V8 has (deep
// recursion through many builtins) still ends in V8's RangeError, read as RecursionError.
import { currentTask } from '../../../socket/cancel.ts';
import { ValueError } from '../../../socket/exceptions.ts';
import { RecursionError } from './exceptions.ts';

let _limit = 1000;
/** Python frames (functions) running now, by thread (task; undefined: the main thread). */
const _depths = new Map<unknown, number>();

export function getRecursionLimit(): number {
  return _limit;
}

/** sys.setrecursionlimit(n): CPython's errors for a limit below 1 (or too low for the current depth). */
export function setRecursionLimit(n: number): void {
  if (n < 1) throw new ValueError('recursion limit must be greater or equal than 1');
  const depth = (_depths.get(currentTask()) ?? 0) + 1;
  if (n <= depth) throw new RecursionError(`cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
  _limit = n;
}

/**
 * A Python function starts in the running thread: the thread, to give back to leaveFrame(), or
 * CPython's RecursionError when it would pass the limit. Its traceback keeps every frame (CPython
 * prints the outermost ones and collapses the repeats), not V8's usual 200.
 */
export function enterFrame(): unknown {
  const task = currentTask();
  const depth = (_depths.get(task) ?? 0) + 1;
  if (depth >= _limit) {
    const kept = Error.stackTraceLimit;
    Error.stackTraceLimit = Infinity;
    const err = new RecursionError('maximum recursion depth exceeded');
    Error.stackTraceLimit = kept;
    throw err;
  }
  _depths.set(task, depth);
  return task;
}

/** The function last entered in `task` has ended (returned or raised): frames end in the order they began. */
export function leaveFrame(task: unknown): void {
  const depth = _depths.get(task) ?? 1;
  if (depth <= 1) _depths.delete(task);
  else _depths.set(task, depth - 1);
}
