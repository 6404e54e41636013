// A Python session: globals that persist across inputs, the modules, and running translated
// code. compile() is the three passes (parse → check → emit); exec() runs the JavaScript inside
// `with (globals)`, so module-level names live in the session, and turns an uncaught error into
// CPython's traceback, mapping JS stack frames back to Python lines.
import { displayWidth } from '../../display-width.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { configureModules, createModules, joinNonDaemonThreads } from '../../modules/index.ts';
import { ERRNO } from '../../kernel/platform.ts';
import { withCancel } from '../../socket/cancel.ts';
import { installStringEncode } from '../../socket/bytes.ts';
import { formatException, pyRepr, str } from '../../socket/format.ts';
import { createSocketModule } from '../../socket/module.ts';
import { QUALIFIED_NAMES, ValueError } from '../../socket/exceptions.ts';
import { pyTypeName } from '../../socket/pytype.ts';
import type { SocketSpace } from '../../socket/space.ts';
import { check } from './check.ts';
import { Socket } from '../../socket/socket.ts';
import { PYTHON_FOR_SCRIPTS } from './translation-import.ts';
import { Emitter, jsName, pyName, type EmittedLine, type ExprSpan } from './emit.ts';
import {
  bindSocketModule, createOsModule, createShutilModule, createSysModule, createTempfileModule, createTimeModule, asModule, makeModule, ModuleTable, type HostIO, type PyModule,
} from './modules.ts';
import { createMathModule } from './math.ts';
import { futuresFactories } from './stdlib/concurrent-futures.ts';
import { createJsonModule } from './stdlib/json.ts';
import { createReModule } from './stdlib/re.ts';
import { createSelectorsModule } from './stdlib/selectors.ts';
import { createQueueModule } from './stdlib/queue.ts';
import { createRandomModule } from './stdlib/random.ts';
import { createCollectionsModule } from './stdlib/collections.ts';
import { createHashlibModule } from './stdlib/hashlib.ts';
import { createBase64Module, createBinasciiModule } from './stdlib/base64.ts';
import { createTracebackModule, type ProgramFrames } from './stdlib/traceback.ts';
import { createItertoolsModule } from './stdlib/itertools.ts';
import { createFunctoolsModule } from './stdlib/functools.ts';
import { createOperatorModule } from './stdlib/operator.ts';
import { SignalHandlers, createSignalModule } from './stdlib/signal.ts';
import { parse } from './parse.ts';
import { attributeNames, getattr } from './runtime/attributes.ts';
import { createBuiltins, toRepr } from './runtime/builtins.ts';
import { helpBuiltin } from './help.ts';
import { evalBuiltins } from './eval.ts';
import { AttributeError, asPythonError, BaseExceptionGroup, ImportError, CAUGHT_BELOW, NO_TRACEBACK, CAUGHT_STACK, NameError, nameError, noteLines, PySyntaxError, RERAISED, type Reraise, stackText, suggest, SystemExit } from './runtime/exceptions.ts';
import { tracebackCarried } from './runtime/handling.ts';
import { CALLER_STACK, LIBRARY_FRAMES, classModule, classQualname, invoke, native } from './runtime/call.ts';
import { dunder, truthy } from './runtime/dunders.ts';
import { adoptModule, homeOf, setHome } from './runtime/homes.ts';
import { addressOf } from './runtime/ids.ts';
import { PyDict } from './runtime/values.ts';
import { createRuntime, type RuntimeHost } from './runtime/index.ts';
import { namespaceBuiltins } from './runtime/namespace.ts';
import { userTranslationCache } from './translation-cache.ts';

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
  /** Names read that no function binds (Emitted.free). */
  free: string[];
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

/**
 * REPL lines and cells shorter than this are translated every time: a line takes well under a
 * millisecond once the translator is warm, and is not worth a file of its own
 * (translation-cache.ts). A program (mode 'exec') is kept whatever its length: it is translated
 * at start, when the parser is not loaded yet, and a stored translation spares the start loading
 * it (parse.ts), which costs more than reading the file.
 */
const _CACHED_FROM_CHARS = 256;

/** The function that runs one compiled input with `$scope` as its names, registered for tracebacks. */
function _moduleFunction(source: string, filename: string, lines: EmittedLine[], js: string): (py: unknown, scope: object, globals?: object) => Promise<unknown> {
  // V8 ends a sourceURL at whitespace: a notebook's "Cell In[2]" would lose its frames.
  const url = `${filename.replace(/\s/g, '%20')}#${++_serial}`;
  _registry.set(url, { filename, sourceLines: source.split('\n'), lines });
  // `py` is a constant of $module, not a name looked up through the with: a lookup through the
  // Proxy costs ~0.5 µs (three trap calls), and a loop's every statement names py. Same line, so
  // the emitted lines keep their numbers.
  const body = `with ($scope) { return (async function $module() { const py = $py;\n${js}\n})(); }\n//# sourceURL=${url}`;
  // `$globals`: the namespace eval()'s and exec()'s code reads its globals from (emit.ts ownNamespace).
  return new _AsyncFunction('$py', '$scope', '$globals', body);
}

const _COMPOUND = /^(if|elif|else|for|while|def|class|try|except|finally|with|async|@)\b|^@/;

/** A module's __loader__ as CPython shows it: the class itself (BuiltinImporter), or an instance of it. */
export function loaderObject(module: string, name: string, isClass = false): object {
  const loader = {};
  const text = isClass ? `<class '${module}.${name}'>` : `<${module}.${name} object at ${addressOf(loader)}>`;
  Object.defineProperty(loader, pyRepr, { value: () => text });
  return loader;
}

/** Modules that tutorials written for Python 2 import, and their Python 3 names. */
const _PYTHON2_MODULES: Readonly<Record<string, string>> = {
  thread: '_thread', SocketServer: 'socketserver', Queue: 'queue', cPickle: 'pickle', StringIO: 'io',
  cStringIO: 'io', commands: 'subprocess', __builtin__: 'builtins',
};

export class PythonSession {
  readonly globals: Record<string, unknown>;
  readonly builtins: Record<string, unknown>;
  readonly modules: ModuleTable;
  readonly space: SocketSpace;
  private readonly scope: object;
  private readonly io: HostIO;
  private lastValue: unknown;
  private signal: AbortSignal | undefined;
  /** The file of the program last run (exec), where a warning says it happened. */
  private filename = '<stdin>';
  private readonly runtime: ReturnType<typeof createRuntime>;
  private readonly runtimeHost: RuntimeHost;
  private readonly notesShown = new Set<string>();
  /** threading._register_atexit's functions (concurrent.futures.thread's _python_exit). */
  private readonly threadAtexits: unknown[] = [];
  /** atexit.register's functions, with their arguments. */
  private readonly exitFunctions: { fn: unknown; args: unknown[]; kwargs: Record<string, unknown> | undefined }[] = [];
  /** The program's signal handlers (stdlib/signal.ts): the host asks them before its own Ctrl+C. */
  readonly signals: SignalHandlers;

  constructor(private readonly options: PythonSessionOptions) {
    installStringEncode();
    Error.stackTraceLimit = Math.max(Error.stackTraceLimit, 200);
    const writeErr = options.writeErr ?? options.write;
    const { module, space, state } = createSocketModule(options.space);
    // type(s) is socket.socket: this session's socket.socket, a function bound to its sockets.
    this.io = { write: options.write, writeErr, readLine: options.readLine, argv: options.argv ?? [''], classes: new Map([[Socket, module.socket]]) };
    this.signals = new SignalHandlers(this.io);
    this.space = space;
    this.builtins = Object.assign(Object.create(null) as Record<string, unknown>, createBuiltins(this.io));
    this.globals = Object.create(this.builtins) as Record<string, unknown>;
    Object.assign(this.builtins, namespaceBuiltins(this.globals, { jsName, pyName }));
    this.builtins.help = helpBuiltin(this.globals, options.write);
    // __main__'s other attributes as python3 -i has them before a line runs (run.ts gives a
    // program's its file: __file__, __cached__, its loader).
    // `import builtins` is the builtins namespace itself, as in CPython: `builtins.foo = 5` makes
    // `foo` a name everywhere, `builtins.print = f` replaces print wherever a lookup falls back to it.
    const builtinsModule = asModule('builtins', this.builtins);
    Object.assign(this.builtins, evalBuiltins({
      scope: () => this.scope,
      builtinsModule,
      builtins: this.builtins,
      run: (source, lines, scope, globals) => _moduleFunction(source, '<string>', lines, lines.map((l) => l.text).join('\n'))(this.runtime, scope, globals),
    }));
    Object.assign(this.globals, {
      __name__: '__main__', __doc__: null, __package__: null, __loader__: loaderObject('_frozen_importlib', 'BuiltinImporter', true),
      __spec__: null, __annotations__: new PyDict(), __builtins__: builtinsModule,
    });
    const session = this;
    // The larger modules are loaded by their first import: their classes and tables cost every
    // `.py` start ~2 ms at load otherwise (BENCHMARKS.md, "perfregex").
    const factories: Record<string, () => PyModule | Promise<PyModule>> = {
      socket: () => bindSocketModule(module, state),
      os: () => createOsModule(this.io),
      sys: () => createSysModule(this.io, () => this.modules.loadedModules()),
      time: () => createTimeModule(),
      math: () => createMathModule(),
      tempfile: () => createTempfileModule(),
      io: async () => (await import('./stdlib/io.ts')).createIoModule(this.builtins.open),
      string: async () => (await import('./stdlib/string.ts')).createStringModule(),
      typing: async () => (await import('./stdlib/typing.ts')).createTypingModule(this.builtins),
      pickle: async () => (await import('./stdlib/pickle.ts')).createPickleModule({ findGlobal: (module, name) => this.findGlobal(module, name) }),
      shutil: () => createShutilModule(),
      json: () => createJsonModule(),
      selectors: () => createSelectorsModule(),
      argparse: async () => (await import('./stdlib/argparse.ts')).createArgparseModule(this.io, (name) => this.modules.import(name)),
      re: () => createReModule(),
      queue: () => createQueueModule(),
      contextlib: async () => (await import('./stdlib/contextlib.ts')).createContextlibModule(),
      types: async () => (await import('./stdlib/types.ts')).createTypesModule(),
      uuid: async () => (await import('./stdlib/uuid.ts')).createUuidModule(),
      abc: async () => (await import('./stdlib/abc.ts')).createAbcModule(),
      dataclasses: async () => {
        const { DATACLASSES_SOURCE, DATACLASSES_NATIVES } = await import('./stdlib/dataclasses.ts');
        return this.pythonModule('dataclasses', DATACLASSES_SOURCE, DATACLASSES_NATIVES);
      },
      enum: async () => {
        const { ENUM_SOURCE, ENUM_NATIVES, finishEnumModule } = await import('./stdlib/enum.ts');
        return this.pythonModule('enum', ENUM_SOURCE, ENUM_NATIVES, finishEnumModule);
      },
      copy: async () => {
        const { COPY_SOURCE, copyHelpers } = await import('./stdlib/copy.ts');
        return this.pythonModule('copy', COPY_SOURCE, copyHelpers());
      },
      asyncio: async () => {
        const { ASYNCIO_SOURCE, ASYNCIO_NATIVES } = await import('./stdlib/asyncio.ts');
        return this.pythonModule('asyncio', ASYNCIO_SOURCE, ASYNCIO_NATIVES);
      },
      heapq: async () => this.pythonModule('heapq', (await import('./stdlib/heapq.ts')).HEAPQ_SOURCE),
      bisect: async () => this.pythonModule('bisect', (await import('./stdlib/bisect.ts')).BISECT_SOURCE),
      textwrap: async () => this.pythonModule('textwrap', (await import('./stdlib/textwrap.ts')).TEXTWRAP_SOURCE),
      csv: async () => this.pythonModule('csv', (await import('./stdlib/csv.ts')).CSV_SOURCE),
      fractions: async () => this.pythonModule('fractions', (await import('./stdlib/fractions.ts')).FRACTIONS_SOURCE),
      statistics: async () => this.pythonModule('statistics', (await import('./stdlib/statistics.ts')).STATISTICS_SOURCE),
      fnmatch: async () => this.pythonModule('fnmatch', (await import('./stdlib/fnmatch.ts')).FNMATCH_SOURCE),
      glob: async () => this.pythonModule('glob', (await import('./stdlib/glob.ts')).GLOB_SOURCE),
      shlex: async () => this.pythonModule('shlex', (await import('./stdlib/shlex.ts')).SHLEX_SOURCE),
      array: async () => (await import('./stdlib/array.ts')).createArrayModule(),
      weakref: async () => {
        this.note('modules:weakref', t('modules.note.weakref'));
        return this.pythonModule('weakref', (await import('./stdlib/weakref.ts')).WEAKREF_SOURCE);
      },
      inspect: async () => {
        const { INSPECT_SOURCE, inspectNatives } = await import('./stdlib/inspect.ts');
        return this.pythonModule('inspect', INSPECT_SOURCE, inspectNatives());
      },
      html: async () => {
        const { HTML_SOURCE, htmlNatives } = await import('./stdlib/html.ts');
        return this.pythonModule('html', HTML_SOURCE, htmlNatives());
      },
      gzip: async () => this.pythonModule('gzip', (await import('./stdlib/gzip.ts')).GZIP_SOURCE),
      mimetypes: async () => {
        const { MIMETYPES_SOURCE, mimetypesNatives } = await import('./stdlib/mimetypes.ts');
        const { natives, attach } = mimetypesNatives();
        const module = await this.pythonModule('mimetypes', MIMETYPES_SOURCE, natives);
        attach(module);
        return module;
      },
      calendar: async () => this.pythonModule('calendar', (await import('./stdlib/calendar.ts')).CALENDAR_SOURCE),
      zlib: async () => (await import('./stdlib/zlib.ts')).createZlibModule(),
      http: async () => this.pythonModule('http', (await import('./stdlib/http.ts')).HTTP_SOURCE),
      'http.client': async () => this.pythonModule('http.client', (await import('./stdlib/http.ts')).HTTP_CLIENT_SOURCE),
      'http.server': async () => this.pythonModule('http.server', (await import('./stdlib/http.ts')).HTTP_SERVER_SOURCE),
      ipaddress: async () => this.pythonModule('ipaddress', (await import('./stdlib/ipaddress.ts')).IPADDRESS_SOURCE),
      atexit: () => makeModule('atexit', {
        register: native('register', (a, kw) => {
          if (a.length === 0) throw new TypeError('register() takes at least 1 argument (0 given)');
          if (typeof a[0] !== 'function') throw new TypeError('the first argument must be callable');
          this.exitFunctions.push({ fn: a[0], args: a.slice(1), kwargs: kw });
          return a[0];
        }),
        unregister: native('unregister', (a) => {
          for (let i = this.exitFunctions.length - 1; i >= 0; i--) if (this.exitFunctions[i]!.fn === a[0]) this.exitFunctions.splice(i, 1);
          return null;
        }),
        _clear: native('_clear', () => {
          this.exitFunctions.splice(0);
          return null;
        }),
        _ncallbacks: native('_ncallbacks', () => this.exitFunctions.length),
        _run_exitfuncs: native('_run_exitfuncs', async () => {
          for (let entry = this.exitFunctions.pop(); entry !== undefined; entry = this.exitFunctions.pop()) await invoke(entry.fn, undefined, entry.args, entry.kwargs);
          return null;
        }),
      }),
      warnings: async () => (await import('./stdlib/warnings.ts')).createWarningsModule(this.io, PROGRAM_FRAMES),
      codecs: async () => (await import('./stdlib/codecs.ts')).createCodecsModule(),
      pprint: async () => this.pythonModule('pprint', (await import('./stdlib/pprint.ts')).PPRINT_SOURCE),
      hmac: async () => (await import('./stdlib/hmac.ts')).createHmacModule(),
      secrets: async () => (await import('./stdlib/hmac.ts')).createSecretsModule(),
      urllib: () => makeModule('urllib', {}),
      'urllib.parse': async () => (await import('./stdlib/urllib-parse.ts')).createUrllibParseModule(),
      platform: async () => (await import('./stdlib/platform.ts')).createPlatformModule(),
      subprocess: async () => (await import('./stdlib/subprocess.ts')).createSubprocessModule(this.io),
      random: () => createRandomModule(),
      collections: () => createCollectionsModule(),
      datetime: async () => (await import('./stdlib/datetime.ts')).createDatetimeModule(),
      hashlib: () => createHashlibModule(),
      base64: () => createBase64Module(),
      binascii: () => createBinasciiModule(),
      logging: async () => (await import('./stdlib/logging.ts')).createLoggingModule(this.io, PROGRAM_FRAMES),
      traceback: () => createTracebackModule(this.io, PROGRAM_FRAMES),
      itertools: () => createItertoolsModule(),
      functools: () => createFunctoolsModule(),
      operator: () => createOperatorModule(),
      signal: () => createSignalModule(this.signals),
      builtins: () => builtinsModule,
      // errorcode is a dict keyed by int (`errno.errorcode[e.errno]`); an alias keeps the first name,
      // as CPython's: errorcode[11] is 'EAGAIN', not 'EWOULDBLOCK'.
      importlib: () => makeModule('importlib', { import_module: this.importer('import_module') }),
      errno: () => makeModule('errno', { ...ERRNO, errorcode: new PyDict(Object.entries(ERRNO).filter(([, v], i, all) => all.findIndex(([, w]) => w === v) === i).map(([k, v]) => [v, k])) }),
    };
    // struct, select, threading, _thread, multiprocessing, socketserver: the TypeScript modules,
    // bound to this session's socket module; their thread errors and notes come back here.
    const tsModules = createModules(module) as unknown as Record<string, PyModule>;
    for (const [name, m] of Object.entries(tsModules)) factories[name] = () => m;
    // TypeScript's `thread` global is Python 2's name of _thread; python3 has no such module.
    delete factories.thread;
    configureModules({
      writeErr,
      note: (n) => this.note(`modules:${n}`, t(`modules.note.${n}` as MessageKey)),
      formatTraceback: (e) => formatTraceback(asPythonError(e)),
      // A thread's target is called as Python calls it: `target=time.sleep, args=(1,)`, a lambda
      // with *args, keywords bound by name.
      call: (target, args, kwargs) => Promise.resolve(invoke(target, undefined, [...args], kwargs)),
      construct: (cls, args) => Promise.resolve(invoke(cls, undefined, [...args], undefined)),
      truthy: async (value) => truthy(value) ?? ((await dunder()) as boolean),
    });
    Object.assign(factories, futuresFactories({
      pythonModule: (name, source, natives) => this.pythonModule(name, source, natives),
      importModule: (name) => this.modules.import(name),
      registerAtexit: (fn) => this.threadAtexits.push(fn),
    }, makeModule));
    for (const [name, make] of Object.entries(options.modules ?? {})) factories[name] = () => make(session);
    // A library function's __module__ is its module's (runtime/homes.ts); a builtin it re-exports
    // (socket.error is OSError) keeps 'builtins'.
    const builtinValues = new Set(Object.values(this.builtins));
    for (const [name, make] of Object.entries(factories)) {
      factories[name] = async () => {
        const m = await make();
        // The TypeScript modules (struct, threading, …) and socket's are plain objects: Python's name them.
        if (!('__name__' in m)) Object.defineProperty(m, '__name__', { value: name, configurable: true });
        adoptModule(name, m, (f) => builtinValues.has(f));
        return m;
      };
    }
    this.modules = new ModuleTable(factories, (name) => {
      // A typo of a module socklab has (`import sockt`) is not a module to run python3 for.
      const python3Name = _PYTHON2_MODULES[name];
      if (python3Name !== undefined) return this.note(`module:${name}`, t('python.noModulePython2', { name, python3Name }));
      const guess = suggest(name, this.modules.names());
      this.note(`module:${name}`, guess ? t('python.noModuleTypo', { name, guess }) : t('python.noModule', { name, modules: this.modules.names().join(', ') }));
    });
    this.builtins.__import__ = this.importer('__import__');
    const globals = this.globals;
    const builtins = this.builtins;
    this.scope = new Proxy(globals, {
      has: (_t, key) => typeof key === 'string' && key !== 'py' && !key.startsWith('$'),
      get: (target, key) => {
        if (typeof key !== 'string') return undefined;
        if (key in target) return target[key];
        // A builtin the program added under a name JS reserves (`builtins.arguments = 3`): the
        // translation spells the name `arguments_`, the builtins module keeps Python's spelling.
        const name = pyName(key);
        if (name !== key && name in builtins) return builtins[name];
        const other = options.fallback?.(name);
        if (other?.defined) return other.value;
        throw nameError(name, [Object.keys(globals).map(pyName), Object.keys(builtins)]);
      },
      set: (target, key, value) => {
        (target as Record<string | symbol, unknown>)[key] = value;
        return true;
      },
      // `del x` in exec()'s code run in the session's globals (eval.ts): DELETE_NAME.
      deleteProperty: (target, key) => {
        if (typeof key !== 'string') return true;
        if (!Object.hasOwn(target, key)) throw nameError(pyName(key), []);
        delete target[key];
        return true;
      },
    });
    this.runtime = createRuntime(this.runtimeHost = {
      globals,
      importModule: (name) => this.modules.import(name),
      // sys.displayhook: a value it shows (never None) becomes builtins._, which a learner's own
      // `_ = 5` shadows and `del _` uncovers again, as in CPython's REPL.
      display: (value) => {
        this.lastValue = value;
        builtins._ = value;
      },
      signal: () => this.signal,
      // warnings.showwarning's lines; a coroutine's warning adds tracemalloc's hint, as CPython's does.
      warn: (category, message, line, text) => {
        this.io.writeErr(`${this.filename}:${line}: ${category}: ${message}\n  ${text}\n`);
        if (/^coroutine /.test(message)) this.io.writeErr(`${category}: Enable tracemalloc to get the object allocation traceback\n`);
      },
    });
  }

  /**
   * `module.name` (name dotted: `Outer.Inner`) as pickle finds a class or function by reference:
   * the program's own (`__main__`), a builtin, or an attribute of a module it imports.
   */
  async findGlobal(module: string, name: string): Promise<{ value: unknown } | undefined> {
    const [first, ...rest] = name.split('.');
    let value: unknown;
    if (module === '__main__') {
      const key = jsName(first!);
      if (!(key in this.globals)) return undefined;
      value = this.globals[key];
    } else if (module === 'builtins') {
      if (!Object.hasOwn(this.builtins, first!)) return undefined;
      value = this.builtins[first!];
    } else {
      const m = (await this.modules.import(module)) as Record<string, unknown>;
      if (!(first! in m)) return undefined;
      value = m[first!];
    }
    for (const part of rest) {
      try {
        value = getattr(value, part);
      } catch {
        return undefined;
      }
    }
    return { value };
  }

  /** A one-time explanation (stderr in `socklab run`), e.g. that Process runs as a task. */
  /**
   * `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the package a.b is in,
   * or a.b itself with a fromlist; importlib's `import_module(name, package=None)`: a.b itself.
   * Absolute imports only, as a program of one file has no package to be relative to.
   */
  private importer(which: '__import__' | 'import_module'): Function {
    return native(which, async (args, kw) => {
      const name = args[0] ?? kw?.name;
      if (typeof name !== 'string') throw new TypeError(which === '__import__' ? 'module name must be a string' : `'${pyTypeName(name)}' object has no attribute 'startswith'`);
      if (which === 'import_module' && name.startsWith('.')) throw new TypeError(`the 'package' argument is required to perform a relative import for '${name}'`);
      const level = which === '__import__' ? (args[4] ?? kw?.level ?? 0) : 0;
      if (level !== 0) throw new ImportError('attempted relative import with no known parent package');
      if (name === '') throw new ValueError('Empty module name');
      const m = await this.modules.import(name);
      const fromlist = args[3] ?? kw?.fromlist;
      if (which === 'import_module' || !name.includes('.') || (fromlist !== undefined && truthy(fromlist) === true)) return m;
      return this.modules.import(name.slice(0, name.indexOf('.')));
    });
  }

  note(key: string, text: string): void {
    if (this.notesShown.has(key)) return;
    this.notesShown.add(key);
    this.io.writeErr(`${text}\n`);
  }

  /** Parse → check → emit, or the same source's translation from an earlier run. Throws PySyntaxError. */
  compile(source: string, filename = '<stdin>', mode: 'exec' | 'single' = 'exec'): Compiled {
    const cache = mode === 'exec' || source.length >= _CACHED_FROM_CHARS ? userTranslationCache() : undefined;
    const key = cache?.key(source, mode);
    const cached = key === undefined ? undefined : cache!.get(key);
    if (cached) return cached;
    const { top, info } = parse(source, filename);
    check(top, info);
    const emitted = new Emitter(source, { mode }).emit(top);
    const compiled = { js: emitted.lines.map((l) => l.text).join('\n'), lines: emitted.lines, globals: emitted.globals, free: emitted.free };
    if (key !== undefined) cache!.set(key, compiled);
    return compiled;
  }

  /** A library module written in Python (stdlib/dataclasses.ts): its source run by exec() in a namespace of its own. */
  private async pythonModule(name: string, source: string, natives: Record<string, unknown> = {}, finish?: (namespace: PyDict) => void): Promise<PyModule> {
    const namespace = new PyDict([['__name__', name], ...Object.entries(natives)]);
    await invoke(this.builtins.exec, undefined, [source, namespace], undefined);
    finish?.(namespace);
    const attrs: Record<string, unknown> = {};
    for (const key of namespace.keys()) if (typeof key === 'string' && !key.startsWith('__')) attrs[key] = namespace.get(key);

    // An exception class of the module (csv.Error) is module-qualified in a traceback's last line,
    // as traceback.format_exception_only names any class outside __main__ and builtins: by the
    // __module__ its body set (`_csv.Error`), else this module's name.
    for (const [key, value] of Object.entries(attrs)) {
      if (key.startsWith('_') || typeof value !== 'function' || !(value.prototype instanceof Error) || QUALIFIED_NAMES.has(value)) continue;
      if (homeOf(value) === undefined) setHome(value, name);
      (QUALIFIED_NAMES as Map<Function, string>).set(value, `${classModule(value)}.${classQualname(value)}`);
    }
    return makeModule(name, attrs);
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
    const fn = _moduleFunction(source, filename, compiled.lines, compiled.js);
    this.filename = filename;
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
        const atEnd = e.atEndOfSource === true || e.lineno > source.split('\n').length;
        if (atEnd || e.message === "expected ':'" && !source.endsWith('\n')) return 'incomplete';
      }
      return 'invalid';
    }
    if (_COMPOUND.test(first) && !source.endsWith('\n')) return 'incomplete';
    return 'complete';
  }

  /**
   * Waits for the threads a program started without daemon=True, as CPython's threading._shutdown
   * does at exit: first the library's exit hooks (concurrent.futures wakes its idle workers).
   */
  async joinThreads(): Promise<void> {
    for (const hook of this.threadAtexits.splice(0)) await invoke(hook, undefined, [], undefined);
    await joinNonDaemonThreads();
    // Then atexit's functions, last registered first; one that raises is reported and the rest run.
    for (let entry = this.exitFunctions.pop(); entry !== undefined; entry = this.exitFunctions.pop()) {
      try {
        await invoke(entry.fn, undefined, entry.args, entry.kwargs);
      } catch (e) {
        if (e instanceof SystemExit) continue;
        (this.options.writeErr ?? this.options.write)(`Exception ignored in atexit callback: ${await toRepr(entry.fn)}\n${formatTraceback(asPythonError(e))}`);
      }
    }
  }

  /** The names defined in the session (for completion), builtins last. */
  names(): string[] {
    return [...Object.keys(this.globals).map(pyName), ...Object.keys(this.builtins)];
  }

  /**
   * The TypeScript a program becomes (`socklab translate`): the code `exec` runs, with what the
   * session's scope gives it written out: the runtime and the builtins it uses, imported from
   * PYTHON_FOR_SCRIPTS (`socklab run prog.ts` runs it), and its module names declared.
   */
  translate(source: string, filename = '<stdin>'): string {
    const compiled = this.compile(source, filename, 'exec');
    const assigned = new Set(compiled.globals);
    const imported = compiled.free.filter((n) => !assigned.has(n) && (n in this.builtins || n === '__name__')).map(jsName);
    const head = [
      `// ${filename}, translated by socklab. py.* is its runtime of Python's semantics (src/lang/python/runtime);`,
      '// `x ?? await py.dunder()` awaits the Python method (__add__, __eq__, a map() function) an operator started.',
      `import { ${['py', ...imported].join(', ')} } from '${PYTHON_FOR_SCRIPTS}';`,
    ];
    // A coroutine's translation is the one that reads least like its Python: say how once.
    if (compiled.js.includes("'/coroutine'")) head.splice(2, 0, "// An async def is a generator function that the runtime's event loop steps as a coroutine ('/coroutine'); `yield* py.await(x)` is `await x`.");
    if (assigned.size > 0) head.push(`let ${[...assigned].map(jsName).join(', ')};`);
    return `${head.join('\n')}\n${compiled.js}`;
  }

  /**
   * What a TypeScript script's `import … from 'socklab/python'` gets: this session's runtime as
   * `py`, its builtins, and `__name__`, the names a translation finds in the session's scope.
   */
  scriptModule(): Record<string, unknown> {
    // The script's module names are its globals (the TypeScript evaluator's rule for a top-level
    // `let`): `from m import *`, `del x` and globals() work on them.
    const py = createRuntime({ ...this.runtimeHost, globals: globalThis as Record<string, unknown> });
    const names: Record<string, unknown> = { py, __name__: '__main__' };
    for (const name of Object.keys(this.builtins)) if (name !== '__name__') names[jsName(name)] = this.builtins[name];
    return names;
  }

  /** An error as CPython reports it. */
  describe(raw: unknown): PythonError {
    const err = asPythonError(raw);
    const type = err instanceof Error ? err.name : 'Error';
    if (err instanceof PySyntaxError && err.atRunTime) {
      // The frames down to eval() or exec(), then the SyntaxError's own block instead of its last line.
      const frames = formatTraceback(err).replace(/[^\n]*\n$/, '');
      return { type, exception: err, traceback: frames + formatSyntaxError(err) };
    }
    if (err instanceof PySyntaxError) return { type, exception: err, traceback: formatSyntaxError(err) };
    if (err instanceof SystemExit) {
      const code = err.code;
      let exitCode = 0;
      let traceback = '';
      if (typeof code === 'number') exitCode = code;
      else if (code !== null && code !== undefined) {
        exitCode = 1;
        traceback = `${str(code)}\n`;
      }
      return { type, exception: err, traceback, exitCode };
    }
    return { type, exception: err, traceback: formatTraceback(err) };
  }
}

/** `  File "x.py", line 1` / the line / the caret / `SyntaxError: …`, as CPython prints it. */
export function formatSyntaxError(e: PySyntaxError): string {
  const lines = [`  File "${e.filename}", line ${e.lineno}`];
  // print_error_text strips the line's indent and its newline, not its trailing spaces.
  const raw = e.text.replace(/\r?\n?$/, '');
  const stripped = raw.replace(/^[ \t\f]+/, '');
  const caret = e.caretLength ?? 1;
  if (raw.trim() !== '' || e.lineno <= 0) {
    lines.push(`    ${stripped}`);
    if (caret > 0) {
      // CPython 3.11's print_error_text counts the caret line in the line's UTF-8 bytes, not in
      // characters: each Chinese character before the caret moves it three columns, and a span
      // of them gets three marks each.
      const at = Math.max(0, e.offset - 1);
      const spanned = raw.slice(at, at + caret);
      const offset = Math.max(0, _utf8Length(raw.slice(0, at)) - (raw.length - stripped.length));
      // The tokenizer's error at one character (an invalid character) gets one mark, whatever its width.
      const marks = e.singleCaret ? 1 : _utf8Length(spanned) + caret - spanned.length;
      lines.push(`    ${' '.repeat(offset)}${'^'.repeat(marks)}`);
    }
  } else {
    lines.push('    ');
  }
  lines.push(`${e.kind}: ${e.message}`);
  return `${lines.join('\n')}\n`;
}

function _utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

const _FRAME = /^\s*at (?:async )?(?:(.*?) \()?(.+?):(\d+):(\d+)\)?$/;

function _frameName(name: string | undefined): string {
  if (!name || name === '$module') return '<module>';
  // V8 names an anonymous function of Function()-made code `eval`: in the emitted lines, that is
  // a lambda's arrow (emit.ts names every other function).
  if (name === 'eval') return '<lambda>';
  const parts = name.split('.');
  const short = parts.pop()!;
  // A private method, `Boom._Boom__fail` (emit.ts mangles its name): its frame is `__fail`, as CPython's code name.
  const owner = parts.pop()?.replace(/^_+/, '');
  if (owner && short.startsWith(`_${owner}__`) && !short.endsWith('__')) return pyName(short.slice(owner.length + 1));
  if (short.startsWith('$class_')) return pyName(short.slice('$class_'.length)); // a class body (emit.ts)
  if (short.startsWith('$')) return `<${short.slice(1)}>`;
  if (short === 'anonymous' || short === '<anonymous>') return '<lambda>';
  return pyName(short);
}

/** CPython's "Traceback (most recent call last):" block for an uncaught Python error, with its chain. */
export function formatTraceback(err: unknown, seen = new Set<unknown>()): string {
  return _formatChain(err, seen, false);
}

/**
 * What the traceback and logging modules read of the running program (stdlib/traceback.ts): the
 * traceback of a caught exception, from the handler's frame down as CPython's tb object runs, and
 * the innermost Python frame (a LogRecord's filename, lineno and funcName).
 */
export const PROGRAM_FRAMES: ProgramFrames = {
  formatCaught: (err, chain = true) => {
    if (err === null || err === undefined) return 'NoneType: None\n';
    if (!(err instanceof Error && Object.hasOwn(err, CAUGHT_STACK))) return `${formatException(err)}\n${(noteLines(err) ?? []).map((n) => `${n}\n`).join('')}`;
    return chain ? _formatChain(err, new Set(), true) : _formatOne(err, true);
  },
  caller: () => _pythonFrames(new Error().stack ?? '').at(-1),
  stack: () => _pythonFrames(new Error().stack ?? '').map((f) => `${_frameText(f)}\n`),
};

/**
 * How far into exception groups the traceback is (traceback.py's _ExceptionPrintContext): each
 * level indents its lines two columns more, behind a `|` margin; `needClose` is whether the
 * innermost group's last box still needs its closing line.
 */
interface _GroupContext {
  depth: number;
  needClose: boolean;
}

/** _ExceptionPrintContext.emit: every line indented for the depth, behind the margin (`|`, or `+` for a top group's header). */
function _emit(ctx: _GroupContext, text: string, margin = '|'): string {
  if (ctx.depth === 0) return text;
  const prefix = `${' '.repeat(2 * ctx.depth)}${margin} `;
  const lines = text.split('\n');
  const end = lines.pop()!;
  return lines.map((l) => `${prefix}${l}\n`).join('') + (end === '' ? '' : `${prefix}${end}`);
}

/** `handled`: the exception is shown as the cause or context of another, so it was caught. */
function _formatChain(err: unknown, seen: Set<unknown>, handled: boolean, ctx: _GroupContext = { depth: 0, needClose: false }): string {
  seen.add(err);
  const cause = (err as { __cause__?: unknown } | null)?.__cause__;
  const context = (err as { __context__?: unknown } | null)?.__context__;
  if (cause instanceof Error && !seen.has(cause)) {
    return `${_formatChain(cause, seen, true, ctx)}${_emit(ctx, '\nThe above exception was the direct cause of the following exception:\n\n')}${_formatException(err, seen, handled, ctx)}`;
  }
  if (context instanceof Error && !seen.has(context) && cause === undefined) {
    return `${_formatChain(context, seen, true, ctx)}${_emit(ctx, '\nDuring handling of the above exception, another exception occurred:\n\n')}${_formatException(err, seen, handled, ctx)}`;
  }
  return _formatException(err, seen, handled, ctx);
}

/** CPython's limits on a group's traceback: boxes shown per group (the rest counted). */
const _MAX_GROUP_WIDTH = 15;

/**
 * One exception of a chain: its traceback and line, or a group's (TracebackException.format):
 * `Exception Group Traceback`, then a numbered box for each of its exceptions, each with its own
 * chain. A sub-exception never raised has no traceback, only its line.
 */
function _formatException(err: unknown, seen: Set<unknown>, handled: boolean, ctx: _GroupContext): string {
  const raised = err instanceof Error && !Object.hasOwn(err, NO_TRACEBACK) && (ctx.depth === 0 || Object.hasOwn(err, CAUGHT_STACK));
  if (!(err instanceof BaseExceptionGroup)) {
    if (raised) return _emit(ctx, _formatOne(err, handled));
    const { last } = _formatParts(err, handled);
    return _emit(ctx, last);
  }
  const top = ctx.depth === 0;
  if (top) ctx.depth++;
  let out = '';
  const { frames, last } = _formatParts(err, handled);
  if (raised) out += _emit(ctx, 'Exception Group Traceback (most recent call last):\n', top ? '+' : '|') + _emit(ctx, frames);
  out += _emit(ctx, last);
  const excs = err.exceptions;
  const n = excs.length > _MAX_GROUP_WIDTH ? _MAX_GROUP_WIDTH + 1 : excs.length;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const lastBox = i === n - 1;
    if (lastBox) ctx.needClose = true;
    const truncated = i >= _MAX_GROUP_WIDTH;
    out += `${' '.repeat(2 * ctx.depth)}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`;
    ctx.depth++;
    out += truncated ? _emit(ctx, `and ${excs.length - _MAX_GROUP_WIDTH} more exceptions\n`) : _formatChain(excs[i], seen, true, ctx);
    if (lastBox && ctx.needClose) {
      out += `${' '.repeat(2 * ctx.depth)}+------------------------------------\n`;
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (top) ctx.depth = 0;
  return out;
}

interface _Frame {
  filename: string;
  line: number;
  name: string;
  /** The source line as written (indentation included). */
  source: string | undefined;
  /** The expression that failed in this frame, when the emitter marked it. */
  span: ExprSpan | undefined;
}

/** The Python frames of a JS stack, outermost first. */
function _pythonFrames(stack: string): _Frame[] {
  const frames: _Frame[] = [];
  for (const l of stack.split('\n').slice(1)) {
    const m = _FRAME.exec(l);
    if (!m) continue;
    const reg = _registry.get(m[2]!);
    // `new C`: the implicit constructor of a translated class, no Python frame.
    if (!reg || m[1]?.startsWith('new ')) continue;
    const jsLine = Number(m[3]) - _HEADER_LINES;
    const emitted = reg.lines[jsLine - 1];
    if (!emitted) continue;
    const jsCol = Number(m[4]);
    const span = emitted.spans?.find((sp) => sp.jsCols.includes(jsCol));
    const line = span?.line ?? emitted.pyLine;
    frames.unshift({ filename: reg.filename, line, name: _frameName(m[1]), source: reg.sourceLines[line - 1], span });
  }
  return frames;
}

/**
 * One frame as CPython 3.11 prints it (traceback.StackSummary.format_frame_summary): the line,
 * then `^^^^` under the failing expression unless it is the whole line, with `~` for a BinOp's
 * operands and a Subscript's value. `err` is given for the innermost frame: an AttributeError on
 * a method call points at the attribute, not the call.
 */
function _frameText(f: _Frame, err?: unknown): string {
  let text = `  File "${f.filename}", line ${f.line}, in ${f.name}`;
  const raw = f.source?.replace(/\s+$/, '');
  const stripped = raw?.trim();
  // linecache cannot read `<stdin>`: CPython shows no source line for the REPL's frames, also
  // when a thread's traceback reaches them (threading.excepthook prints it, not the REPL).
  if (!raw || !stripped || f.filename.startsWith('<')) return text;
  text += `\n    ${stripped}`;
  const span = f.span;
  if (!span) return text;
  let { col, endCol } = span;
  let anchors = span.anchors;
  if (span.attr && err instanceof AttributeError && err.attrName === span.attr.name) {
    ({ col, endCol } = span.attr);
    anchors = undefined;
  }
  const indent = raw.length - raw.trimStart().length;
  const showAnchors = anchors !== undefined && anchors[1] - anchors[0] > 0;
  if (endCol - col >= stripped.length && !showAnchors) return text;
  // In columns, as a terminal shows the line (CPython's _display_width): 你 takes two.
  const start = displayWidth(raw.slice(0, col));
  const width = displayWidth(raw.slice(col, endCol));
  let marks = '^'.repeat(width);
  if (anchors && showAnchors) {
    const segment = raw.slice(col, endCol);
    const left = displayWidth(segment.slice(0, anchors[0]));
    const right = displayWidth(segment.slice(0, anchors[1]));
    marks = '~'.repeat(left) + '^'.repeat(right - left) + '~'.repeat(Math.max(0, width - right));
  }
  return `${text}\n    ${' '.repeat(Math.max(0, start - indent))}${marks}`;
}

/**
 * The frames of err's traceback, outermost first: its JS stack's Python frames, from the handler's
 * frame down when it was caught (`handled`), then those of the traceback with_traceback() gave it
 * from another exception (handling.ts tracebackCarried), as CPython chains tb objects.
 */
function _tracebackFrames(err: unknown, handled: boolean, seen = new Set<unknown>()): _Frame[] {
  seen.add(err);
  const own = err as Record<symbol, unknown> | null;
  let frames = _raisedFrames(err, own?.[RERAISED] as Reraise | undefined);
  if (handled) frames = _fromHandler(frames, own?.[CAUGHT_STACK], own?.[CAUGHT_BELOW] === true);
  const carried = err instanceof Error ? tracebackCarried(err) : undefined;
  return carried === undefined || seen.has(carried) ? frames : [...frames, ..._tracebackFrames(carried, true, seen)];
}

/**
 * All the frames an exception's traceback has when `last` is the latest time it was raised again
 * (exceptions.ts RERAISED): that raise's callers (and its own frame, unless it is a bare raise),
 * then the traceback it had before, from the handler that caught it down.
 */
function _raisedFrames(err: unknown, last: Reraise | undefined): _Frame[] {
  if (last !== undefined) {
    const top = _pythonFrames(stackText(last.at) ?? '');
    if (last.bare) top.pop();
    return [...top, ..._fromHandler(_raisedFrames(err, last.previous), last.caughtAt, last.caughtBelow)];
  }
  const stack = err instanceof Error && typeof err.stack === 'string' ? err.stack : '';
  const frames = _pythonFrames(stack);
  const callerStack = stackText((err as Record<symbol, unknown> | null)?.[CALLER_STACK]);
  return frames.length === 0 && callerStack !== undefined ? _pythonFrames(callerStack) : frames;
}

/** The frames of a caught exception's traceback: the handler's frame is the first CPython shows; the ones above it are not in it. */
function _fromHandler(frames: _Frame[], caughtStack: unknown, below: boolean): _Frame[] {
  const caughtAt = stackText(caughtStack);
  if (caughtAt === undefined) return frames;
  const above = _pythonFrames(caughtAt).length - (below ? 0 : 1);
  return above > 0 && above < frames.length ? frames.slice(above) : frames;
}

/**
 * traceback.py's StackSummary.format (and the interpreter's tb_print_internal): a frame met
 * again at once (same file, line and function, as recursion makes them) is printed three times,
 * then `[Previous line repeated N more times]`.
 */
function _collapsed(entries: [_Frame, string][]): string[] {
  const out: string[] = [];
  let last: _Frame | undefined;
  let count = 0;
  const flush = (): void => {
    if (count > 3) out.push(`  [Previous line repeated ${count - 3} more time${count - 3 > 1 ? 's' : ''}]`);
  };
  for (const [f, text] of entries) {
    if (last === undefined || f.filename !== last.filename || f.line !== last.line || f.name !== last.name) {
      flush();
      last = f;
      count = 0;
    }
    count++;
    if (count <= 3) out.push(text);
  }
  flush();
  return out;
}

function _formatOne(err: unknown, handled = false): string {
  const { frames, last } = _formatParts(err, handled);
  return `Traceback (most recent call last):\n${frames}${last}`;
}

/** An exception's traceback lines (`frames`, each File line and its source) and its exception line with the notes under it (`last`). */
function _formatParts(err: unknown, handled: boolean): { frames: string; last: string } {
  const frames = _tracebackFrames(err, handled);
  const texts = _collapsed(frames.map((f, i) => [f, _frameText(f, i === frames.length - 1 ? err : undefined)]));
  const library = (err as Record<symbol, unknown> | null)?.[LIBRARY_FRAMES];
  const head = `${texts.map((t) => `${t}\n`).join('')}${typeof library === 'string' && texts.length > 0 ? library : ''}`;
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
  const notes = noteLines(err);
  return { frames: head, last: `${last}\n${notes === undefined ? '' : notes.map((n) => `${n}\n`).join('')}` };
}

export function createPythonSession(options: PythonSessionOptions): PythonSession {
  return new PythonSession(options);
}
