// Python's logging module (Lib/logging/__init__.py, CPython 3.11), as a socket server logs its
// connections: basicConfig(level=, format=, datefmt=, filename=, stream=, force=), the module's
// debug/info/warning/error/critical/log (which call basicConfig() first when the root logger has
// no handler), getLogger(name) with the dotted hierarchy, propagate, levels on loggers and
// handlers, StreamHandler / FileHandler / Formatter, and the last-resort handler (the bare
// message on stderr for WARNING and above when no handler is found).
// Not here: a record's caller (filename, lineno and funcName read the program, not the line
// that logged), exception() and exc_info (no traceback of the exception being handled).
import { appendFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ValueError } from '../../../socket/exceptions.ts';
import { pyRepr, str } from '../../../socket/format.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { tuple } from '../../../socket/tuple.ts';
import { makeModule, type HostIO, type PyModule } from '../modules.ts';
import { callMethod } from '../runtime/attributes.ts';
import { argAt, native } from '../runtime/call.ts';
import { formatValue } from '../runtime/format.ts';
import * as ops from '../runtime/ops.ts';
import { PyDict, PyFloat, intValue, isInt, isNone } from '../runtime/values.ts';
import { datetime } from './datetime.ts';
import { strftime } from './strftime.ts';

type Kw = Record<string, unknown> | undefined;

const _LEVELS: Record<string, number> = { CRITICAL: 50, ERROR: 40, WARNING: 30, INFO: 20, DEBUG: 10, NOTSET: 0 };
const _NAMES = new Map(Object.entries(_LEVELS).map(([k, v]) => [v, k]));

function _levelName(level: unknown): unknown {
  if (isInt(level)) return _NAMES.get(Number(intValue(level))) ?? `Level ${Number(intValue(level))}`;
  if (typeof level === 'string') return _LEVELS[level === 'WARN' ? 'WARNING' : level === 'FATAL' ? 'CRITICAL' : level] ?? `Level ${level}`;
  return `Level ${str(level)}`;
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

/** A LogRecord's attributes, as a format string reads them. */
function _record(name: string, level: number, msg: unknown, args: unknown[], io: HostIO): PyDict {
  const created = Date.now();
  const message = args.length > 0 ? String(ops.mod(str(msg), tuple(...args))) : str(msg);
  const path = io.argv[0] ?? '';
  const file = basename(path);
  return new PyDict(Object.entries({
    name, msg, args: tuple(...args), levelname: _levelName(level), levelno: level, pathname: path, filename: file,
    module: file.replace(/\.py$/, ''), lineno: 0, funcName: '<module>', created: new PyFloat(created / 1000), msecs: new PyFloat(created % 1000),
    relativeCreated: new PyFloat(created - _START), thread: process.pid, threadName: 'MainThread', processName: 'MainProcess', process: process.pid,
    message, asctime: null, exc_info: null, exc_text: null, stack_info: null,
  }));
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
    if (this.style === '%') return String(ops.mod(this.fmt, record));
    return this.fmt.replace(/\{(\w+)(?::([^}]*))?\}/g, (_whole, key: string, spec?: string) => formatValue(record.has(key) ? record.get(key) : null, spec ?? ''));
  }

  [pyRepr](): string {
    return '<logging.Formatter object>';
  }
}

// ---------------------------------------------------------------------------------------------

/** A handler writes a formatted record somewhere: a stream (StreamHandler), a file (FileHandler). */
export class Handler {
  static readonly pyTypeName: string = 'Handler';
  level = 0;
  formatter: Formatter | null = null;
  constructor(protected readonly write: (text: string) => Promise<void> | void, protected readonly label: string) {}

  async handle(record: PyDict, fallback: Formatter): Promise<void> {
    if (Number(record.get('levelno')) < this.level) return;
    await this.write(`${(this.formatter ?? fallback).render(record)}\n`);
  }

  [pyRepr](): string {
    return `<${pyTypeName(this)} ${this.label} (${String(_levelName(this.level))})>`;
  }
}

export class StreamHandler extends Handler {
  static override readonly pyTypeName: string = 'StreamHandler';
}

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

  async emit(level: number, msg: unknown, args: unknown[]): Promise<void> {
    if (this.disabled || level <= this.family.disabledUpTo || level < this.effectiveLevel()) return;
    const record = _record(this.name, level, msg, args, this.family.io);
    let found = 0;
    for (let l: Logger | null = this; l; l = l.propagate ? l.parent : null) {
      for (const h of l.handlers) {
        found++;
        await h.handle(record, this.family.defaultFormatter);
      }
    }
    // logging.lastResort: a bare-message handler on stderr at WARNING.
    if (found === 0 && level >= 30) this.family.io.writeErr(`${record.get('message') as string}\n`);
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
  defaultFormatter: Formatter;
}

const _LEVEL_METHODS: Record<string, number> = { debug: 10, info: 20, warning: 30, warn: 30, error: 40, critical: 50, fatal: 50 };

for (const [name, level] of Object.entries(_LEVEL_METHODS)) {
  Object.defineProperty(Logger.prototype, name, { value: native(name, function (this: Logger, a) { return this.emit(level, a[0], a.slice(1)); }), writable: true, configurable: true });
}
const _LOGGER_METHODS: Record<string, (l: Logger, a: unknown[]) => unknown> = {
  log: (l: Logger, a: unknown[]) => l.emit(_checkLevel(a[0]), a[1], a.slice(2)),
  setLevel: (l: Logger, a: unknown[]) => { l.level = _checkLevel(a[0]); return null; },
  getEffectiveLevel: (l: Logger) => l.effectiveLevel(),
  isEnabledFor: (l: Logger, a: unknown[]) => !l.disabled && Number(intValue(a[0])) > l.family.disabledUpTo && Number(intValue(a[0])) >= l.effectiveLevel(),
  addHandler: (l: Logger, a: unknown[]) => { if (!l.handlers.includes(a[0] as Handler)) l.handlers.push(a[0] as Handler); return null; },
  removeHandler: (l: Logger, a: unknown[]) => { l.handlers = l.handlers.filter((h) => h !== a[0]); return null; },
  hasHandlers: (l: Logger) => { for (let x: Logger | null = l; x; x = x.propagate ? x.parent : null) if (x.handlers.length > 0) return true; return false; },
  getChild: (l: Logger, a: unknown[]) => l.family.get(`${l === l.family.root ? '' : `${l.name}.`}${String(a[0])}`),
};
for (const [name, fn] of Object.entries(_LOGGER_METHODS)) {
  Object.defineProperty(Logger.prototype, name, { value: native(name, function (this: Logger, a) { return fn(this, a); }), writable: true, configurable: true });
}
const _HANDLER_METHODS: Record<string, (h: Handler, a: unknown[]) => unknown> = {
  setLevel: (h: Handler, a: unknown[]) => { h.level = _checkLevel(a[0]); return null; },
  setFormatter: (h: Handler, a: unknown[]) => { h.formatter = isNone(a[0]) ? null : (a[0] as Formatter); return null; },
  flush: () => null,
  close: () => null,
};
for (const [name, fn] of Object.entries(_HANDLER_METHODS)) {
  Object.defineProperty(Handler.prototype, name, { value: native(name, function (this: Handler, a) { return fn(this, a); }), writable: true, configurable: true });
}
Object.defineProperty(Formatter.prototype, 'format', {
  value: native('format', function (this: Formatter, a) { return this.render(a[0] as PyDict); }),
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

export function createLoggingModule(io: HostIO): PyModule {
  const family: _Loggers = {
    io,
    disabledUpTo: -1,
    byName: new Map(),
    defaultFormatter: new Formatter('%(levelname)s:%(name)s:%(message)s'),
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

  const moduleLevel = Object.fromEntries(Object.entries(_LEVEL_METHODS).map(([name, level]) => [name, native(name, (a) => {
    if (family.root.handlers.length === 0) basicConfig([], undefined);
    return family.root.emit(level, a[0], a.slice(1));
  })]));

  const streamHandler = native('StreamHandler', (a, kw) => new StreamHandler(..._streamWriter(io, argAt(a, kw, 0, 'stream'))));
  const fileHandler = native('FileHandler', (a, kw) => new FileHandler(..._fileWriter(argAt(a, kw, 0, 'filename'), argAt(a, kw, 1, 'mode'))));
  const formatter = native('Formatter', (a, kw) => new Formatter(argAt(a, kw, 0, 'fmt'), argAt(a, kw, 1, 'datefmt'), argAt(a, kw, 2, 'style')));
  for (const [f, cls] of [[streamHandler, StreamHandler], [fileHandler, FileHandler], [formatter, Formatter]] as const) {
    Object.defineProperty(f, pyRepr, { value: () => `<class 'logging.${cls.pyTypeName}'>` });
    Object.defineProperty(f, Symbol.for('socklab.python.typeCheck'), { value: (x: unknown) => x instanceof cls });
  }

  return makeModule('logging', {
    ..._LEVELS, WARN: 30, FATAL: 50,
    ...moduleLevel,
    log: native('log', (a) => {
      if (family.root.handlers.length === 0) basicConfig([], undefined);
      return family.root.emit(_checkLevel(a[0]), a[1], a.slice(2));
    }),
    basicConfig: native('basicConfig', basicConfig),
    getLogger: native('getLogger', (a, kw) => {
      const name = argAt(a, kw, 0, 'name');
      if (name !== undefined && !isNone(name) && typeof name !== 'string') throw new TypeError('A logger name must be a string');
      return family.get(isNone(name) || name === undefined ? '' : name);
    }),
    getLevelName: native('getLevelName', (a) => _levelName(a[0])),
    disable: native('disable', (a) => { family.disabledUpTo = a[0] === undefined ? 50 : _checkLevel(a[0]); return null; }),
    StreamHandler: streamHandler,
    FileHandler: fileHandler,
    Formatter: formatter,
    root: family.root,
  });
}
