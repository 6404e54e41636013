// Python builtin exceptions that the modules raise and the socket module does not define. The
// Python front end should use these same classes for its builtins, so `except RuntimeError`
// catches what threading raises.
import { Exception, LookupError } from '../socket/exceptions.ts';
import { repr } from '../socket/format.ts';

/** Python's RuntimeError (`threads can only be started once`, `release unlocked lock`). */
export class RuntimeError extends Exception {}
/** Python's AssertionError (`group argument must be None for now`). */
export class AssertionError extends Exception {}
/** Python's KeyError (select.poll's unregister of an fd it does not have). */
export class KeyError extends LookupError {
  constructor(...args: unknown[]) {
    super(...args);
    // KeyError_str: a single key prints as its repr: KeyError: 'x'
    if (args.length === 1) this.message = repr(args[0]);
  }
}
