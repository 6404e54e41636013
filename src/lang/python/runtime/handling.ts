// The exception being handled: what sys.exc_info(), sys.exception(), traceback.print_exc() and a
// bare `raise` in a function called from an except block see. CPython keeps it per thread
// (PyThreadState.exc_info), set while an except block runs and restored to the outer one when the
// block ends however it ends (return, break, another exception): the emitted handler calls
// startHandling() on entry and endHandling() in a finally. Threads are tasks here, so an entry
// carries its task (cancel.ts's identity of a thread): a thread never sees another's exception.
import { currentTask } from '../../../socket/cancel.ts';
import { pyRepr } from '../../../socket/format.ts';
import { CAUGHT_STACK } from './exceptions.ts';
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

/**
 * The traceback __exit__ and sys.exc_info() give with an exception (not None, as in CPython). Its
 * frames are the JS stack of the exception it was made for (`exception`), which the session's
 * traceback reads; the object itself shows nothing of them.
 */
export class Traceback {
  constructor(readonly exception?: Error) {}
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
  return [(exc as object).constructor, exc, raisedTraceback(exc)];
}

/** Tracebacks by exception: the one made when it was first asked for, or the one with_traceback() gave (null: None). */
const _tracebacks = new WeakMap<Error, Traceback | null>();

/** An exception's __traceback__: the one with_traceback() set, else one once it has been raised and caught, else None. */
export function tracebackOf(err: Error): Traceback | null {
  const tb = _tracebacks.get(err);
  if (tb !== undefined) return tb;
  if (!Object.hasOwn(err, CAUGHT_STACK)) return null;
  const made = new Traceback(err);
  _tracebacks.set(err, made);
  return made;
}

/** The traceback of an exception being handled (sys.exc_info(), __exit__): __traceback__'s, made now if need be. */
export function raisedTraceback(exc: unknown): Traceback | null {
  if (!(exc instanceof Error)) return new Traceback();
  const tb = _tracebacks.get(exc);
  if (tb !== undefined) return tb;
  const made = new Traceback(exc);
  _tracebacks.set(exc, made);
  return made;
}

/** `exc.with_traceback(tb)` and `exc.__traceback__ = tb`: CPython's TypeError for anything but a traceback or None. */
export function setTraceback(err: Error, tb: unknown): void {
  if (tb !== null && tb !== undefined && !(tb instanceof Traceback)) throw new TypeError('__traceback__ must be a traceback or None');
  _tracebacks.set(err, (tb as Traceback | null | undefined) ?? null);
}

/**
 * The exception whose frames follow `err`'s own in its traceback: with_traceback() gave it
 * another's (`raise KeyError(k).with_traceback(e.__traceback__)`), whose frames CPython keeps
 * below the new raise's.
 */
export function tracebackCarried(err: Error): Error | undefined {
  const source = _tracebacks.get(err)?.exception;
  return source !== undefined && source !== err ? source : undefined;
}
