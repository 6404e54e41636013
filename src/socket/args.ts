// Python's argument conversions (PyArg_Parse "i", "O&", ...) with CPython's exact messages.
import { OverflowError, ValueError } from './exceptions.ts';
import { pyTypeName } from './pytype.ts';

/** Python's `__index__` conversion: ints (and bools) pass, anything else is a TypeError. */
export function asIndex(x: unknown): number {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return Number(x);
  throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
}

/** A C int argument (`i`): an index that must fit in 32 bits. */
export function asCInt(x: unknown): number {
  const n = asCLong(x);
  if (n > 2147483647) throw new OverflowError('signed integer is greater than maximum');
  if (n < -2147483648) throw new OverflowError('signed integer is less than minimum');
  return n;
}

/**
 * A C int argument as socket.__init__ takes it (_PyLong_AsInt): one message for either side.
 */
export function asSocketInt(x: unknown): number {
  const n = asIndex(x);
  if (n > 2147483647 || n < -2147483648) throw new OverflowError('Python int too large to convert to C int');
  return n;
}

/** A C long argument (`l`), which a JS number can overflow only past 2**63. */
export function asCLong(x: unknown): number {
  const n = asIndex(x);
  if (n >= 2 ** 63 || n < -(2 ** 63)) throw new OverflowError('Python int too large to convert to C long');
  return n;
}

/** A Py_ssize_t argument (`n`): an index within 64 bits (recv's bufsize). */
export function asSsize(x: unknown): number {
  const n = asIndex(x);
  if (n >= 2 ** 63 || n < -(2 ** 63)) throw new OverflowError('Python int too large to convert to C ssize_t');
  return n;
}

// _PyTime_t counts nanoseconds in 64 bits: about 292 years of seconds either way.
const _PYTIME_MAX_SECONDS = (2 ** 63 - 1) / 1e9;

/**
 * Seconds as CPython's _PyTime_FromSecondsObject() takes them (socket timeouts, time.sleep):
 * NaN is a ValueError, and a value out of _PyTime_t's range an OverflowError, worded for a float
 * or for an int. (JS has one number type: an integer up to 2**64 is taken as an int, as a learner
 * writes 2**63; a larger one, such as 1e300, as a float.)
 */
export function asSeconds(x: unknown): number {
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x !== 'number' && typeof x !== 'bigint') {
    throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
  }
  const n = Number(x);
  if (Number.isNaN(n)) throw new ValueError('Invalid value NaN (not a number)');
  if (Math.abs(n) > _PYTIME_MAX_SECONDS) {
    const isInt = typeof x === 'bigint' || (Number.isInteger(n) && Math.abs(n) <= 2 ** 64);
    throw new OverflowError(isInt ? 'timestamp too large to convert to C _PyTime_t' : 'timestamp out of range for platform time_t');
  }
  return n;
}

/**
 * A timeout argument: None, or seconds >= 0. CPython 3.11 reports a str with the
 * integer-conversion message, and a negative number as "Timeout value out of range".
 */
export function asTimeout(x: unknown): number | null {
  if (x === undefined || x === null) return null;
  const n = asSeconds(x);
  if (n < 0) throw new ValueError('Timeout value out of range');
  return n;
}

/**
 * Python's argument-count TypeError. CPython words it per method (its Argument Clinic and
 * PyArg_ParseTuple each have their own phrasing), so the caller picks the form:
 * 'exactly-one' → `socket.bind() takes exactly one argument (0 given)`,
 * 'none' → `socket.getsockname() takes no arguments (1 given)`,
 * 'at-least' → `recv() takes at least 1 argument (0 given)`, 'at-most' → `listen() takes at most 1 argument (2 given)`,
 * 'range' → `sendto() takes 2 or 3 arguments (1 given)`.
 */
export function checkArity(
  name: string,
  given: number,
  min: number,
  max: number,
  form: 'exactly-one' | 'none' | 'at-least' | 'range' | 'at-most' | 'exactly',
): void {
  if (given >= min && given <= max) return;
  const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;
  let text: string;
  switch (form) {
    case 'exactly-one': text = `socket.${name}() takes exactly one argument`; break;
    case 'none': text = `socket.${name}() takes no arguments`; break;
    case 'exactly': text = `${name}() takes exactly ${plural(min)}`; break;
    case 'range': text = `${name}() takes ${min} or ${max} arguments`; break;
    case 'at-most': text = `${name}() takes at most ${plural(max)}`; break;
    case 'at-least':
      text = given < min ? `${name}() takes at least ${plural(min)}` : `${name}() takes at most ${plural(max)}`;
      break;
  }
  throw new TypeError(`${text} (${given} given)`);
}
