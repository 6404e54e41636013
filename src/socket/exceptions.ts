// Python's exception tree for the socket module, as CPython 3.11 builds it on Linux.
// OSError(errno, strerror) picks its subclass from errno exactly as PEP 3151 does, so
// `new OSError(111, 'Connection refused')` is a ConnectionRefusedError, as in Python.
import { ERRNO } from '../kernel/platform.ts';
import { repr } from './format.ts';
import { tuple } from './tuple.ts';

/** Python's `Exception`: the base of every error class the socket module raises itself. */
export class Exception extends Error {
  /** Python's `args` tuple. */
  args: readonly unknown[];
  constructor(...args: unknown[]) {
    super(_message(new.target, args));
    this.args = tuple(...args);
  }
  override get name(): string {
    return this.constructor.name;
  }

  /** Python's str(e): the message alone (JS would prefix the class name). */
  override toString(): string {
    return this.message;
  }
}

/** What `new target(...args)` passes to Error: the message OSError sets anyway, without a repr of the args first. */
function _message(target: Function, args: unknown[]): string {
  if (args.length === 1) return String(args[0]);
  if (args.length === 0) return '';
  if (_errnoForm(args) && (target === OSError || target.prototype instanceof OSError)) return `[Errno ${args[0]}] ${String(args[1])}`;
  return repr(tuple(...args));
}

/** OSError(errno, strerror[, filename[, winerror[, filename2]]]): the form with an errno. */
function _errnoForm(args: unknown[]): boolean {
  return args.length >= 2 && args.length <= 5 && typeof args[0] === 'number';
}

export class ValueError extends Exception {}
export class ArithmeticError extends Exception {}
export class OverflowError extends ArithmeticError {}
export class KeyboardInterrupt extends Exception {}
export class MemoryError extends Exception {}
export class EOFError extends Exception {}
export class LookupError extends Exception {}
export class UnicodeError extends ValueError {}

/**
 * UnicodeDecodeError(encoding, object, start, end, reason): exactly five arguments, kept as
 * attributes, and str() says what CPython's UnicodeDecodeError_str says (Objects/exceptions.c).
 */
export class UnicodeDecodeError extends UnicodeError {
  readonly encoding: string;
  readonly object: Uint8Array;
  readonly start: number;
  readonly end: number;
  readonly reason: string;
  constructor(...args: unknown[]) {
    _unicodeArgs(args, 'bytes');
    super(...args);
    [this.encoding, this.object, this.start, this.end, this.reason] = args as [string, Uint8Array, number, number, string];
    const { encoding, object, start, end, reason } = this;
    this.message = start < object.length && end === start + 1
      ? `'${encoding}' codec can't decode byte 0x${object[start]!.toString(16).padStart(2, '0')} in position ${start}: ${reason}`
      : `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
}

/** UnicodeEncodeError(encoding, object, start, end, reason), as UnicodeDecodeError with a str object. */
export class UnicodeEncodeError extends UnicodeError {
  readonly encoding: string;
  readonly object: string;
  readonly start: number;
  readonly end: number;
  readonly reason: string;
  constructor(...args: unknown[]) {
    _unicodeArgs(args, 'str');
    super(...args);
    [this.encoding, this.object, this.start, this.end, this.reason] = args as [string, string, number, number, string];
    const { encoding, object, start, end, reason } = this;
    const cps = Array.from(object, (c) => c.codePointAt(0)!);
    this.message = start < cps.length && end === start + 1
      ? `'${encoding}' codec can't encode character '${charEscape(cps[start]!)}' in position ${start}: ${reason}`
      : `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  }
}

/** The argument checks CPython's UnicodeDecodeError/UnicodeEncodeError __init__ makes. */
function _unicodeArgs(args: unknown[], object: 'bytes' | 'str'): void {
  if (args.length !== 5) throw new TypeError(`function takes exactly 5 arguments (${args.length} given)`);
  const [encoding, obj, start, end, reason] = args;
  const typeName = (x: unknown): string => (x === null || x === undefined ? 'NoneType' : typeof x === 'string' ? 'str' : typeof x === 'number' ? (Number.isInteger(x) ? 'int' : 'float') : x instanceof Uint8Array ? 'bytes' : typeof x);
  const needStr = (x: unknown, n: number): void => {
    if (typeof x !== 'string') throw new TypeError(`argument ${n} must be str, not ${typeName(x)}`);
  };
  needStr(encoding, 1);
  if (object === 'bytes' && !(obj instanceof Uint8Array)) throw new TypeError(`a bytes-like object is required, not '${typeName(obj)}'`);
  if (object === 'str') needStr(obj, 2);
  for (const n of [start, end]) {
    if (typeof n !== 'number' || !Number.isInteger(n)) throw new TypeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
  }
  needStr(reason, 5);
}

/** How CPython writes a character as an escape (UnicodeEncodeError_str, the backslashreplace handler). */
export function charEscape(cp: number): string {
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

/**
 * Python's OSError. With (errno, strerror) its message is `[Errno N] strerror`; with one
 * argument it is that argument (`TimeoutError('timed out')`).
 */
export class OSError extends Exception {
  readonly errno: number | undefined;
  readonly strerror: string | undefined;
  /** The path an os function failed on: `[Errno 2] No such file or directory: '/tmp/x'`. */
  readonly filename: unknown;
  constructor(...args: unknown[]) {
    super(...args);
    this.filename = undefined;
    if (_errnoForm(args)) {
      this.errno = args[0] as number;
      this.strerror = String(args[1]);
      // this.message is `[Errno N] strerror` already (_message). A filename of None is no filename.
      if (args.length >= 3 && args[2] !== undefined && args[2] !== null) {
        this.filename = args[2];
        this.message += `: ${repr(args[2])}`;
        this.args = tuple(args[0], args[1]); // Python keeps only (errno, strerror) in args
      }
    } else {
      this.errno = undefined;
      this.strerror = undefined;
    }
    // PEP 3151: OSError(errno, ...) constructs the errno's subclass.
    if (new.target === OSError && this.errno !== undefined) {
      const subclass = errnoClass(this.errno);
      if (subclass !== OSError) Object.setPrototypeOf(this, subclass.prototype);
    }
  }
}

export class BlockingIOError extends OSError {}
export class ChildProcessError extends OSError {}
export class ConnectionError extends OSError {}
export class BrokenPipeError extends ConnectionError {}
export class ConnectionAbortedError extends ConnectionError {}
export class ConnectionRefusedError extends ConnectionError {}
export class ConnectionResetError extends ConnectionError {}
export class FileExistsError extends OSError {}
export class FileNotFoundError extends OSError {}
export class InterruptedError extends OSError {}
export class IsADirectoryError extends OSError {}
export class NotADirectoryError extends OSError {}
export class PermissionError extends OSError {}
export class ProcessLookupError extends OSError {}
export class TimeoutError extends OSError {}

/** `socket.gaierror`: getaddrinfo() failures, errno is the negative EAI_* code. */
export class gaierror extends OSError {}
/** `socket.herror`: gethostbyaddr()-style failures. */
export class herror extends OSError {}

/** Exceptions that Python prints with their module name (`socket.gaierror: ...`). */
export const QUALIFIED_NAMES: ReadonlyMap<Function, string> = new Map<Function, string>([
  [gaierror, 'socket.gaierror'],
  [herror, 'socket.herror'],
]);

/**
 * The class OSError(errno, ...) constructs (PEP 3151): osError() makes it directly, without the
 * prototype change after construction.
 */
export function errnoClass(errno: number): typeof OSError {
  return ERRNO_SUBCLASS.get(errno) ?? OSError;
}

const ERRNO_SUBCLASS = new Map<number, typeof OSError>([
  [ERRNO.EAGAIN, BlockingIOError],
  [ERRNO.EALREADY, BlockingIOError],
  [ERRNO.EINPROGRESS, BlockingIOError],
  [ERRNO.ECHILD, ChildProcessError],
  [ERRNO.EPIPE, BrokenPipeError],
  [ERRNO.ESHUTDOWN, BrokenPipeError],
  [ERRNO.ECONNABORTED, ConnectionAbortedError],
  [ERRNO.ECONNREFUSED, ConnectionRefusedError],
  [ERRNO.ECONNRESET, ConnectionResetError],
  [ERRNO.EEXIST, FileExistsError],
  [ERRNO.ENOENT, FileNotFoundError],
  [ERRNO.EISDIR, IsADirectoryError],
  [ERRNO.ENOTDIR, NotADirectoryError],
  [ERRNO.EINTR, InterruptedError],
  [ERRNO.EACCES, PermissionError],
  [ERRNO.EPERM, PermissionError],
  [ERRNO.ESRCH, ProcessLookupError],
  [ERRNO.ETIMEDOUT, TimeoutError],
]);

/** Python's `socket.timeout` is an alias of TimeoutError since 3.10. */
export const timeout = TimeoutError;
/** Python's `socket.error` is an alias of OSError. */
export const error = OSError;

/** The exception classes that `from socket import *` (plus builtins) puts in scope. */
export const EXCEPTION_CLASSES = {
  Exception, OSError, ValueError, OverflowError, ArithmeticError, KeyboardInterrupt, EOFError, MemoryError,
  LookupError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
  BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
  ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
  IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,
} as const;
