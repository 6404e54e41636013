// The exception being handled: what sys.exc_info(), sys.exception(), traceback.print_exc() and a
// bare `raise` in a function called from an except block see. CPython keeps it per thread
// (PyThreadState.exc_info), set while an except block runs and restored to the outer one when the
// block ends however it ends (return, break, another exception): the emitted handler calls
// startHandling() on entry and endHandling() in a finally. Threads are tasks here, so an entry
// carries its task (cancel.ts's identity of a thread): a thread never sees another's exception.
import { currentTask } from '../../../socket/cancel.ts';
import { pyRepr } from '../../../socket/format.ts';
import { addressOf } from './ids.ts';

interface _Entry {
  readonly task: unknown;
  readonly exc: unknown;
}

/** The except blocks running now, innermost last, of every thread. */
const _handling: _Entry[] = [];

/** An except block starts handling `exc`. */
export function startHandling(exc: unknown): unknown {
  _handling.push({ task: currentTask(), exc });
  return exc;
}

/** The except block handling `exc` has ended. */
export function endHandling(exc: unknown): void {
  const task = currentTask();
  for (let i = _handling.length - 1; i >= 0; i--) {
    const entry = _handling[i]!;
    if (entry.exc === exc && entry.task === task) {
      _handling.splice(i, 1);
      return;
    }
  }
}

/** The exception the running thread's innermost except block handles, or undefined outside one. */
export function handledException(): unknown {
  const task = currentTask();
  for (let i = _handling.length - 1; i >= 0; i--) {
    const entry = _handling[i]!;
    if (entry.task === task) return entry.exc;
  }
  return undefined;
}

/** The traceback __exit__ and sys.exc_info() give with an exception (not None, as in CPython); it has no frames to show here. */
export class Traceback {
  [pyRepr](): string {
    return `<traceback object at ${addressOf(this)}>`;
  }
}
Object.defineProperty(Traceback.prototype, Symbol.for('socklab.pytype'), { value: 'traceback' });
Object.defineProperty(Traceback, 'name', { value: 'traceback' });

/** sys.exc_info(): (type, value, traceback) of the handled exception, or three Nones. */
export function excInfo(): [unknown, unknown, unknown] {
  const exc = handledException();
  if (exc === undefined) return [null, null, null];
  return [(exc as object).constructor, exc, new Traceback()];
}
