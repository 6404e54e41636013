// Python's builtin exception tree, completing the socket module's (which has Exception, OSError
// and its subclasses, ValueError, …): the same classes, so `except OSError` catches what recv()
// raises. Python's TypeError is JavaScript's own TypeError, which the socket module throws with
// CPython's texts. NameError and AttributeError keep what CPython 3.11 needs for its
// `Did you mean: 'x'?` line (Python/suggestions.c).
import * as socketExceptions from '../../../socket/exceptions.ts';
import { Exception, LookupError, OSError, ValueError } from '../../../socket/exceptions.ts';
import { repr, str } from '../../../socket/format.ts';
import { isTuple, tuple } from '../../../socket/tuple.ts';
import { closestName } from '../../suggestions.ts';
// The modules' own classes (threading raises RuntimeError), so `except RuntimeError` catches them.
import { AssertionError, KeyError, RuntimeError } from '../../../modules/errors.ts';

export { AssertionError, KeyError, RuntimeError };

/** Python's BaseException: `except BaseException` matches every error (see matches()). */
export class BaseException extends Exception {}
export class SystemExit extends Exception {
  get code(): unknown {
    return this.args.length === 0 ? null : this.args.length === 1 ? this.args[0] : this.args;
  }
}
export class GeneratorExit extends Exception {}
export class StopIteration extends Exception {
  /** The generator's return value (`return v` in a generator raises StopIteration(v)). */
  get value(): unknown {
    return this.args.length === 0 ? null : this.args[0];
  }
}
export class StopAsyncIteration extends Exception {}
/** asyncio.CancelledError: a BaseException since 3.8, so `except Exception` lets a cancellation through. */
export class CancelledError extends BaseException {}
(socketExceptions.QUALIFIED_NAMES as Map<Function, string>).set(CancelledError, 'asyncio.exceptions.CancelledError');
export class AttributeError extends Exception {
  /** The object and name, for the `Did you mean` line (CPython's AttributeError.obj/.name). */
  obj: unknown;
  attrName: string | undefined;
}
export class NameError extends Exception {
  nameNotFound: string | undefined;
  /** Names in scope where it failed: locals first, then globals, then builtins. */
  candidates: string[][] = [];
}
export class UnboundLocalError extends NameError {}
export class IndexError extends LookupError {}

export class ZeroDivisionError extends socketExceptions.ArithmeticError {}
export class NotImplementedError extends RuntimeError {}
export class RecursionError extends RuntimeError {}
export class ImportError extends Exception {}
export class ModuleNotFoundError extends ImportError {}
export class SyntaxErrorPy extends Exception {}
export class MemoryError extends Exception {}
export class BufferError extends Exception {}
export class Warning extends Exception {}
export class UserWarning extends Warning {}
export class DeprecationWarning extends Warning {}
export class PendingDeprecationWarning extends Warning {}
export class SyntaxWarning extends Warning {}
export class RuntimeWarning extends Warning {}
export class FutureWarning extends Warning {}
export class ImportWarning extends Warning {}
export class UnicodeWarning extends Warning {}
export class BytesWarning extends Warning {}
export class ResourceWarning extends Warning {}
export class EncodingWarning extends Warning {}

/** Python's SyntaxError (and IndentationError): where it is, for the caret display. */
export class PySyntaxError extends Exception {
  /** The marks under the text (CPython's end_offset - offset): 1 when unset, 0 for none. */
  caretLength?: number;
  /** The tokenizer's error at one character (an invalid character): one mark, whatever its width. */
  singleCaret?: boolean;
  /**
   * The error is the end of the source itself: more lines could still complete the program (an
   * unclosed bracket, an unterminated triple-quoted string, a block still to come). The REPL's
   * codeop and the notebook's is_complete read it.
   */
  atEndOfSource?: boolean;
  // The parser's facts, for pegen's second pass over an unclosed bracket (parse.ts):
  /** The source offset of the token the parser stopped at. */
  stoppedAt?: number;
  /** The parser ran out of tokens: its error is at the end of the source. */
  atEnd?: boolean;
  /** The expression the error spans runs on to the end of the source. */
  readToEnd?: boolean;
  /** invalid_expression's "Perhaps you forgot a comma?". */
  comma?: boolean;
  /** Where the last expression a hint read ends: pegen looked at the token after it. */
  readTo?: number;
  /** Raised by a running program (eval, exec): its traceback shows the frames that called them. */
  atRunTime?: boolean;

  constructor(
    message: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    readonly text: string,
    readonly kind: 'SyntaxError' | 'IndentationError' | 'TabError' = 'SyntaxError',
  ) {
    super(message);
    this.args = tuple(message, tuple(filename, lineno, offset, text));
  }
  override get name(): string {
    return this.kind;
  }
  /** Python's e.msg: the message alone. */
  get msg(): string {
    return this.message;
  }
  get end_lineno(): number {
    return this.lineno;
  }
  /** Where the marks end (CPython's end_offset): one past the last caret. */
  get end_offset(): number {
    return this.offset + (this.caretLength ?? 1);
  }
  override toString(): string {
    return this.message;
  }
}

/**
 * Python's TypeError raised from Python code: a JS TypeError (so `except TypeError` also catches
 * the socket module's own) that keeps its args.
 */
export class PyTypeError extends TypeError {
  args: readonly unknown[];
  constructor(...args: unknown[]) {
    super(args.length === 1 ? String(args[0]) : args.length === 0 ? '' : repr(tuple(...args)));
    this.args = tuple(...args);
  }
}
Object.defineProperty(PyTypeError, 'name', { value: 'TypeError' });

/**
 * PEP 654's exception groups (3.11): BaseExceptionGroup(message, exceptions) wraps several
 * exceptions raised together (a TaskGroup's failed tasks, `except*`). Made with only Exceptions
 * in it, a BaseExceptionGroup is an ExceptionGroup (BaseExceptionGroup.__new__); an
 * ExceptionGroup may not hold a BaseException. str() is the message and the count.
 */
export class BaseExceptionGroup extends BaseException {
  /** Python's `message` (Error's own message is str(), with the count). */
  readonly egMessage!: string;
  readonly exceptions!: readonly unknown[];
  constructor(...args: unknown[]) {
    const [message, excs] = args;
    if (args.length !== 2) throw new TypeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
    if (typeof message !== 'string') throw new TypeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${_pyTypeName(message)}`);
    if (!Array.isArray(excs)) throw new TypeError('second argument (exceptions) must be a sequence');
    if (excs.length === 0) throw new ValueError('second argument (exceptions) must be a non-empty sequence');
    excs.forEach((e, i) => {
      if (!(e instanceof Error)) throw new ValueError(`Item ${i} of second argument (exceptions) is not an exception`);
    });
    const allExceptions = excs.every((e) => matches(e, Exception));
    if (new.target === BaseExceptionGroup && allExceptions) return new ExceptionGroup(...args);
    if (!allExceptions && (new.target === ExceptionGroup || new.target.prototype instanceof ExceptionGroup)) throw new PyTypeError('Cannot nest BaseExceptions in an ExceptionGroup');
    super(message);
    this.args = tuple(message, excs);
    this.message = `${message} (${excs.length} sub-exception${excs.length === 1 ? '' : 's'})`;
    Object.defineProperty(this, 'egMessage', { value: message });
    Object.defineProperty(this, 'exceptions', { value: tuple(...excs) });
  }
}
export class ExceptionGroup extends BaseExceptionGroup {}

/** Marks a group the interpreter made (except*'s raised exceptions together): it has no traceback of its own. */
export const NO_TRACEBACK = Symbol('socklab.python.noTraceback');

function _pyTypeName(x: unknown): string {
  if (x === null || x === undefined) return 'NoneType';
  if (typeof x === 'number') return Number.isInteger(x) ? 'int' : 'float';
  if (typeof x === 'bigint') return 'int';
  if (typeof x === 'boolean') return 'bool';
  if (Array.isArray(x)) return isTuple(x) ? 'tuple' : 'list';
  return (x as object).constructor?.name ?? 'object';
}

/** Every class a Python program can name, by its Python name. */
export const BUILTIN_EXCEPTIONS: Record<string, Function> = {
  ...socketExceptions.EXCEPTION_CLASSES,
  BaseException, BaseExceptionGroup, ExceptionGroup, SystemExit, GeneratorExit, StopIteration, StopAsyncIteration, AssertionError, AttributeError, NameError,
  UnboundLocalError, IndexError, KeyError, ZeroDivisionError, RuntimeError, NotImplementedError,
  RecursionError, ImportError, ModuleNotFoundError, MemoryError, BufferError, Warning,
  UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning,
  ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
  TypeError: PyTypeError, SyntaxError: PySyntaxError, IndentationError: PySyntaxError, EnvironmentError: OSError, IOError: OSError,
};

/**
 * KeyboardInterrupt, SystemExit and GeneratorExit (and their subclasses) derive from
 * BaseException alone in Python; here their JS class extends Exception as every error does.
 */
export function outsideException(cls: unknown): boolean {
  if (cls === BaseExceptionGroup) return true;
  return typeof cls === 'function' && _OUTSIDE_EXCEPTION.some((c) => cls === c || cls.prototype instanceof c);
}
const _OUTSIDE_EXCEPTION: readonly Function[] = [socketExceptions.KeyboardInterrupt, SystemExit, GeneratorExit, CancelledError];

/** What `except cls` catches: BaseException catches all, Exception all but the exits. */
export function matches(err: unknown, cls: unknown): boolean {
  if (isTuple(cls)) return cls.some((c) => matches(err, c));
  if (cls === PyTypeError) return err instanceof TypeError;
  if (cls === BaseException) return true;
  if (cls === Exception) {
    return !(err instanceof socketExceptions.KeyboardInterrupt || err instanceof SystemExit || err instanceof GeneratorExit || err instanceof CancelledError
      || (err instanceof BaseExceptionGroup && !(err instanceof ExceptionGroup)));
  }
  return typeof cls === 'function' && err instanceof (cls as new () => object);
}

/** A JS error that escaped a builtin, as the Python error it means (RangeError on deep recursion). */
export function asPythonError(err: unknown): unknown {
  // Ctrl+C reaches a waiting socket call as its AbortSignal's reason.
  if (err instanceof Error && err.name === 'AbortError') return new socketExceptions.KeyboardInterrupt();
  if (err instanceof RangeError && /call stack/.test(err.message)) {
    return new RecursionError('maximum recursion depth exceeded');
  }
  // A translation run as a TypeScript script (`socklab translate`) reads its module names as
  // globals of the script, where a name never assigned (or deleted by `del`) is a ReferenceError.
  const undefinedName = err instanceof ReferenceError ? /^(\S+) is not defined$/.exec(err.message)?.[1] : undefined;
  if (undefinedName !== undefined) {
    const e = nameError(undefinedName, []);
    e.stack = `NameError: ${e.message}${(err as Error).stack!.replace(/^[^\n]*/, '')}`;
    return e;
  }
  return err;
}

/**
 * Where an exception keeps the JS stack of the `except` that last caught it (see caughtHere): an
 * Error made there, whose `stack` is read (formatted) only by a traceback that needs it (stackText).
 */
export const CAUGHT_STACK = Symbol('socklab.python.caughtStack');

/**
 * The text of a stack kept as an Error (CAUGHT_STACK, call.ts's CALLER_STACK): V8 captures the
 * frames when the Error is made and formats them at the first read of `stack`, which costs several
 * µs. A loop that keeps catching BlockingIOError formatted two stacks per exception no traceback
 * ever showed.
 */
export function stackText(kept: unknown): string | undefined {
  if (kept instanceof Error) return typeof kept.stack === 'string' ? kept.stack : undefined;
  return typeof kept === 'string' ? kept : undefined;
}

/**
 * Records where `err` is caught. CPython's traceback of a handled exception runs from the frame
 * that caught it down to where it was raised, so a chained report ("The above exception was the
 * direct cause…") leaves out the frames above the handler; the JS stack has them all.
 */
export function caughtHere(err: unknown): unknown {
  if (err instanceof Error) Object.defineProperty(err, CAUGHT_STACK, { value: new Error(), configurable: true });
  return err;
}

/** Marks an exception caught by a frame that has already ended (CAUGHT_STACK then lacks it): see caughtBelow. */
export const CAUGHT_BELOW = Symbol('socklab.python.caughtBelow');

/**
 * Records where `err` is caught when the frame that catches it is gone from the JS stack: a
 * generator's StopIteration that PEP 479 turns into RuntimeError (gen_send_ex, after the
 * generator's frame ended). Its traceback then starts at the generator's frame, the one below
 * the stack kept here, as CPython's does.
 */
export function caughtBelow(err: unknown): unknown {
  caughtHere(err);
  if (err instanceof Error) Object.defineProperty(err, CAUGHT_BELOW, { value: true, configurable: true });
  return err;
}

/**
 * Where an exception caught before is raised again (`except E as e: ...; raise e`, or a bare
 * `raise` in a function called from the handler): CPython's traceback then runs from the new
 * raise's callers, through the raising frame (not for a bare raise: RAISE_VARARGS 0 adds no tb
 * entry), to the traceback the exception already had, from the frame that caught it down.
 */
export const RERAISED = Symbol('socklab.python.reraised');

export interface Reraise {
  /** The JS stack of the raise statement. */
  at: Error;
  /** A bare `raise`: its own frame is not in the traceback. */
  bare: boolean;
  /** What CAUGHT_STACK and CAUGHT_BELOW were then: the old traceback starts at that handler's frame. */
  caughtAt: unknown;
  caughtBelow: boolean;
  /** The raise before this one, if the exception was raised again already. */
  previous: Reraise | undefined;
}

/** Records that `err`, caught before, is being raised again here (see RERAISED). */
export function reraisedHere(err: Error, bare: boolean): void {
  const own = err as unknown as Record<symbol, unknown>;
  if (!Object.hasOwn(err, CAUGHT_STACK)) return;
  const record: Reraise = { at: new Error(), bare, caughtAt: own[CAUGHT_STACK], caughtBelow: own[CAUGHT_BELOW] === true, previous: own[RERAISED] as Reraise | undefined };
  Object.defineProperty(err, RERAISED, { value: record, configurable: true });
}

export function nameError(name: string, candidates: string[][]): NameError {
  const e = new NameError(`name '${name}' is not defined`);
  e.nameNotFound = name;
  e.candidates = candidates;
  return e;
}

export function attributeError(obj: unknown, name: string, message: string): AttributeError {
  const e = new AttributeError(message);
  e.obj = obj;
  e.attrName = name;
  return e;
}

// ---------------------------------------------------------------------------------------------
/** calculate_suggestions(): the closest candidate to `name`, if any is close enough (src/lang/suggestions.ts). */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  return closestName(name, [...candidates]);
}

export { Exception, OSError, ValueError };

/**
 * The lines PEP 678's notes add under an exception's line (3.11 TracebackException.format_exception_only):
 * each note of a sequence as str() gives it, split at its newlines; anything else as its repr.
 * None when the exception has no __notes__.
 */
export function noteLines(err: unknown): string[] | undefined {
  if (!(err instanceof Error) || !Object.hasOwn(err, '__notes__')) return undefined;
  const notes = (err as unknown as Record<string, unknown>).__notes__;
  if (Array.isArray(notes) || typeof notes === 'string') return [...notes].flatMap((note: unknown) => str(note).split('\n'));
  return [repr(notes)];
}
