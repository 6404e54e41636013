// The one-line hint printed under an error: what usually causes it and what to try. Chosen by
// exception class, errno and message; the texts live in the catalogues (src/i18n/*/repl.ts).
import { ERRNO } from '../kernel/index.ts';
import { CONSTANTS } from '../kernel/index.ts';
import { EOFError, Exception, gaierror, OSError, pyTypeName, Socket, TimeoutError, UnicodeError } from '../socket/index.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { lastMissingAwait, TRACK } from './typescript/pitfalls.ts';
import { suggestName, closestName } from './suggestions.ts';
import { PYTHON_MODULE_NAMES } from './python/module-names.ts';

const _BY_ERRNO: ReadonlyMap<number, MessageKey> = new Map<number, MessageKey>([
  [ERRNO.ECONNREFUSED, 'repl.hint.refused'],
  [ERRNO.EINVAL, 'repl.hint.invalid'],
  [ERRNO.ETIMEDOUT, 'repl.hint.timeout'],
  [ERRNO.EAGAIN, 'repl.hint.blocking'],
  [ERRNO.EINPROGRESS, 'repl.hint.inProgress'],
  [ERRNO.EALREADY, 'repl.hint.inProgress'],
  [ERRNO.EPIPE, 'repl.hint.brokenPipe'],
  [ERRNO.ECONNRESET, 'repl.hint.reset'],
  [ERRNO.ENOTCONN, 'repl.hint.notConnected'],
  [ERRNO.EISCONN, 'repl.hint.isConnected'],
  [ERRNO.EOPNOTSUPP, 'repl.hint.notSupported'],
  [ERRNO.EDESTADDRREQ, 'repl.hint.destRequired'],
  [ERRNO.EBADF, 'repl.hint.badFd'],
  [ERRNO.EADDRNOTAVAIL, 'repl.hint.addrNotAvail'],
  [ERRNO.EACCES, 'repl.hint.permission'],
  [ERRNO.EPERM, 'repl.hint.permission'],
  [ERRNO.EMFILE, 'repl.hint.tooManyFiles'],
  [ERRNO.ENETUNREACH, 'repl.hint.unreachable'],
  [ERRNO.EHOSTUNREACH, 'repl.hint.unreachable'],
]);

/** Python modules a tutorial may use that socklab does not have (for a ReferenceError's hint). */
const _PYTHON_MODULES = new Set([
  'threading', 'select', 'sys', 'struct', 'json', 'multiprocessing', 'socketserver', 'selectors', 'asyncio', 'subprocess', 'signal', 'errno', 'random', 'datetime',
]);

/** Lines that are Python, not JavaScript (for a SyntaxError's hint). */
const _PYTHON_LINE = /^\s*(?:def\s+\w+\s*\(|elif\b|else\s*:|try\s*:|except\b|finally\s*:|with\s+\w|pass\s*$|(?:if|elif|while|for)\s[^{]*?:(?!:)|print\s+['"])/m;

/** Messages of a Promise used as if it were its value (a missing await inside a function). */
const _PROMISE_MISUSE = /\[object Promise\]|Promise|\.(?:decode|encode|length|hex|split|startsWith)\b.*is not a function|is not iterable|not 'coroutine'|non-iterable coroutine/;
/** What a function gives back when its blocking call was not awaited and its value never came. */
const _UNDEFINED_MISUSE = /^Cannot read properties of undefined/;

/** JavaScript's TypeError for `Point(1)` where Point is a class. */
const _CLASS_WITHOUT_NEW = /^Class constructor (\w+) cannot be invoked without 'new'$/;
/** How a class defined in Python is marked (PY_CLASS of python/runtime/call.ts, which only Python mode loads). */
const _PY_CLASS = Symbol.for('socklab.python.class');

function _isPythonClass(name: string): boolean {
  const value = (globalThis as Record<string, unknown>)[name];
  return typeof value === 'function' && (value as unknown as Record<symbol, unknown>)[_PY_CLASS] !== undefined;
}

/** Python 2's `print "x"` statement. */
const _PRINT_STATEMENT = /^\s*print\s+['"\w]/;

/** Python's NameError (CPython 3.11's text, with its "Did you mean"). */
export class NameError extends Exception {}
/** Python's AttributeError. */
export class AttributeError extends Exception {}

/** Where the names of the learner's scope come from, for "Did you mean". */
export interface NameScope {
  /** Names the learner and socklab defined (Python's globals), searched before JavaScript's own. */
  names(): readonly string[];
  /** Reads a global (for an attribute error's object). */
  lookup(name: string): unknown;
}

/** JavaScript's and Node's own globals (there before socklab installs its own): Python's builtins, searched last. */
const _BUILTINS = Object.getOwnPropertyNames(globalThis);

const _globalScope: NameScope = {
  names: () => {
    const builtins = new Set(_BUILTINS);
    return Object.getOwnPropertyNames(globalThis).filter((n) => !builtins.has(n) && !n.startsWith('__sl_'));
  },
  lookup: (name) => (globalThis as Record<string, unknown>)[name],
};

/** Every property name of `value`'s object and its prototypes (Python's dir()), Object's own left out. */
function _dir(value: object): string[] {
  const names = new Set<string>();
  for (let o: object | null = value; o !== null && o !== Object.prototype && o !== Function.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const n of Object.getOwnPropertyNames(o)) if (n !== 'constructor' && !n.startsWith('_')) names.add(n);
  }
  return [...names];
}

function _didYouMean(found: string | undefined): string {
  return found === undefined ? '' : `. Did you mean: '${found}'?`;
}

/** `s.clsoe` → the socket object, when `path` is a chain of plain names from a global. */
function _resolve(path: string, scope: NameScope): unknown {
  if (!/^[\p{ID_Start}$_][\p{ID_Continue}$]*(?:\.[\p{ID_Start}$_][\p{ID_Continue}$]*)*$/u.test(path)) return undefined;
  const [first, ...rest] = path.split('.');
  let value = scope.lookup(first!);
  for (const name of rest) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
    value = (value as Record<string, unknown>)[name];
  }
  return value;
}

/** CPython's AttributeError text for `value.name`. */
function _attributeError(value: object, name: string): AttributeError {
  const type = value instanceof Socket ? 'socket' : pyTypeName(value);
  const owner = type === 'module' || value === (globalThis as { socket?: unknown }).socket ? `module 'socket'`
    : type === 'type' ? `type object '${(value as { name?: string }).name ?? 'object'}'` : `'${type}' object`;
  return new AttributeError(`${owner} has no attribute '${name}'${_didYouMean(closestName(name, _dir(value)))}`);
}

/**
 * The error as Python would raise it, for display: `x is not defined` is CPython's NameError with
 * its "Did you mean", `s.clsoe is not a function` its AttributeError. Anything else is returned as it is.
 */
export function pythonError(err: unknown, code = '', scope: NameScope = _globalScope): unknown {
  if (!(err instanceof Error)) return err;
  if (err.name === 'SyntaxError' && _PRINT_STATEMENT.test(code)) {
    return new SyntaxError("Missing parentheses in call to 'print'. Did you mean print(...)?");
  }
  if (err.name === 'ReferenceError') {
    const m = /^([\p{ID_Start}$_][\p{ID_Continue}$]*) is not defined$/u.exec(err.message);
    if (!m) return err;
    const name = m[1]!;
    const known = scope.names();
    return new NameError(`name '${name}' is not defined${_didYouMean(suggestName(name, [known, _BUILTINS]))}`);
  }
  if (err.name === 'TypeError' && err.message.includes(TRACK) && err.message.endsWith('is not iterable')) {
    // `[d, a] = s.recvfrom(1024)` without await, in a function: the watched call's Promise (pitfalls.ts).
    return new TypeError('cannot unpack non-iterable coroutine object');
  }
  const onPromise = err.name === 'TypeError' && err.message.startsWith(`${TRACK}(...).`) ? /\.([\p{ID_Start}$_][\p{ID_Continue}$]*) is not a function$/u.exec(err.message) : null;
  if (onPromise) {
    // `s.recv(1024).decode()` without await, in a function: a method of the watched call's Promise.
    return new AttributeError(`'coroutine' object has no attribute '${onPromise[1]}'`);
  }
  if (err.name === 'TypeError') {
    const m = /^(.+)\.([\p{ID_Start}$_][\p{ID_Continue}$]*) is not a function$/u.exec(err.message);
    if (!m || !code.includes(`${m[1]}.${m[2]}`)) return err;
    const value = _resolve(m[1]!, scope);
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return err;
    if ((value as Record<string, unknown>)[m[2]!] !== undefined) return err;
    return _attributeError(value, m[2]!);
  }
  return err;
}

/** How a variable of that name usually gets its value in a socket program. */
function _assignment(name: string): string {
  if (/addr/i.test(name)) return `data, ${name} = s.recvfrom(1024)`;
  if (/^conn|^client_?sock|^new_?sock/i.test(name)) return `${name}, addr = server.accept()`;
  if (/sock|^s\d*$|server|client|^srv$|^udp|^tcp/i.test(name)) return `${name} = socket.socket(AF_INET, SOCK_STREAM)`;
  if (/data|msg|message|reply/i.test(name)) return `${name} = s.recv(1024)`;
  return `${name} = ...`;
}

/**
 * What to say about a Python module a TypeScript line imports that is not preloaded (an import
 * line, or its name used): Python mode may have it (asyncio, json), else socklab has it nowhere.
 */
export function missingModuleText(name: string): string {
  if (PYTHON_MODULE_NAMES.includes(name)) return t('repl.note.module.python', { name });
  return t('repl.note.module.other', { name, count: PYTHON_MODULE_NAMES.length });
}

/** Errno 98 has a different cure for a Unix socket's path and for a socket that already reuses. */
function _addrInUse(sock: Socket | undefined): MessageKey {
  if (sock?.family === CONSTANTS.AF_UNIX) return 'repl.hint.addrInUseUnix';
  try {
    if (sock && sock.getsockopt(CONSTANTS.SOL_SOCKET, CONSTANTS.SO_REUSEADDR)) return 'repl.hint.addrInUseReuse';
  } catch {
    // closed since: fall back to the general hint
  }
  return 'repl.hint.addrInUse';
}

function _key(err: unknown, code: string, sock: Socket | undefined): MessageKey | undefined {
  if (!(err instanceof Error)) return undefined;
  const message = err.message;
  if (err instanceof gaierror) return 'repl.hint.gaierror';
  if (err instanceof TimeoutError) return 'repl.hint.timeout';
  if (err instanceof OSError && err.errno === ERRNO.EADDRINUSE) return _addrInUse(sock);
  if (err instanceof OSError && err.errno !== undefined) return _BY_ERRNO.get(err.errno);
  if (err instanceof UnicodeError) return 'repl.hint.unicode';
  if (err instanceof EOFError) return 'repl.hint.eof';
  if (err.name === 'TypeError') {
    // An AF_UNIX address is a path: CPython's message for a tuple there is about bytes, too.
    if (sock?.family === CONSTANTS.AF_UNIX && /a bytes-like object is required|str, bytes or bytearray expected/.test(message) && /\b(?:bind|connect|connect_ex|sendto)\s*\(/.test(code)) {
      return 'repl.hint.unixAddress';
    }
    if (message.includes('a bytes-like object is required')) return 'repl.hint.bytesRequired';
    if (/address must be tuple|must be tuple, not|getsockaddrarg/.test(message)) return 'repl.hint.address';
    if (_PROMISE_MISUSE.test(message)) return lastMissingAwait() ? 'pitfall.hint.awaitMissing' : 'repl.hint.promise';
    if (_UNDEFINED_MISUSE.test(message) && lastMissingAwait()) return 'pitfall.hint.awaitMissing';
    if (message.startsWith('can only concatenate str (not "bytes")')) return 'pitfall.hint.concatBytes';
    if (message.startsWith("can't concat str to bytes")) return 'pitfall.hint.concatToBytes';
  }
  if (err.name === 'AttributeError' && message.startsWith("'coroutine' object has no attribute") && lastMissingAwait()) return 'pitfall.hint.awaitMissing';
  if (err.name === 'SyntaxError' && /^'(?:break' outside|continue' not properly in) loop$/.test(message)) return 'pitfall.hint.breakOutside';
  if (err.name === 'SyntaxError' && _PRINT_STATEMENT.test(code)) return 'pitfall.hint.printStatement';
  if (/port must be 0-65535/.test(message)) return 'repl.hint.port';
  if (err.name === 'SyntaxError' && /^\s*(?:socklab|npm|node|python3?)\s/.test(code)) return 'repl.hint.shell';
  if (err.name === 'SyntaxError' && _PYTHON_LINE.test(code)) return 'repl.hint.python';
  return undefined;
}

/**
 * The hint for `err` in the user's language, or undefined when there is nothing useful to say.
 * `sock` is the socket whose call raised it, when known.
 */
export function hintFor(err: unknown, code = '', sock?: Socket): string | undefined {
  const ctor = err instanceof Error && err.name === 'TypeError' ? _CLASS_WITHOUT_NEW.exec(err.message) : null;
  if (ctor) return t(_isPythonClass(ctor[1]!) ? 'repl.hint.pythonClass' : 'repl.hint.classNew', { name: ctor[1]! });
  const key = _key(err, code, sock);
  if (key) return t(key, lastMissingAwait());
  if (err instanceof Error && (err.name === 'ReferenceError' || err.name === 'NameError')) {
    const m = /^(?:name ')?(\w+)'? is not defined(\. Did you mean)?/.exec(err.message);
    if (!m || m[2]) return undefined; // CPython's suggestion says it all
    const name = m[1]!;
    if (name === 'pass') return t('pitfall.hint.pass');
    if (name === 'raw_input') return t('pitfall.hint.rawInput');
    if (_PYTHON_MODULES.has(name)) return missingModuleText(name);
    return t('repl.hint.notDefined', { name, example: _assignment(name) });
  }
  return undefined;
}
