// Python's builtin exception tree, completing the socket module's (which has Exception, OSError
// and its subclasses, ValueError, …): the same classes, so `except OSError` catches what recv()
// raises. Python's TypeError is JavaScript's own TypeError, which the socket module throws with
// CPython's texts. NameError and AttributeError keep what CPython 3.11 needs for its
// `Did you mean: 'x'?` line (Python/suggestions.c).
import * as socketExceptions from '../../../socket/exceptions.ts';
import { Exception, LookupError, OSError, ValueError } from '../../../socket/exceptions.ts';
import { repr } from '../../../socket/format.ts';
import { isTuple, tuple } from '../../../socket/tuple.ts';

/** Python's BaseException: `except BaseException` matches every error (see matches()). */
export class BaseException extends Exception {}
export class SystemExit extends Exception {
  get code(): unknown {
    return this.args.length === 0 ? null : this.args.length === 1 ? this.args[0] : this.args;
  }
}
export class GeneratorExit extends Exception {}
export class StopIteration extends Exception {}
export class AssertionError extends Exception {}
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
export class KeyError extends LookupError {
  constructor(...args: unknown[]) {
    super(...args);
    // KeyError_str: a single key prints as its repr: KeyError: 'x'
    if (args.length === 1) this.message = repr(args[0]);
  }
}
export class ZeroDivisionError extends socketExceptions.ArithmeticError {}
export class RuntimeError extends Exception {}
export class NotImplementedError extends RuntimeError {}
export class RecursionError extends RuntimeError {}
export class ImportError extends Exception {}
export class ModuleNotFoundError extends ImportError {}
export class SyntaxErrorPy extends Exception {}
export class MemoryError extends Exception {}
export class BufferError extends Exception {}
export class Warning extends Exception {}

/** Python's SyntaxError (and IndentationError): where it is, for the caret display. */
export class PySyntaxError extends Exception {
  constructor(
    message: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    readonly text: string,
    readonly kind: 'SyntaxError' | 'IndentationError' = 'SyntaxError',
  ) {
    super(message);
    this.args = tuple(message, tuple(filename, lineno, offset, text));
  }
  override get name(): string {
    return this.kind;
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

/** Every class a Python program can name, by its Python name. */
export const BUILTIN_EXCEPTIONS: Record<string, Function> = {
  ...socketExceptions.EXCEPTION_CLASSES,
  BaseException, SystemExit, GeneratorExit, StopIteration, AssertionError, AttributeError, NameError,
  UnboundLocalError, IndexError, KeyError, ZeroDivisionError, RuntimeError, NotImplementedError,
  RecursionError, ImportError, ModuleNotFoundError, MemoryError, BufferError, Warning,
  TypeError: PyTypeError, SyntaxError: PySyntaxError, IndentationError: PySyntaxError, EnvironmentError: OSError, IOError: OSError,
};

/** What `except cls` catches: BaseException catches all, Exception all but the exits. */
export function matches(err: unknown, cls: unknown): boolean {
  if (isTuple(cls)) return cls.some((c) => matches(err, c));
  if (cls === PyTypeError) return err instanceof TypeError;
  if (cls === BaseException) return true;
  if (cls === Exception) {
    return !(err instanceof socketExceptions.KeyboardInterrupt || err instanceof SystemExit || err instanceof GeneratorExit);
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
  return err;
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
// CPython 3.11's suggestions (Python/suggestions.c): Levenshtein with a case-change cost of 1
// and a move cost of 2, at most a third of the characters changed.

const _MOVE_COST = 2;
const _CASE_COST = 1;
const _MAX_STRING_SIZE = 40;

function _substitutionCost(a: string, b: string): number {
  const ca = a.charCodeAt(0);
  const cb = b.charCodeAt(0);
  if ((ca & 31) !== (cb & 31)) return _MOVE_COST;
  if (a === b) return 0;
  return a.toLowerCase() === b.toLowerCase() ? _CASE_COST : _MOVE_COST;
}

function _levenshtein(a0: string, b0: string, maxCost: number): number {
  if (a0 === b0) return 0;
  let a = a0;
  let b = b0;
  while (a.length && b.length && a[0] === b[0]) {
    a = a.slice(1);
    b = b.slice(1);
  }
  while (a.length && b.length && a[a.length - 1] === b[b.length - 1]) {
    a = a.slice(0, -1);
    b = b.slice(0, -1);
  }
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * _MOVE_COST;
  if (a.length > _MAX_STRING_SIZE || b.length > _MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * _MOVE_COST > maxCost) return maxCost + 1;
  const buffer = Array.from({ length: a.length }, (_, i) => (i + 1) * _MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi]!;
    let distance = (result = bi * _MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + _substitutionCost(code, a[i]!);
      distance = buffer[i]!;
      const insertDelete = Math.min(result, distance) + _MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions(): the closest candidate to `name`, if any is close enough. */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  let n = 0;
  for (const item of candidates) {
    if (++n > 750) return undefined;
    if (item === name) continue;
    let maxDistance = Math.floor(((name.length + item.length + 3) * _MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = _levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === undefined || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

export { Exception, OSError, ValueError };
