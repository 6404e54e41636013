// How Python shows values: repr(), str(), print() and the last line of a traceback, byte for byte
// as CPython 3.11 does, for the JS values the socket module hands out (None/True/False, str, int,
// float, bytes, tuples, lists, dicts, exceptions, sockets).
import { types } from 'node:util';
import { bytes, reprBytes } from './bytes.ts';
import { Exception, QUALIFIED_NAMES } from './exceptions.ts';
import { pyTypeName } from './pytype.ts';
import { isTuple, tuple } from './tuple.ts';
import { lazyRegExp } from '../lazy-regexp.ts';

/** Objects with a Python repr (sockets) implement `[pyRepr](): string`; repr() and str() use it. */
export const pyRepr = Symbol.for('socklab.repr');
/** Objects whose Python str() is not their repr (a datetime: `2024-01-02 03:04:05`) also implement `[pyStr](): string`. */
export const pyStr = Symbol.for('socklab.str');

/** Python's `repr(x)`. */
export function repr(x: unknown): string {
  return _repr(x, new Set());
}

/** Python's `str(x)`: text as it is, exceptions as their message, everything else as repr(). */
export function str(x: unknown): string {
  if (typeof x === 'string') return x;
  if (_isError(x)) return _exceptionStr(x);
  if (typeof x === 'object' && x !== null && typeof (x as Record<symbol, unknown>)[pyStr] === 'function') return String((x as Record<symbol, () => unknown>)[pyStr]!());
  if (typeof x === 'object' && x !== null && !_hasPyRepr(x) && !Array.isArray(x) && !ArrayBuffer.isView(x)
    && !types.isMap(x) && !types.isSet(x) && _hasCustomToString(x)) {
    return String(x);
  }
  return repr(x);
}

/** What Python's `print(*args, sep=sep)` writes, without the final newline. */
export function formatPrintArgs(args: readonly unknown[], sep = ' '): string {
  return args.map(str).join(sep);
}

/**
 * The last line of Python's traceback for `err`: `ConnectionRefusedError: [Errno 111] Connection
 * refused`, `socket.gaierror: [Errno -2] Name or service not known`, or just the name when the
 * message is empty (`KeyboardInterrupt`). A thrown value that is not an Error prints as `Error: …`.
 */
export function formatException(err: unknown): string {
  if (!_isError(err)) return `Error: ${str(err)}`;
  // traceback.format_exception_only: module-qualified unless the class is a builtin.
  const name = QUALIFIED_NAMES.get((err as { constructor: Function }).constructor) ?? err.name;
  const message = _exceptionStr(err);
  return message === '' ? name : `${name}: ${message}`;
}

// ---------------------------------------------------------------------------------------------

function _repr(x: unknown, seen: Set<object>): string {
  switch (typeof x) {
    case 'string': return _reprStr(x);
    case 'number': return _reprNumber(x);
    case 'bigint': return x.toString();
    case 'boolean': return x ? 'True' : 'False';
    case 'undefined': return 'None';
    case 'symbol': return x.toString();
    case 'function': return _hasPyRepr(x) ? String((x as unknown as Record<symbol, () => unknown>)[pyRepr]!()) : _reprFunction(x);
  }
  if (x === null) return 'None';
  const obj = x as object;
  if (_hasPyRepr(obj)) return String((obj as Record<symbol, () => unknown>)[pyRepr]!());
  if (obj instanceof bytes) return reprBytes(obj);
  if (types.isUint8Array(obj)) return `bytearray(${reprBytes(obj)})`;
  if (ArrayBuffer.isView(obj)) return `memoryview(${reprBytes(new Uint8Array(obj.buffer, obj.byteOffset, obj.byteLength))})`;
  if (types.isAnyArrayBuffer(obj)) return `memoryview(${reprBytes(new Uint8Array(obj))})`;
  if (_isError(obj)) return _reprException(obj, seen);
  // Containers: a container met again inside itself prints as [...] / {...} (Py_ReprEnter).
  const inner = (items: Iterable<unknown>): string[] => Array.from(items, (v) => _repr(v, seen));
  const nest = (open: string, close: string, body: () => string): string => {
    if (seen.has(obj)) return `${open}...${close}`;
    seen.add(obj);
    try {
      return body();
    } finally {
      seen.delete(obj);
    }
  };
  if (isTuple(obj)) return nest('(', ')', () => (obj.length === 1 ? `(${inner(obj)[0]},)` : `(${inner(obj).join(', ')})`));
  if (Array.isArray(obj)) return nest('[', ']', () => `[${inner(obj).join(', ')}]`);
  if (types.isMap(obj)) {
    const map = obj as Map<unknown, unknown>;
    return nest('{', '}', () => `{${Array.from(map, ([k, v]) => `${_repr(k, seen)}: ${_repr(v, seen)}`).join(', ')}}`);
  }
  if (types.isSet(obj)) {
    const set = obj as Set<unknown>;
    return set.size === 0 ? 'set()' : nest('set(', ')', () => `{${inner(set).join(', ')}}`);
  }
  if (_isPlainObject(obj)) {
    return nest('{', '}', () => `{${Object.entries(obj).map(([k, v]) => `${_reprStr(k)}: ${_repr(v, seen)}`).join(', ')}}`);
  }
  return _objectRepr(obj);
}

let _objectRepr = (obj: object): string => `<${pyTypeName(obj)} object>`;

/**
 * How an object with no repr of its own shows (object_repr). The Python runtime installs
 * CPython's `<module.Class object at 0x…>`, which needs its class registry and ids.
 */
export function setObjectRepr(show: (obj: object) => string): void {
  _objectRepr = show;
}

function _hasPyRepr(x: object): boolean {
  return typeof (x as Record<symbol, unknown>)[pyRepr] === 'function';
}

/** Errors from any realm: node's own check, plus subclasses that only instanceof can see. */
function _isError(x: unknown): x is Error {
  return types.isNativeError(x) || x instanceof Error;
}

function _isPlainObject(x: object): boolean {
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Whether `toString` comes from the object's own class rather than the root Object.prototype. */
function _hasCustomToString(x: object): boolean {
  for (let o: object | null = x; o !== null; o = Object.getPrototypeOf(o) as object | null) {
    if (Object.hasOwn(o, 'toString')) return Object.getPrototypeOf(o) !== null;
  }
  return false;
}

function _reprFunction(fn: Function): string {
  // A class exported wrapped so that it can be called (modules/callable.ts) is the class too.
  const qualified = QUALIFIED_NAMES.get(fn);
  if (qualified !== undefined && typeof fn.prototype === 'object') return `<class '${qualified}'>`;
  if (/^class[\s{]/.test(Function.prototype.toString.call(fn))) {
    const declared = (fn as { pyTypeName?: unknown }).pyTypeName;
    return `<class '${QUALIFIED_NAMES.get(fn) ?? (typeof declared === 'string' ? declared : fn.name)}'>`;
  }
  return `<function ${fn.name === '' ? '<lambda>' : fn.name}>`;
}

/** BaseException_repr: the class's short name and repr(args); `Name(arg)` for one argument. */
function _reprException(err: Error, seen: Set<object>): string {
  const args = err instanceof Exception ? err.args : err.message === '' ? [] : [err.message];
  return `${err.name}(${args.map((a) => _repr(a, seen)).join(', ')})`;
}

/** BaseException_str: '' / str(arg) / repr(args), unless the class built its own message. */
function _exceptionStr(err: Error): string {
  if (!(err instanceof Exception)) return err.message;
  const args = err.args;
  // exceptions.ts writes String()-joined args as the message; anything else (OSError's
  // "[Errno 111] …", UnicodeDecodeError's sentence) was set on purpose and is what Python prints.
  const plain = args.length === 1 ? String(args[0]) : args.length === 0 ? '' : `(${args.map(String).join(', ')})`;
  if (err.message !== plain) return err.message;
  if (args.length === 0) return '';
  if (args.length === 1) return str(args[0]);
  return repr(tuple(...args));
}

// ---------------------------------------------------------------------------------------------
// Numbers. JS has one number type: safe integers print as Python ints, everything else (including
// -0, which only float arithmetic makes) as Python prints a float (float_repr_style 'short': shortest round-trip digits, exponent form when the
// decimal point would fall outside -4 < decpt <= 16, at least two exponent digits).

function _reprNumber(x: number): string {
  if (Number.isSafeInteger(x) && !Object.is(x, -0)) return String(x);
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exponent = '0'] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exp = Number(exponent);
  const decpt = exp + 1;
  let out: string;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) out = `0.${'0'.repeat(-decpt)}${digits}`;
    else if (decpt >= digits.length) out = `${digits}${'0'.repeat(decpt - digits.length)}.0`;
    else out = `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  } else {
    const frac = digits.length > 1 ? `.${digits.slice(1)}` : '';
    out = `${digits[0] ?? '0'}${frac}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return x < 0 ? `-${out}` : out;
}

// ---------------------------------------------------------------------------------------------
// Strings (unicode_repr in Objects/unicodeobject.c): single quotes unless the text has a ' and
// no "; \\, \t, \n, \r and the quote escaped; other characters escaped when not printable
// (Py_UNICODE_ISPRINTABLE: not in Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than the space).

const _notPrintable = lazyRegExp(() => /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u);

// Python 3.11 has Unicode 14.0's database: characters assigned since (15.0 to 17.0, which this
// Node's regexps know) are unassigned (Cn) to CPython and repr() escapes them. [first, count].
const _NEWER_THAN_UNICODE_14: readonly number[] = [
  0x88f, 1, 0x897, 1, 0xc5c, 1, 0xcdc, 1, 0xcf3, 1, 0xece, 1, 0x1acf, 15, 0x1ae0, 12,
  0x1b4e, 2, 0x1b7f, 1, 0x1c89, 2, 0x20c1, 1, 0x2427, 3, 0x2b96, 1, 0x2ffc, 4, 0x31e4, 2,
  0x31ef, 1, 0xa7cb, 5, 0xa7d2, 1, 0xa7d4, 1, 0xa7da, 3, 0xa7f1, 1, 0xfbc3, 16, 0xfd90, 2,
  0xfdc8, 7, 0x105c0, 52, 0x10940, 26, 0x10d40, 38, 0x10d69, 29, 0x10d8e, 2, 0x10ec2, 6, 0x10ed0, 9,
  0x10efa, 6, 0x1123f, 3, 0x11380, 10, 0x1138b, 1, 0x1138e, 1, 0x11390, 38, 0x113b7, 10, 0x113c2, 1,
  0x113c5, 1, 0x113c7, 4, 0x113cc, 10, 0x113d7, 2, 0x113e1, 2, 0x116d0, 20, 0x11b00, 10, 0x11b60, 8,
  0x11bc0, 34, 0x11bf0, 10, 0x11db0, 44, 0x11de0, 10, 0x11f00, 17, 0x11f12, 41, 0x11f3e, 29, 0x1342f, 1,
  0x13440, 22, 0x13460, 3995, 0x16100, 58, 0x16d40, 58, 0x16ea0, 25, 0x16ebb, 25, 0x16ff2, 5, 0x187f8, 8,
  0x18cff, 1, 0x18d09, 22, 0x18d80, 115, 0x1b132, 1, 0x1b155, 1, 0x1cc00, 253, 0x1cd00, 436, 0x1ceba, 23,
  0x1cee0, 17, 0x1d2c0, 20, 0x1df25, 6, 0x1e030, 62, 0x1e08f, 1, 0x1e4d0, 42, 0x1e5d0, 43, 0x1e5ff, 1,
  0x1e6c0, 31, 0x1e6e0, 22, 0x1e6fe, 2, 0x1f6d8, 1, 0x1f6dc, 1, 0x1f774, 12, 0x1f7d9, 1, 0x1f8b2, 10,
  0x1f8c0, 2, 0x1f8d0, 9, 0x1fa54, 4, 0x1fa75, 3, 0x1fa87, 4, 0x1fa8e, 2, 0x1faad, 3, 0x1fabb, 5,
  0x1fac6, 1, 0x1fac8, 1, 0x1facd, 3, 0x1fada, 3, 0x1fadf, 1, 0x1fae8, 3, 0x1faef, 1, 0x1faf7, 2,
  0x1fbcb, 37, 0x1fbfa, 1, 0x2b739, 7, 0x2cea2, 12, 0x2ebf0, 622, 0x31350, 8490,
];

function _isPrintable(cp: number): boolean {
  if (cp === 0x20) return true;
  if (_notPrintable().test(String.fromCodePoint(cp))) return false;
  for (let i = 0; i < _NEWER_THAN_UNICODE_14.length; i += 2) {
    const first = _NEWER_THAN_UNICODE_14[i] ?? 0;
    if (cp >= first && cp < first + (_NEWER_THAN_UNICODE_14[i + 1] ?? 0)) return false;
  }
  return true;
}

function _reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 0x7f || _isPrintable(cp)) out += ch;
    else if (cp <= 0xff) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return out + quote;
}
