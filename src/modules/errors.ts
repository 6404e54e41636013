// Python builtin exceptions that the modules raise and the socket module does not define. The
// Python front end should use these same classes for its builtins, so `except RuntimeError`
// catches what threading raises.
import { Exception } from '../socket/exceptions.ts';

/** Python's RuntimeError (`threads can only be started once`, `release unlocked lock`). */
export class RuntimeError extends Exception {}
/** Python's AssertionError (`group argument must be None for now`). */
export class AssertionError extends Exception {}
