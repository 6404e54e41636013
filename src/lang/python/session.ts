// A Python session: globals that persist across inputs, the modules, and running translated
// code. compile() is the three passes (parse → check → emit); exec() runs the JavaScript inside
// `with (globals)`, so module-level names live in the session, and turns an uncaught error into
// CPython's traceback, mapping JS stack frames back to Python lines.
import { t, type MessageKey } from '../../i18n/index.ts';
import { configureModules, createModules, joinNonDaemonThreads } from '../../modules/index.ts';
import { ERRNO } from '../../kernel/platform.ts';
import { withCancel } from '../../socket/cancel.ts';
import { installStringEncode } from '../../socket/bytes.ts';
import { formatException } from '../../socket/format.ts';
import { createSocketModule } from '../../socket/module.ts';
import type { SocketSpace } from '../../socket/space.ts';
import { check } from './check.ts';
import { Emitter, pyName, type EmittedLine } from './emit.ts';
import {
  bindSocketModule, createOsModule, createShutilModule, createSysModule, createTempfileModule, createTimeModule, makeModule, ModuleTable, type HostIO, type PyModule,
} from './modules.ts';
import { parse } from './parse.ts';
import { attributeNames } from './runtime/attributes.ts';
import { createBuiltins, toRepr } from './runtime/builtins.ts';
import { AttributeError, asPythonError, NameError, nameError, PySyntaxError, suggest, SystemExit } from './runtime/exceptions.ts';
import { createRuntime } from './runtime/index.ts';

export interface PythonSessionOptions {
  /** Where print() and sys.stdout write. */
  write: (text: string) => void;
  /** Where notes and sys.stderr write (default: write). */
  writeErr?: (text: string) => void;
  /** One line for input(), without its newline; undefined at end of input (EOFError). */
  readLine: (prompt: string) => Promise<string | undefined>;
  /** The socket space (the REPL's, so its socket table and checkpoints see Python's sockets). */
  space?: SocketSpace;
  /** sys.argv */
  argv?: string[];
  /** Extra importable modules by name (the socket programs' modules from src/modules). */
  modules?: Record<string, (session: PythonSession) => PyModule | Promise<PyModule>>;
  /**
   * A name the session does not define: another scope's variable of that name, if any (the
   * REPL's TypeScript variables, so a Python block pasted in TypeScript mode sees `s`).
   */
  fallback?: (name: string) => { defined: boolean; value?: unknown };
}

export interface ExecOptions {
  signal?: AbortSignal;
  /** 'exec': a program; 'single': one REPL input, whose expression value is returned. */
  mode?: 'exec' | 'single';
  filename?: string;
}

export interface PythonError {
  /** The Python class name: 'ConnectionRefusedError', 'SyntaxError', 'SystemExit', … */
  type: string;
  /** CPython's full report: the traceback (or the SyntaxError block), ending with a newline. */
  traceback: string;
  /** The exception object itself. */
  exception: unknown;
  /** For SystemExit: the exit status. */
  exitCode?: number;
}

export interface ExecResult {
  ok: boolean;
  /** 'single' mode: the last expression statement's value (undefined when none or None). */
  value?: unknown;
  /** repr() of value, as the REPL shows it. */
  valueRepr?: string;
  error?: PythonError;
}

export interface Compiled {
  js: string;
  lines: EmittedLine[];
  globals: string[];
}

const _AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<unknown>;

interface Registered {
  filename: string;
  sourceLines: string[];
  lines: EmittedLine[];
}

/** Every compiled input, by its sourceURL, so a traceback can cross inputs (a def from an earlier cell). */
const _registry = new Map<string, Registered>();
let _serial = 0;
/** Lines the Function constructor and our `with` wrapper put before the first emitted line. */
const _HEADER_LINES = 3;

const _COMPOUND = /^(if|elif|else|for|while|def|class|try|except|finally|with|async|@)\b|^@/;

export class PythonSession {
  readonly globals: Record<string, unknown>;
  readonly builtins: Record<string, unknown>;
  readonly modules: ModuleTable;
  readonly space: SocketSpace;
  private readonly scope: object;
  private readonly io: HostIO;
  private lastValue: unknown;
  private signal: AbortSignal | undefined;
  private readonly runtime: ReturnType<typeof createRuntime>;
  private readonly notesShown = new Set<string>();

  constructor(private readonly options: PythonSessionOptions) {
    installStringEncode();
    Error.stackTraceLimit = Math.max(Error.stackTraceLimit, 200);
    const writeErr = options.writeErr ?? options.write;
    this.io = { write: options.write, writeErr, readLine: options.readLine, argv: options.argv ?? [''] };
    const { module, space } = createSocketModule(options.space);
    this.space = space;
    this.builtins = Object.assign(Object.create(null) as Record<string, unknown>, createBuiltins(this.io));
    this.globals = Object.create(this.builtins) as Record<string, unknown>;
    this.globals.__name__ = '__main__';
    const session = this;
    const factories: Record<string, () => PyModule | Promise<PyModule>> = {
      socket: () => bindSocketModule(module),
      os: () => createOsModule(this.io),
      sys: () => createSysModule(this.io, () => this.modules.loadedModules()),
      time: () => createTimeModule(),
      tempfile: () => createTempfileModule(),
      shutil: () => createShutilModule(),
      errno: () => makeModule('errno', { ...ERRNO, errorcode: Object.fromEntries(Object.entries(ERRNO).map(([k, v]) => [v, k])) }),
    };
    // struct, select, threading, _thread, multiprocessing, socketserver: the TypeScript modules,
    // bound to this session's socket module; their thread errors and notes come back here.
    const tsModules = createModules(module) as unknown as Record<string, PyModule>;
    for (const [name, m] of Object.entries(tsModules)) factories[name] = () => m;
    configureModules({
      writeErr,
      note: (n) => this.note(`modules:${n}`, t(`modules.note.${n}` as MessageKey)),
      formatTraceback: (e) => formatTraceback(asPythonError(e)),
    });
    for (const [name, make] of Object.entries(options.modules ?? {})) factories[name] = () => make(session);
    this.modules = new ModuleTable(factories, (name) => this.note(`module:${name}`, t('python.noModule', { name, modules: this.modules.names().join(', ') })));
    const globals = this.globals;
    const builtins = this.builtins;
    this.scope = new Proxy(globals, {
      has: (_t, key) => typeof key === 'string' && key !== 'py' && !key.startsWith('$'),
      get: (target, key) => {
        if (typeof key !== 'string') return undefined;
        if (key in target) return target[key];
        const other = options.fallback?.(pyName(key));
        if (other?.defined) return other.value;
        throw nameError(pyName(key), [Object.keys(globals).map(pyName), Object.keys(builtins)]);
      },
      set: (target, key, value) => {
        (target as Record<string | symbol, unknown>)[key] = value;
        return true;
      },
    });
    this.runtime = createRuntime({
      globals,
      importModule: (name) => this.modules.import(name),
      display: (value) => {
        this.lastValue = value;
      },
      signal: () => this.signal,
    });
  }

  /** A one-time explanation (stderr in `socklab run`), e.g. that Process runs as a task. */
  note(key: string, text: string): void {
    if (this.notesShown.has(key)) return;
    this.notesShown.add(key);
    this.io.writeErr(`${text}\n`);
  }

  /** Parse → check → emit. Throws PySyntaxError. */
  compile(source: string, filename = '<stdin>', mode: 'exec' | 'single' = 'exec'): Compiled {
    const { tree, info } = parse(source, filename);
    check(tree, info);
    const emitted = new Emitter(source, { mode }).emit(tree);
    return { js: emitted.lines.map((l) => l.text).join('\n'), lines: emitted.lines, globals: emitted.globals };
  }

  /** Runs `source`; never throws: a Python error comes back as `error`, with its traceback. */
  async exec(source: string, options: ExecOptions = {}): Promise<ExecResult> {
    const filename = options.filename ?? '<stdin>';
    const mode = options.mode ?? 'exec';
    let compiled: Compiled;
    try {
      compiled = this.compile(source, filename, mode);
    } catch (e) {
      return { ok: false, error: this.describe(e) };
    }
    // V8 ends a sourceURL at whitespace: a notebook's "Cell In[2]" would lose its frames.
    const url = `${filename.replace(/\s/g, '%20')}#${++_serial}`;
    _registry.set(url, { filename, sourceLines: source.split('\n'), lines: compiled.lines });
    const body = `with ($scope) { return (async function $module() {\n${compiled.js}\n})(); }\n//# sourceURL=${url}`;
    const fn = new _AsyncFunction('py', '$scope', body);
    this.lastValue = undefined;
    this.signal = options.signal;
    try {
      const run = () => fn(this.runtime, this.scope);
      await (options.signal ? withCancel(options.signal, run) : run());
      const value = this.lastValue;
      if (value === undefined) return { ok: true };
      return { ok: true, value, valueRepr: await toRepr(value) };
    } catch (e) {
      return { ok: false, error: this.describe(e) };
    } finally {
      this.signal = undefined;
    }
  }

  /** CPython's codeop rule: 'complete', 'incomplete' (more lines to come) or 'invalid'. */
  isComplete(source: string): 'complete' | 'incomplete' | 'invalid' {
    if (source.trim() === '') return 'complete';
    if (/\\\s*$/.test(source)) return 'incomplete';
    const first = source.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#'))?.trim() ?? '';
    try {
      parse(source, '<input>');
    } catch (e) {
      if (e instanceof PySyntaxError) {
        const atEnd = e.lineno > source.split('\n').length || /never closed|triple-quoted|expected an indented block/.test(e.message);
        if (atEnd || e.message === "expected ':'" && !source.endsWith('\n')) return 'incomplete';
      }
      return 'invalid';
    }
    if (_COMPOUND.test(first) && !source.endsWith('\n')) return 'incomplete';
    return 'complete';
  }

  /** Waits for the threads a program started without daemon=True, as CPython does at exit. */
  async joinThreads(): Promise<void> {
    await joinNonDaemonThreads();
  }

  /** The names defined in the session (for completion), builtins last. */
  names(): string[] {
    return [...Object.keys(this.globals).map(pyName), ...Object.keys(this.builtins)];
  }

  /** The TypeScript a program becomes (`socklab translate`). */
  translate(source: string, filename = '<stdin>'): string {
    const compiled = this.compile(source, filename);
    const names = compiled.globals.filter((n) => !(n in this.builtins)).map((n) => n);
    const head = [`// ${filename}, translated by socklab: py.* is its runtime of Python's semantics (src/lang/python/runtime).`];
    if (names.length > 0) head.push(`let ${[...new Set(names)].join(', ')};`);
    return `${head.join('\n')}\n${compiled.js}`;
  }

  /** An error as CPython reports it. */
  describe(raw: unknown): PythonError {
    const err = asPythonError(raw);
    const type = err instanceof Error ? err.name : 'Error';
    if (err instanceof PySyntaxError) return { type, exception: err, traceback: formatSyntaxError(err) };
    if (err instanceof SystemExit) {
      const code = err.code;
      let exitCode = 0;
      let traceback = '';
      if (typeof code === 'number') exitCode = code;
      else if (code !== null && code !== undefined) {
        exitCode = 1;
        traceback = `${String(code)}\n`;
      }
      return { type, exception: err, traceback, exitCode };
    }
    return { type, exception: err, traceback: formatTraceback(err) };
  }
}

/** `  File "x.py", line 1` / the line / the caret / `SyntaxError: …`, as CPython prints it. */
export function formatSyntaxError(e: PySyntaxError): string {
  const lines = [`  File "${e.filename}", line ${e.lineno}`];
  const raw = e.text.replace(/\n$/, '');
  const stripped = raw.trimStart();
  const caret = (e as unknown as { caretLength?: number }).caretLength ?? 1;
  if (raw.trim() !== '' || e.lineno <= 0) {
    lines.push(`    ${stripped.trimEnd()}`);
    if (caret > 0) {
      const offset = Math.max(0, e.offset - 1 - (raw.length - stripped.length));
      lines.push(`    ${' '.repeat(offset)}${'^'.repeat(caret)}`);
    }
  } else {
    lines.push('    ');
  }
  lines.push(`${e.kind}: ${e.message}`);
  return `${lines.join('\n')}\n`;
}

const _FRAME = /^\s*at (?:async )?(?:(.*?) \()?(.+?):(\d+):(\d+)\)?$/;

function _frameName(name: string | undefined): string {
  if (!name || name === '$module' || name === 'eval') return '<module>';
  const short = name.split('.').pop()!;
  if (short.startsWith('$')) return `<${short.slice(1)}>`;
  if (short === 'anonymous' || short === '<anonymous>') return '<lambda>';
  return short.replace(/_$/, '');
}

/** CPython's "Traceback (most recent call last):" block for an uncaught Python error, with its chain. */
export function formatTraceback(err: unknown, seen = new Set<unknown>()): string {
  seen.add(err);
  const cause = (err as { __cause__?: unknown } | null)?.__cause__;
  const context = (err as { __context__?: unknown } | null)?.__context__;
  if (cause instanceof Error && !seen.has(cause)) {
    return `${formatTraceback(cause, seen)}\nThe above exception was the direct cause of the following exception:\n\n${_formatOne(err)}`;
  }
  if (context instanceof Error && !seen.has(context) && cause === undefined) {
    return `${formatTraceback(context, seen)}\nDuring handling of the above exception, another exception occurred:\n\n${_formatOne(err)}`;
  }
  return _formatOne(err);
}

function _formatOne(err: unknown): string {
  const stack = err instanceof Error && typeof err.stack === 'string' ? err.stack : '';
  const frames: string[] = [];
  for (const l of stack.split('\n').slice(1)) {
    const m = _FRAME.exec(l);
    if (!m) continue;
    const reg = _registry.get(m[2]!);
    if (!reg) continue;
    const jsLine = Number(m[3]) - _HEADER_LINES;
    const emitted = reg.lines[jsLine - 1];
    if (!emitted) continue;
    const source = reg.sourceLines[emitted.pyLine - 1]?.trim();
    frames.unshift(`  File "${reg.filename}", line ${emitted.pyLine}, in ${_frameName(m[1])}${source ? `\n    ${source}` : ''}`);
  }
  const head = frames.length > 0 ? `Traceback (most recent call last):\n${frames.join('\n')}\n` : 'Traceback (most recent call last):\n';
  let last = formatException(err);
  if (err instanceof NameError && err.nameNotFound) {
    for (const names of err.candidates) {
      const s = suggest(err.nameNotFound, names);
      if (s) {
        last += `. Did you mean: '${s}'?`;
        break;
      }
    }
  } else if (err instanceof AttributeError && err.attrName) {
    const s = suggest(err.attrName, attributeNames(err.obj));
    if (s) last += `. Did you mean: '${s}'?`;
  }
  return `${head}${last}\n`;
}

export function createPythonSession(options: PythonSessionOptions): PythonSession {
  return new PythonSession(options);
}
