// Python's logging module (Lib/logging/__init__.py, CPython 3.11), as a socket server logs its
// connections: basicConfig(level=, format=, datefmt=, filename=, stream=, force=), the module's
// debug/info/warning/error/critical/log (which call basicConfig() first when the root logger has
// no handler), getLogger(name) with the dotted hierarchy, propagate, levels on loggers and
// handlers, StreamHandler / FileHandler / Formatter, and the last-resort handler (the bare
// message on stderr for WARNING and above when no handler is found), exception() and exc_info=
// (the traceback under the message), stack_info=, extra=, and a record's caller: filename,
// lineno and funcName are the Python line that logged (Logger.findCaller).
import { appendFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isTuple } from '../../../socket/tuple.ts';
import { ValueError } from '../../../socket/exceptions.ts';
import { formatException, pyRepr, str } from '../../../socket/format.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { tuple } from '../../../socket/tuple.ts';
import { current_thread } from '../../../modules/threading.ts';
import { makeModule, type HostIO, type PyModule } from '../modules.ts';
import { callMethod } from '../runtime/attributes.ts';
import { argAt, invoke, native, PY_FUNCTION } from '../runtime/call.ts';
import { formatValue } from '../runtime/format.ts';
import * as ops from '../runtime/ops.ts';
import { AttributeError, KeyError, NotImplementedError } from '../runtime/exceptions.ts';
import { excInfo } from '../runtime/handling.ts';
import { PyDict, PyFloat, intValue, isInt, isNone } from '../runtime/values.ts';
import { datetime } from './datetime.ts';
import { strftime } from './strftime.ts';
import type { ProgramFrames } from './traceback.ts';

type Kw = Record<string, unknown> | undefined;

const _LEVELS: Record<string, number> = { CRITICAL: 50, ERROR: 40, WARNING: 30, INFO: 20, DEBUG: 10, NOTSET: 0 };
const _NAMES = new Map(Object.entries(_LEVELS).map(([k, v]) => [v, k]));

function _levelName(level: unknown): unknown {
  if (isInt(level)) return _NAMES.get(Number(intValue(level))) ?? `Level ${Number(intValue(level))}`;
  if (typeof level === 'string') return _LEVELS[level === 'WARN' ? 'WARNING' : level === 'FATAL' ? 'CRITICAL' : level] ?? `Level ${level}`;
  return `Level ${str(level)}`;
}

/**
 * A TypeScript base's constructor arguments: the positional ones and the trailing keywords object
 * (call.ts), told from a plain object passed by position (sys.stdout) by its keys being `names`.
 */
function _splitOptions(a: unknown[], names: readonly string[]): [unknown[], Kw] {
  const last = a[a.length - 1];
  const isOptions = typeof last === 'object' && last !== null && Object.getPrototypeOf(last) === Object.prototype
    && Object.keys(last).every((k) => names.includes(k));
  return isOptions ? [a.slice(0, -1), last as Record<string, unknown>] : [a, undefined];
}

/** logging._checkLevel: an int, or a registered level name. */
function _checkLevel(level: unknown): number {
  if (isInt(level)) return Number(intValue(level));
  if (typeof level === 'string') {
    const n = _LEVELS[level];
    if (n === undefined) throw new ValueError(`Unknown level: ${ops.repr(level)}`);
    return n;
  }
  throw new TypeError(`Level not an integer or a valid string: ${ops.repr(level)}`);
}

const _START = Date.now();

/** The keywords of Logger._log(), the one that every logging call ends in. */
const _LOG_KEYWORDS = new Set(['exc_info', 'extra', 'stack_info', 'stacklevel']);

/**
 * exc_info= as Logger._log() reads it: an exception, a (type, value, tb) tuple, or anything
 * true for sys.exc_info() (three Nones outside an except block: 'NoneType: None' is printed).
 */
function _excInfo(given: unknown): unknown[] | null {
  if (given === undefined || !ops.truthy(given)) return null;
  if (given instanceof Error) return [given.constructor, given, null];
  if (isTuple(given)) return [...given];
  return excInfo();
}

/** A LogRecord's attributes, as a format string reads them. `frames` tells where the call is. */
function _record(name: string, level: number, msg: unknown, args: unknown[], message: string, kw: Kw, frames: ProgramFrames): PyDict {
  const created = Date.now();
  // Logger.findCaller: the frame of the Python line that logged.
  const caller = frames.caller();
  const path = caller?.filename ?? '(unknown file)';
  const file = basename(path);
  const exc = _excInfo(kw?.exc_info);
  const record = new PyDict(Object.entries({
    name, msg, args: tuple(...args), levelname: _levelName(level), levelno: level, pathname: path, filename: file,
    module: file.replace(/\.py$/, ''), lineno: caller?.line ?? 0, funcName: caller?.name ?? '(unknown function)', created: new PyFloat(created / 1000), msecs: new PyFloat(created % 1000),
    relativeCreated: new PyFloat(created - _START), thread: current_thread().ident, threadName: current_thread().name, processName: 'MainProcess', process: process.pid,
    message, asctime: null, exc_info: exc === null ? null : tuple(...exc),
    // Formatter.formatException: print_exception()'s text without its last newline. CPython
    // makes it at the first format(); the exception's frames are the same now.
    exc_text: exc === null ? null : frames.formatCaught(exc[1] ?? null).replace(/\n$/, ''),
    stack_info: kw?.stack_info !== undefined && ops.truthy(kw.stack_info) ? `Stack (most recent call last):\n${frames.stack().join('').replace(/\n$/, '')}` : null,
  }));
  const extra = kw?.extra;
  if (extra instanceof Map) {
    for (const [key, value] of extra) {
      if (key === 'message' || key === 'asctime' || record.has(key)) throw new KeyError(`Attempt to overwrite ${ops.repr(key)} in LogRecord`);
      record.set(key, value);
    }
  }
  return record;
}

/** LogRecord.getMessage: msg % args, or msg itself without args. */
function _message(msg: unknown, args: unknown[]): string {
  return args.length > 0 ? String(ops.mod(str(msg), tuple(...args))) : str(msg);
}

/**
 * The report of each record whose message failed, made where it was logged (the call stack is
 * that line's) and written by each handler that takes the record, as CPython formats lazily.
 */
const _FAILURES = new WeakMap<PyDict, string>();

/** Where the frames of a formatting error are: Debian's python3.11 (3.11.2), as library-frames.ts's socket.py. */
const _LOGGING_PY = '/usr/lib/python3.11/logging/__init__.py';
const _frame = (line: number, name: string, source: string, col: number, marks: string) =>
  `  File "${_LOGGING_PY}", line ${line}, in ${name}\n    ${source}\n    ${' '.repeat(col)}${marks}\n`;
const _GET_MESSAGE_FRAMES = _frame(1110, 'emit', 'msg = self.format(record)', 6, '^'.repeat(19))
  + _frame(953, 'format', 'return fmt.format(record)', 7, '^'.repeat(18))
  + _frame(687, 'format', 'record.message = record.getMessage()', 17, '^'.repeat(19))
  + _frame(377, 'getMessage', 'msg = msg % self.args', 6, '~~~~^~~~~~~~~~~');

/**
 * Handler.handleError: a message that cannot be formatted ('%d' of a str) is reported on stderr
 * and the program goes on; the traceback runs through logging's own frames (StreamHandler.emit
 * down to LogRecord.getMessage), the call stack ends at the line that logged.
 */
function _loggingError(err: unknown, msg: unknown, args: unknown[], frames: ProgramFrames): string {
  return `--- Logging error ---\nTraceback (most recent call last):\n${_GET_MESSAGE_FRAMES}${formatException(err)}\nCall stack:\n${frames.stack().join('')}Message: ${ops.repr(msg)}\nArguments: ${ops.repr(tuple(...args))}\n`;
}

// ---------------------------------------------------------------------------------------------

export class Formatter {
  static readonly pyTypeName = 'Formatter';
  readonly fmt: string;
  readonly datefmt: string | null;
  readonly style: string;

  constructor(fmt?: unknown, datefmt?: unknown, style?: unknown) {
    this.style = style === undefined || isNone(style) ? '%' : String(style);
    if (!['%', '{'].includes(this.style)) throw new ValueError(`Style must be one of: %,{`);
    this.fmt = fmt === undefined || isNone(fmt) ? (this.style === '{' ? '{message}' : '%(message)s') : String(fmt);
    this.datefmt = datefmt === undefined || isNone(datefmt) ? null : String(datefmt);
  }

  /** Formatter.format: asctime when the format uses it, then the format with the record's attributes. */
  render(record: PyDict): string {
    if (this.fmt.includes(this.style === '{' ? '{asctime' : '%(asctime)')) {
      const created = Number((record.get('created') as PyFloat).value * 1000);
      const fields = datetime.ofEpoch(BigInt(created) * 1000n, null).fields();
      const text = this.datefmt !== null ? strftime(this.datefmt, fields) : `${strftime('%Y-%m-%d %H:%M:%S', fields)},${String(created % 1000).padStart(3, '0')}`;
      record.set('asctime', text);
    }
    let s = this.style === '%' ? String(ops.mod(this.fmt, record))
      : this.fmt.replace(/\{(\w+)(?::([^}]*))?\}/g, (_whole, key: string, spec?: string) => formatValue(record.has(key) ? record.get(key) : null, spec ?? ''));
    // Formatter.format: the exception's traceback, then the stack, each on lines of its own.
    const excText = record.get('exc_text');
    if (typeof excText === 'string' && excText !== '') s = `${s.endsWith('\n') ? s : `${s}\n`}${excText}`;
    const stack = record.get('stack_info');
    if (typeof stack === 'string') s = `${s.endsWith('\n') ? s : `${s}\n`}${stack}`;
    return s;
  }

  [pyRepr](): string {
    return '<logging.Formatter object>';
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * A LogRecord as Python code sees it (a handler's emit(record)): the record's attributes as its
 * own, getMessage(). Formatting reads them back, so a change emit() makes is seen.
 */
export class LogRecord {
  static readonly pyTypeName = 'LogRecord';
  constructor(attributes: PyDict) {
    for (const [k, v] of attributes) (this as unknown as Record<string, unknown>)[k as string] = v;
  }

  [pyRepr](): string {
    const r = this as unknown as Record<string, unknown>;
    return `<LogRecord: ${str(r.name)}, ${str(r.levelno)}, ${str(r.pathname)}, ${str(r.lineno)}, "${str(r.msg)}">`;
  }
}
Object.defineProperty(LogRecord.prototype, 'getMessage', {
  value: native('getMessage', function (this: { msg: unknown; args: unknown }) {
    return _message(this.msg, isTuple(this.args) ? [...this.args] : isNone(this.args) ? [] : [this.args]);
  }),
  writable: true,
  configurable: true,
});

/** A record's attributes for a format string: a LogRecord's (as emit() may have changed them), or the record's own. */
function _attributes(record: unknown): PyDict {
  if (record instanceof LogRecord) {
    // Formatter.format: record.message = record.getMessage(), from msg and args as they are now.
    const attrs = new PyDict(Object.entries(record));
    const args = attrs.get('args');
    attrs.set('message', _message(attrs.get('msg'), isTuple(args) ? [...args] : isNone(args) ? [] : [args]));
    return attrs;
  }
  if (record instanceof PyDict) return record;
  throw new AttributeError(`'${pyTypeName(record)}' object has no attribute 'getMessage'`);
}

/** logging._defaultFormatter: what a handler without a formatter uses, the bare message. */
const _DEFAULT_FORMATTER = new Formatter();

/** A handler writes a formatted record somewhere: a stream (StreamHandler), a file (FileHandler). */
export class Handler {
  static readonly pyTypeName: string = 'Handler';
  level = 0;
  formatter: Formatter | null = null;
  constructor(protected readonly write: (text: string) => Promise<void> | void, protected readonly label: string) {}

  async handle(record: PyDict, io: HostIO): Promise<void> {
    if (Number(record.get('levelno')) < this.level) return;
    const failure = _FAILURES.get(record);
    if (failure !== undefined) {
      io.writeErr(failure);
      return;
    }
    // A Python subclass's emit(record) (class ListHandler(logging.Handler)).
    const emit = (this as unknown as Record<string, unknown>).emit;
    if (typeof emit === 'function' && (emit as unknown as Record<symbol, unknown>)[PY_FUNCTION]) await invoke(emit, this, [new LogRecord(record)], undefined);
    else await this.writeRecord(record);
  }

  /** StreamHandler.emit: the formatted record and a newline. */
  async writeRecord(record: PyDict): Promise<void> {
    await this.write(`${(this.formatter ?? _DEFAULT_FORMATTER).render(record)}\n`);
  }

  [pyRepr](): string {
    return `<${pyTypeName(this)} ${this.label} (${String(_levelName(this.level))})>`;
  }
}

export class StreamHandler extends Handler {
  static override readonly pyTypeName: string = 'StreamHandler';
}
// super().emit(record) from a subclass's emit().
Object.defineProperty(StreamHandler.prototype, 'emit', {
  value: native('emit', function (this: StreamHandler, a) { return this.writeRecord(_attributes(a[0])); }),
  writable: true,
  configurable: true,
});

export class FileHandler extends StreamHandler {
  static override readonly pyTypeName: string = 'FileHandler';
}

// ---------------------------------------------------------------------------------------------

export class Logger {
  static readonly pyTypeName: string = 'Logger';
  level = 0;
  handlers: Handler[] = [];
  propagate = true;
  disabled = false;
  constructor(readonly name: string, readonly family: _Loggers) {}

  /** The nearest existing ancestor by the dotted name, else the root. */
  get parent(): Logger | null {
    if (this === this.family.root) return null;
    for (let name = this.name; name.includes('.');) {
      name = name.slice(0, name.lastIndexOf('.'));
      const found = this.family.byName.get(name);
      if (found) return found;
    }
    return this.family.root;
  }

  effectiveLevel(): number {
    for (let l: Logger | null = this; l; l = l.parent) if (l.level) return l.level;
    return 0;
  }

  async emit(level: number, msg: unknown, args: unknown[], kw?: Kw): Promise<void> {
    if (this.disabled || level <= this.family.disabledUpTo || level < this.effectiveLevel()) return;
    for (const key of Object.keys(kw ?? {})) if (!_LOG_KEYWORDS.has(key)) throw new TypeError(`Logger._log() got an unexpected keyword argument '${key}'`);
    let message = '';
    let failure: string | undefined;
    try {
      message = _message(msg, args);
    } catch (e) {
      failure = _loggingError(e, msg, args, this.family.frames);
    }
    const record = _record(this.name, level, msg, args, message, kw, this.family.frames);
    if (failure !== undefined) _FAILURES.set(record, failure);
    let found = 0;
    for (let l: Logger | null = this; l; l = l.propagate ? l.parent : null) {
      for (const h of l.handlers) {
        found++;
        await h.handle(record, this.family.io);
      }
    }
    // logging.lastResort: a bare-message handler on stderr at WARNING.
    if (found === 0 && level >= 30) this.family.io.writeErr(_FAILURES.get(record) ?? `${_LAST_RESORT.render(record)}\n`);
  }

  [pyRepr](): string {
    const kind = this === this.family.root ? 'RootLogger' : 'Logger';
    return `<${kind} ${this.name} (${String(_levelName(this.effectiveLevel()))})>`;
  }
}

interface _Loggers {
  root: Logger;
  /** logging.disable(level): calls at this level and below do nothing. */
  disabledUpTo: number;
  get: (name: string) => Logger;
  byName: Map<string, Logger>;
  io: HostIO;
  frames: ProgramFrames;
}

/** logging.lastResort's formatter: the bare message (and the traceback under it). */
const _LAST_RESORT = new Formatter();

const _LEVEL_METHODS: Record<string, number> = { debug: 10, info: 20, warning: 30, warn: 30, error: 40, exception: 40, critical: 50, fatal: 50 };

/** CPython's TypeError for a call without its message (and level, for log()). */
function _missing(label: string, a: unknown[], names: string[]): void {
  const absent = names.slice(a.length);
  if (absent.length === 0) return;
  const list = absent.length === 1 ? `'${absent[0]}'` : `'${absent[0]}' and '${absent[1]}'`;
  throw new TypeError(`${label}() missing ${absent.length} required positional argument${absent.length === 1 ? '' : 's'}: ${list}`);
}

/** exception() is error() with exc_info=True. */
const _withExcInfo = (name: string, kw: Kw): Kw => (name === 'exception' ? { exc_info: true, ...kw } : kw);

for (const [name, level] of Object.entries(_LEVEL_METHODS)) {
  Object.defineProperty(Logger.prototype, name, {
    value: native(name, function (this: Logger, a, kw) {
      _missing(`Logger.${name}`, a, ['msg']);
      return this.emit(level, a[0], a.slice(1), _withExcInfo(name, kw));
    }),
    writable: true,
    configurable: true,
  });
}
const _LOGGER_METHODS: Record<string, (l: Logger, a: unknown[], kw: Kw) => unknown> = {
  log: (l: Logger, a: unknown[], kw: Kw) => {
    _missing('Logger.log', a, ['level', 'msg']);
    return l.emit(_checkLevel(a[0]), a[1], a.slice(2), kw);
  },
  setLevel: (l: Logger, a: unknown[]) => { l.level = _checkLevel(a[0]); return null; },
  getEffectiveLevel: (l: Logger) => l.effectiveLevel(),
  isEnabledFor: (l: Logger, a: unknown[]) => !l.disabled && Number(intValue(a[0])) > l.family.disabledUpTo && Number(intValue(a[0])) >= l.effectiveLevel(),
  addHandler: (l: Logger, a: unknown[]) => { if (!l.handlers.includes(a[0] as Handler)) l.handlers.push(a[0] as Handler); return null; },
  removeHandler: (l: Logger, a: unknown[]) => { l.handlers = l.handlers.filter((h) => h !== a[0]); return null; },
  hasHandlers: (l: Logger) => { for (let x: Logger | null = l; x; x = x.propagate ? x.parent : null) if (x.handlers.length > 0) return true; return false; },
  getChild: (l: Logger, a: unknown[]) => l.family.get(`${l === l.family.root ? '' : `${l.name}.`}${String(a[0])}`),
};
for (const [name, fn] of Object.entries(_LOGGER_METHODS)) {
  Object.defineProperty(Logger.prototype, name, { value: native(name, function (this: Logger, a, kw) { return fn(this, a, kw); }), writable: true, configurable: true });
}
const _HANDLER_METHODS: Record<string, (h: Handler, a: unknown[]) => unknown> = {
  setLevel: (h: Handler, a: unknown[]) => { h.level = _checkLevel(a[0]); return null; },
  format: (h: Handler, a: unknown[]) => (h.formatter ?? _DEFAULT_FORMATTER).render(_attributes(a[0])),
  setFormatter: (h: Handler, a: unknown[]) => { h.formatter = isNone(a[0]) ? null : (a[0] as Formatter); return null; },
  flush: () => null,
  close: () => null,
};
for (const [name, fn] of Object.entries(_HANDLER_METHODS)) {
  Object.defineProperty(Handler.prototype, name, { value: native(name, function (this: Handler, a) { return fn(this, a); }), writable: true, configurable: true });
}
Object.defineProperty(Formatter.prototype, 'format', {
  value: native('format', function (this: Formatter, a) { return this.render(_attributes(a[0])); }),
  writable: true,
  configurable: true,
});

// ---------------------------------------------------------------------------------------------

/** Where a stream handler writes: stderr itself, or a Python object's write() (sys.stdout, a file). */
function _streamWriter(io: HostIO, stream: unknown): [(text: string) => Promise<void> | void, string] {
  if (stream === undefined || isNone(stream)) return [io.writeErr, '<stderr>'];
  const name = (stream as { name?: unknown; __name__?: unknown }).__name__ ?? (stream as { name?: unknown }).name;
  return [async (text) => { await callMethod(stream, 'write', text); }, typeof name === 'string' ? name : ''];
}

function _fileWriter(filename: unknown, mode: unknown): [(text: string) => void, string] {
  const path = String(filename);
  if (String(mode ?? 'a').startsWith('w')) writeFileSync(path, '');
  return [(text) => appendFileSync(path, text), path];
}

export function createLoggingModule(io: HostIO, frames: ProgramFrames): PyModule {
  const family: _Loggers = {
    io,
    frames,
    disabledUpTo: -1,
    byName: new Map(),
    root: undefined as unknown as Logger,
    get(name: string): Logger {
      if (name === '' || name === 'root') return this.root;
      let l = this.byName.get(name);
      if (!l) this.byName.set(name, (l = new Logger(name, this)));
      return l;
    },
  };
  family.root = new Logger('root', family);
  family.root.level = 30;

  const basicConfig = (a: unknown[], kw: Kw): null => {
    const k = kw ?? {};
    const root = family.root;
    if (ops.truthy(k.force ?? false)) root.handlers = [];
    if (root.handlers.length > 0) return null;
    if (!isNone(k.stream) && !isNone(k.filename)) throw new ValueError("'stream' and 'filename' should not be specified together");
    const [write, label] = k.filename !== undefined && !isNone(k.filename) ? _fileWriter(k.filename, k.filemode) : _streamWriter(io, k.stream);
    const handler = k.filename !== undefined && !isNone(k.filename) ? new FileHandler(write, label) : new StreamHandler(write, label);
    const style = k.style ?? '%';
    handler.formatter = new Formatter(k.format ?? (style === '{' ? '{levelname}:{name}:{message}' : '%(levelname)s:%(name)s:%(message)s'), k.datefmt, style);
    root.handlers.push(handler);
    if (k.level !== undefined && !isNone(k.level)) root.level = _checkLevel(k.level);
    void a;
    return null;
  };

  const moduleLevel = Object.fromEntries(Object.entries(_LEVEL_METHODS).map(([name, level]) => [name, native(name, (a, kw) => {
    _missing(name, a, ['msg']);
    if (family.root.handlers.length === 0) basicConfig([], undefined);
    return family.root.emit(level, a[0], a.slice(1), _withExcInfo(name, kw));
  })]));

  const streamHandler = native('StreamHandler', (a, kw) => new StreamHandler(..._streamWriter(io, argAt(a, kw, 0, 'stream'))));
  // The classes a program subclasses (its own emit()): Handler(level=NOTSET), StreamHandler(stream=None).
  class PythonHandler extends Handler {
    static override readonly pyTypeName: string = 'Handler';
    constructor(...a: unknown[]) {
      super(() => undefined, '');
      const [args, kw] = _splitOptions(a, ['level']);
      const level = argAt(args, kw, 0, 'level');
      this.level = level === undefined ? 0 : _checkLevel(level);
    }
    override [pyRepr](): string {
      // A Python subclass's own name (Handler.__repr__ prints self.__class__.__name__).
      return `<${(this.constructor as Function).name === 'PythonHandler' ? 'Handler' : (this.constructor as Function).name} (${String(_levelName(this.level))})>`;
    }
  }
  class PythonStreamHandler extends StreamHandler {
    constructor(...a: unknown[]) {
      const [args, kw] = _splitOptions(a, ['stream']);
      super(..._streamWriter(io, argAt(args, kw, 0, 'stream')));
    }
  }
  Object.defineProperty(PythonHandler.prototype, 'emit', {
    value: native('emit', () => { throw new NotImplementedError('emit must be implemented by Handler subclasses'); }),
    writable: true,
    configurable: true,
  });
  for (const [cls, init] of [[PythonHandler, (h: Handler, args: unknown[], kw: Kw) => { const level = argAt(args, kw, 0, 'level'); h.level = level === undefined ? 0 : _checkLevel(level); }],
    [PythonStreamHandler, () => undefined]] as const) {
    // super().__init__(…) from a subclass's own __init__.
    Object.defineProperty(cls.prototype, '__init__', { value: native('__init__', function (this: Handler, a, kw) { init(this, a, kw); return null; }), writable: true, configurable: true });
  }
  const handler = native('Handler', (a, kw) => new PythonHandler(...a, ...(kw ? [kw] : [])));
  Object.defineProperty(handler, Symbol.for('socklab.python.classOf'), { value: PythonHandler });
  Object.defineProperty(streamHandler, Symbol.for('socklab.python.classOf'), { value: PythonStreamHandler });
  const logRecord = native('LogRecord', (a, kw) => {
    const names = ['name', 'level', 'pathname', 'lineno', 'msg', 'args', 'exc_info'];
    const [name, level, pathname, lineno, msg, args, exc] = names.map((n, i) => argAt(a, kw, i, n));
    const created = Date.now();
    const attrs = new PyDict(Object.entries({
      name, msg, args: isNone(args) ? null : args, levelname: _levelName(level), levelno: level, pathname, filename: basename(String(pathname)),
      created: new PyFloat(created / 1000), msecs: new PyFloat(created % 1000), relativeCreated: new PyFloat(created - _START),
      thread: current_thread().ident, threadName: current_thread().name, processName: 'MainProcess', process: process.pid, stack_info: null,
      module: basename(String(pathname)).replace(/\.py$/, ''), exc_info: exc ?? null, exc_text: null, lineno, funcName: argAt(a, kw, 7, 'func') ?? null,
    }));
    return new LogRecord(attrs);
  });
  const fileHandler = native('FileHandler', (a, kw) => new FileHandler(..._fileWriter(argAt(a, kw, 0, 'filename'), argAt(a, kw, 1, 'mode'))));
  const formatter = native('Formatter', (a, kw) => new Formatter(argAt(a, kw, 0, 'fmt'), argAt(a, kw, 1, 'datefmt'), argAt(a, kw, 2, 'style')));
  for (const [f, cls] of [[handler, Handler], [streamHandler, StreamHandler], [fileHandler, FileHandler], [formatter, Formatter], [logRecord, LogRecord]] as const) {
    Object.defineProperty(f, pyRepr, { value: () => `<class 'logging.${cls.pyTypeName}'>` });
    Object.defineProperty(f, Symbol.for('socklab.python.typeCheck'), { value: (x: unknown) => x instanceof cls });
  }

  return makeModule('logging', {
    ..._LEVELS, WARN: 30, FATAL: 50,
    ...moduleLevel,
    log: native('log', (a, kw) => {
      _missing('log', a, ['level', 'msg']);
      if (family.root.handlers.length === 0) basicConfig([], undefined);
      return family.root.emit(_checkLevel(a[0]), a[1], a.slice(2), kw);
    }),
    basicConfig: native('basicConfig', basicConfig),
    getLogger: native('getLogger', (a, kw) => {
      const name = argAt(a, kw, 0, 'name');
      if (name !== undefined && !isNone(name) && typeof name !== 'string') throw new TypeError('A logger name must be a string');
      return family.get(isNone(name) || name === undefined ? '' : name);
    }),
    getLevelName: native('getLevelName', (a) => _levelName(a[0])),
    disable: native('disable', (a) => { family.disabledUpTo = a[0] === undefined ? 50 : _checkLevel(a[0]); return null; }),
    Handler: handler,
    StreamHandler: streamHandler,
    FileHandler: fileHandler,
    LogRecord: logRecord,
    Formatter: formatter,
    root: family.root,
  });
}
