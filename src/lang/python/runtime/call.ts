// Calling in Python's way: keyword arguments bound by name, *args and **kwargs, classes called
// without `new`, bound methods. A Python def is an async JS function carrying its parameter list
// (PY_PARAMS, the same key the TypeScript modules use), so a keyword reaches the right parameter
// whether the callee was written in Python or in TypeScript. Calls into TypeScript get JS values
// (a float as a number, keywords as a trailing options object) and their numbers come back as
// Python's (a fractional number is a float).
import { homeOf } from './homes.ts';
import { DEFERRED_INIT, INIT_PENDING, MIXIN } from '../../../modules/callable.ts';
import { Exception, KeyboardInterrupt } from '../../../socket/exceptions.ts';
import { pyRepr, repr } from '../../../socket/format.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { isTuple, tuple } from '../../../socket/tuple.ts';
import { PyAsyncGenerator, PyCoroutine, PyGenerator, collectSource, isAsyncSource } from './generator.ts';
import { addressOf } from './ids.ts';
import { linearise, prototypeAfter, recordBases } from './mro.ts';
import { libraryFrames } from './library-frames.ts';
import { enterFrame, leaveFrame } from './recursion.ts';
import { Kwargs, PyDict, PyFloat, PyIntEnum } from './values.ts';

/** Where a function keeps its CPython parameter list (shared with src/modules). */
export const PY_PARAMS = Symbol.for('socklab.params');
/** Marks functions translated from Python (their parameters are all positional in JS). */
export const PY_FUNCTION = Symbol.for('socklab.python.function');
/** What calling an object that is not a function calls (a staticmethod object: its function). */
export const CALL_TARGET = Symbol.for('socklab.python.callTarget');
/** Marks classes defined in Python. */
export const PY_CLASS = Symbol.for('socklab.python.class');
/** Marks builtins written for Python: called as fn(args, kwargs) with Python values. */
export const PY_NATIVE = Symbol.for('socklab.python.native');
/** A class's hook run when its subclass's class statement has ended (stdlib/enum.ts: the body's values become members). */
export const CLASS_MADE = Symbol.for('socklab.python.classMade');
/**
 * What calling a class does instead of making an instance: EnumType.__call__ (a member by value),
 * a Python metaclass's own __call__ (metaclass.ts), called with the class first.
 */
export const ENUM_CALL = Symbol.for('socklab.python.enumCall');
/**
 * The type of a class whose type is not `type`: an enum's is enum.EnumType, a class statement's
 * with `metaclass=Meta` is Meta (metaclass.ts). Set on a base class, its subclasses inherit it
 * (JS static inheritance).
 */
export const METATYPE = Symbol.for('socklab.python.metatype');
/** On type's JS class (metaclass.ts TypeBase), so on every metaclass written in Python. */
export const IS_METACLASS = Symbol.for('socklab.python.isMetaclass');
/**
 * On the JS class a Python class extends to subclass a builtin type (builtin-bases.ts): makes the
 * instance, as the type's __new__ does, from the class and the call's arguments.
 */
export const BUILTIN_NEW = Symbol.for('socklab.python.builtinNew');
/** On the same class: the builtin type it stands for (`dict`), as __mro__ and __bases__ name it. */
export const BUILTIN_TYPE = Symbol.for('socklab.python.builtinType');

export interface Params {
  positional: readonly string[];
  /** How many of `positional` (from the end) have defaults. */
  defaults?: number;
  varargs?: string;
  keywordOnly?: readonly string[];
  /** keyword-only parameters that have defaults */
  keywordDefaults?: readonly string[];
  varkw?: string;
  /** A method's: its self is JS `this`, not in `positional`; CPython's argument counts include it. */
  implicitSelf?: boolean;
  /** A method defined without any parameter (`def run():`, self forgotten): spec ['/noself']. */
  noSelf?: boolean;
  /** The defaults' values by parameter name, as the function reads them (__defaults__, __kwdefaults__). */
  defaultValues?: () => Record<string, unknown>;
}

type AnyFunction = (...args: unknown[]) => unknown;
export type NativeFunction = (args: unknown[], kwargs: Record<string, unknown> | undefined) => unknown;

/** A Python function's or class's __qualname__ (`outer.<locals>.inner`, `A.m`). */
export const PY_QUALNAME = Symbol.for('socklab.python.qualname');
/** A def's or class's docstring (`__doc__`), when its body starts with one. */
export const PY_DOC = Symbol.for('socklab.python.doc');

/** __qualname__ of a function or class: the dotted path CPython's compiler gives it, else its name. */
export function qualnameOf(f: Function): string {
  return ((f as unknown as Record<symbol, unknown>)[PY_QUALNAME] as string | undefined) ?? (f.name || '<lambda>');
}

/** A class's __qualname__ (`Handler`, `main.<locals>.Handler`). */
export const classQualname = (cls: Function): string => qualnameOf(cls);

/**
 * Marks `fn` as a Python def with parameter spec `spec` (`['a', 'b=', '*args', 'c=', '**kw']`);
 * `qualname` is its __qualname__ when it is not just its name (`outer.<locals>.inner`, `<lambda>`).
 */
export function def<T extends Function>(fn: T, spec: readonly string[], qualname?: string, doc?: string, defaultValues?: () => Record<string, unknown>): T {
  const params: { positional: string[]; defaults: number; varargs?: string; keywordOnly: string[]; keywordDefaults: string[]; varkw?: string; defaultValues?: () => Record<string, unknown> } = {
    positional: [], defaults: 0, keywordOnly: [], keywordDefaults: [], defaultValues,
  };
  let afterStar = false;
  for (const p of spec) {
    if (p === '/noself') Object.assign(params, { noSelf: true });
    else if (p === '/coroutine' || p === '/asyncgen') continue;
    else if (p.startsWith('**')) params.varkw = p.slice(2);
    else if (p.startsWith('*')) {
      afterStar = true;
      if (p.length > 1) params.varargs = p.slice(1);
    } else {
      const hasDefault = p.endsWith('=');
      const name = hasDefault ? p.slice(0, -1) : p;
      if (afterStar) {
        params.keywordOnly.push(name);
        if (hasDefault) params.keywordDefaults.push(name);
      } else {
        params.positional.push(name);
        if (hasDefault) params.defaults++;
      }
    }
  }
  // TypeScript code (a Thread calling its target) passes Python's keywords as a trailing plain
  // object: the wrapper binds them; Python callers go to the function itself (invoke()).
  // A def whose body yields is a JS async generator function: a call makes the generator object.
  // An `async def` is one too (spec '/coroutine'): a call makes the coroutine object.
  const raw = fn instanceof _AsyncGeneratorFunction ? _generatorFunction(fn, () => qualnameOf(wrapper), spec.includes('/coroutine') ? 'coroutine' : spec.includes('/asyncgen') ? 'asyncgen' : 'generator') : fn as unknown as AnyFunction;
  const wrapper = function (this: unknown, ...args: unknown[]) {
    const last = args[args.length - 1];
    if (args.length > 0 && _isOptions(last)) return _callPython(raw, params, this, args.slice(0, -1), last as Record<string, unknown>);
    return raw.apply(this, args);
  };
  Object.defineProperty(wrapper, PY_PARAMS, { value: params, configurable: true });
  Object.defineProperty(wrapper, PY_FUNCTION, { value: true, configurable: true });
  Object.defineProperty(wrapper, PY_RAW, { value: raw });
  Object.defineProperty(wrapper, 'name', { value: qualname?.slice(qualname.lastIndexOf('.') + 1) ?? fn.name });
  // A def's function is anonymous (emit.ts): its name, for V8's stack frames and so the traceback's `in f`.
  if (fn.name === '') Object.defineProperty(fn, 'name', { value: wrapper.name });
  // On fn too: invoke() calls it directly and its argument errors name it (_label).
  for (const f of new Set([wrapper, fn, raw])) Object.defineProperty(f, PY_QUALNAME, { value: qualname ?? wrapper.name, configurable: true });
  Object.defineProperty(wrapper, pyRepr, { value: () => `<function ${qualnameOf(wrapper)} at ${addressOf(wrapper)}>`, configurable: true });
  if (doc !== undefined) Object.defineProperty(wrapper, PY_DOC, { value: doc, configurable: true });
  return wrapper as unknown as T;
}

/** The inner function of a def's wrapper (the one invoke() calls and whose argument errors name it). */
export const PY_RAW = Symbol('socklab.python.raw');

const _AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor as Function;

/** A generator function's (or coroutine function's) call: its arguments bound now, its body run only as the generator is asked. */
function _generatorFunction(fn: Function, qualname: () => string, kind: 'generator' | 'coroutine' | 'asyncgen'): AnyFunction {
  return function (this: unknown, ...args: unknown[]) {
    const body = fn.apply(this, args) as AsyncGenerator<unknown>;
    if (kind === 'asyncgen') return new PyAsyncGenerator(body, qualname());
    return kind === 'coroutine' ? new PyCoroutine(body, qualname()) : new PyGenerator(body, qualname());
  };
}

function _isOptions(x: unknown): boolean {
  if (typeof x !== 'object' || x === null) return false;
  return Object.getPrototypeOf(x) === Object.prototype;
}

function _callPython(raw: Function, p: Params, self: unknown, args: unknown[], kw: Record<string, unknown> | undefined): unknown {
  if (p.noSelf && p.implicitSelf) {
    const count = args.length + 1;
    throw new TypeError(`${_label(raw)} takes 0 positional arguments but ${count} ${count === 1 ? 'was' : 'were'} given`);
  }
  const simple = kw === undefined && p.varargs === undefined && p.varkw === undefined && (p.keywordOnly ?? []).length === 0
    && args.length <= p.positional.length && args.length >= p.positional.length - (p.defaults ?? 0);
  return Reflect.apply(raw, self, simple ? args : _bindPython(raw, p, args, kw));
}

/** A builtin written for Python's calling convention. */
export function native(name: string, fn: NativeFunction): AnyFunction {
  Object.defineProperty(fn, PY_NATIVE, { value: true });
  Object.defineProperty(fn, 'name', { value: name });
  Object.defineProperty(fn, pyRepr, { value: () => `<built-in function ${name}>`, configurable: true });
  return fn as unknown as AnyFunction;
}

const _params = (f: unknown): Params | undefined => (f as Record<symbol, Params | undefined>)[PY_PARAMS];

/** How CPython's argument errors name a function: its __qualname__ (`Dog.__init__()`, 3.10+). */
function _label(f: Function): string {
  return `${qualnameOf(f)}()`;
}

/** ceval.c's format_missing: 'a', 'a' and 'b', 'a', 'b', and 'c'. */
function _nameList(names: string[]): string {
  const quoted = names.map((m) => `'${m}'`);
  if (quoted.length <= 2) return quoted.join(' and ');
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
}

/**
 * Lays out a Python function's arguments as its JS parameters, with CPython's TypeErrors in the
 * order ceval.c's initialize_locals finds them: keywords first (unexpected, multiple values),
 * then too many positional arguments, then missing positional and keyword-only ones. A method's
 * self is JS `this`, not in `positional`, but CPython counts it.
 */
function _bindPython(f: Function, p: Params, args: unknown[], kw: Record<string, unknown> | undefined): unknown[] {
  const n = p.positional.length;
  const required = n - (p.defaults ?? 0);
  const out: unknown[] = new Array(n).fill(undefined);
  const given = new Array<boolean>(n).fill(false);
  for (let i = 0; i < Math.min(n, args.length); i++) {
    out[i] = args[i];
    given[i] = true;
  }
  const rest = args.slice(n);
  const kwOnly: unknown[] = (p.keywordOnly ?? []).map(() => undefined);
  const kwGiven = new Set<string>();
  const extra = new PyDict();
  for (const [name, value] of Object.entries(kw ?? {})) {
    const i = p.positional.indexOf(name);
    if (i >= 0) {
      if (given[i]) throw new TypeError(`${_label(f)} got multiple values for argument '${name}'`);
      out[i] = value;
      given[i] = true;
      continue;
    }
    const k = (p.keywordOnly ?? []).indexOf(name);
    if (k >= 0) {
      kwOnly[k] = value;
      kwGiven.add(name);
      continue;
    }
    if (p.varkw === undefined) throw new TypeError(`${_label(f)} got an unexpected keyword argument '${name}'`);
    extra.set(name, value);
  }
  if (args.length > n && p.varargs === undefined) {
    // too_many_positional: a signature with defaults is always plural ("from 0 to 1 positional arguments").
    const self = p.implicitSelf ? 1 : 0;
    const takes = required === n ? `${n + self}` : `from ${required + self} to ${n + self}`;
    const plural = required !== n || n + self !== 1;
    const count = args.length + self;
    const keywordOnly = kwGiven.size > 0
      ? ` positional argument${count === 1 ? '' : 's'} (and ${kwGiven.size} keyword-only argument${kwGiven.size === 1 ? '' : 's'})`
      : '';
    throw new TypeError(`${_label(f)} takes ${takes} positional argument${plural ? 's' : ''} but ${count}${keywordOnly} ${count === 1 && !keywordOnly ? 'was' : 'were'} given`);
  }
  const missing = p.positional.slice(0, required).filter((_, i) => !given[i]);
  if (missing.length > 0) {
    throw new TypeError(`${_label(f)} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${_nameList(missing)}`);
  }
  const missingKw = (p.keywordOnly ?? []).filter((k) => !kwGiven.has(k) && !(p.keywordDefaults ?? []).includes(k));
  if (missingKw.length > 0) {
    throw new TypeError(`${_label(f)} missing ${missingKw.length} required keyword-only argument${missingKw.length === 1 ? '' : 's'}: ${_nameList(missingKw)}`);
  }
  if (p.varargs !== undefined) out.push(tuple(...rest));
  out.push(...kwOnly);
  if (p.varkw !== undefined) out.push(extra);
  return out;
}

/** A Python value as TypeScript code expects it: a float as a number, an enum as its int. */
export function toJS(x: unknown): unknown {
  if (x instanceof PyFloat || x instanceof PyIntEnum) return x.value;
  if (x === null) return undefined;
  if (x instanceof String) return x.valueOf();
  // An address: `s.bind((host, port))` with port a float, an enum or an instance of an int or str subclass.
  if (isTuple(x) && x.some((v) => v instanceof PyFloat || v instanceof PyIntEnum || v instanceof String)) return tuple(...x.map((v) => (v === null ? v : toJS(v))));
  return x;
}

/**
 * TypeScript classes and functions that take Python's values as they are (None as null, floats as
 * PyFloat), as exceptions do: where `None` and a missing argument mean different things
 * (io.StringIO(newline=None)).
 */
export const PYTHON_VALUES = new WeakSet<Function>();

/** TypeScript functions that stand for C functions without keyword parameters, with CPython's label for them (`recv()`). */
export const NO_KEYWORDS = new WeakMap<Function, string>();

/** Functions whose JS number result is a Python float even when integral (gettimeout() → 5.0). */
export const FLOAT_RESULTS = new WeakSet<Function>();

function _fromJS(f: Function, r: unknown): unknown {
  if (typeof r === 'number') {
    if (!Number.isInteger(r) || FLOAT_RESULTS.has(f)) return new PyFloat(r);
  }
  return r;
}

const _classCache = new WeakMap<Function, boolean>();
function _isClass(f: Function): boolean {
  let known = _classCache.get(f);
  if (known === undefined) {
    try {
      known = /^class[\s{]/.test(Function.prototype.toString.call(f));
    } catch {
      known = false;
    }
    _classCache.set(f, known);
  }
  return known;
}

/**
 * Calls a TypeScript function with Python's arguments: keywords by name or as an options object.
 * Its result as it comes: a Promise only when the function returned one (a socket call that can
 * block), so that a synchronous method (`s.setsockopt`, `b.decode`) costs no async frame.
 */
export function callJS(f: Function, self: unknown, args: unknown[], kw: Record<string, unknown> | undefined): unknown {
  if (kw !== undefined) {
    const noKeywords = NO_KEYWORDS.get(f) ?? NO_KEYWORDS.get((f as unknown as Record<symbol, Function>)[BOUND_FUNCTION] ?? f);
    if (noKeywords !== undefined && Object.keys(kw).length > 0) {
      // A METH_NOARGS/METH_O method's label is its type's name: `Sock.bind()` on a subclass's instance.
      const owner = self ?? (f as unknown as Record<symbol, unknown>)[BOUND_SELF];
      const label = noKeywords.startsWith('socket.') && owner !== undefined ? `${pyTypeName(owner)}${noKeywords.slice(6)}` : noKeywords;
      throw new TypeError(`${label} takes no keyword arguments`);
    }
  }
  // An exception keeps its arguments as Python gave them: ValueError(2.0).args is (2.0,), not (2,).
  const raw = (f.prototype as unknown) instanceof Error || PYTHON_VALUES.has(f);
  const convert = raw ? (x: unknown) => x : toJS;
  const jsArgs = raw ? [...args] : args.map(toJS);
  if (kw !== undefined && Object.keys(kw).length > 0) {
    const p = _params(f);
    const options: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(kw)) {
      const i = p ? p.positional.indexOf(name) : -1;
      if (i >= 0 && p?.varargs === undefined) {
        while (jsArgs.length < i) jsArgs.push(undefined);
        if (i < jsArgs.length && jsArgs[i] !== undefined) throw new TypeError(`${_label(f)} got multiple values for argument '${name}'`);
        jsArgs[i] = convert(value);
      } else {
        options[name] = convert(value);
      }
    }
    if (Object.keys(options).length > 0) {
      if (p && p.varargs === undefined) while (jsArgs.length < p.positional.length) jsArgs.push(undefined);
      jsArgs.push(options);
    }
  }
  const r = _isClass(f) ? Reflect.construct(f, jsArgs) : Reflect.apply(f, self, jsArgs);
  if (r instanceof Promise) return _settled(f, self, r);
  const v = _fromJS(f, r);
  return v === undefined ? null : v;
}

async function _settled(f: Function, self: unknown, r: Promise<unknown>): Promise<unknown> {
  let settled: unknown;
  try {
    settled = await r;
  } catch (e) {
    throw _withLibraryFrames(_withCallerStack(e), f, self);
  }
  const v = _fromJS(f, settled);
  return v === undefined ? null : v;
}

/**
 * A TypeScript method that takes each argument as the value it is (deque.append, Queue.put):
 * an iterable Python object is appended or put, never collected into a list of its items first
 * (attributes.ts callMethod collects a generator argument for every other TypeScript method).
 */
export const TAKES_VALUES = Symbol.for('socklab.python.takesValues');

/** Marks `f` as TAKES_VALUES says. */
export function takesValues<F extends Function>(f: F): F {
  Object.defineProperty(f, TAKES_VALUES, { value: true });
  return f;
}

/**
 * The TypeScript classes whose constructor iterates an argument at once (deque(gen()),
 * OrderedDict(pairs), Counter(words)): a generator or an iterable Python object is collected
 * into its items before the constructor runs.
 */
export const ITERATES_ARGUMENTS = new WeakSet<Function>();

/** Where an error from a TypeScript call keeps the stack of the Python code that awaited it. */
export const CALLER_STACK = Symbol('socklab.python.callerStack');

/**
 * A socket call's error is made after the kernel answers, in a callback whose stack has no
 * Python frame; the traceback then takes its frames from here, where Python awaited the call.
 */
function _withCallerStack(e: unknown): unknown {
  // Ctrl+C ends a wait with its AbortSignal's reason, one object for every wait it ends: each
  // becomes a KeyboardInterrupt of its own, raised where its own Python line waited.
  const err = e instanceof Error && e.name === 'AbortError' ? new KeyboardInterrupt() : e;
  // An Error, not its stack: formatted only if a traceback reads it (exceptions.ts stackText).
  if (err instanceof Error && !Object.hasOwn(err, CALLER_STACK)) Object.defineProperty(err, CALLER_STACK, { value: new Error(), configurable: true });
  return err;
}

/** Where an error keeps the frames of CPython's socket.py that its traceback shows (library-frames.ts). */
export const LIBRARY_FRAMES = Symbol('socklab.python.libraryFrames');

function _withLibraryFrames(e: unknown, f: Function, self: unknown): unknown {
  const frames = e instanceof Error && !Object.hasOwn(e, LIBRARY_FRAMES) ? libraryFrames(f, self, e) : '';
  if (frames) Object.defineProperty(e, LIBRARY_FRAMES, { value: frames, configurable: true });
  return e;
}

/**
 * How a builtin written for Python awaits a wait of its own (input(), time.sleep()): its error
 * (KeyboardInterrupt on Ctrl+C) is raised at the Python line that called it, as CPython's is.
 */
export async function awaitWait<T>(wait: Promise<T>): Promise<T> {
  try {
    return await wait;
  } catch (e) {
    throw _withCallerStack(e);
  }
}

/** stdlib/abc.ts's check of a class before it is instantiated (a static of abc.ABC, inherited). */
const _ABSTRACT_CHECK = Symbol.for('socklab.python.abstractCheck');

/** Creates an instance of a class defined in Python, running its __init__ (type_call). */
export async function instantiate(cls: Function, args: unknown[], kw: Record<string, unknown> | undefined): Promise<unknown> {
  // A subclass of abc.ABC that still has abstract methods cannot be instantiated (stdlib/abc.ts).
  (cls as unknown as Record<symbol, ((c: Function) => void) | undefined>)[_ABSTRACT_CHECK]?.(cls);
  // A TypeScript base class (threading.Thread, a socketserver handler) gets Python's arguments in
  // its constructor unless the Python class has its own __init__, which then takes them instead
  // (the base is constructed as Base()). Exceptions always keep their arguments as args.
  const ownInit = _pythonInit(cls);
  // A __new__ of the class's own (a singleton, `class Name(str)` changing its value): type_call
  // runs __init__ only when __new__ returned an instance of the class.
  const ownNew = _pythonNew(cls);
  if (ownNew && (cls.prototype instanceof PyObject || (cls as unknown as Record<symbol, unknown>)[BUILTIN_NEW])) {
    const obj = await invoke(ownNew, cls, args, kw);
    const init = obj instanceof cls ? _initOf(cls, obj) : undefined;
    if (typeof init === 'function') await invoke(init, obj, args, kw);
    return obj;
  }
  // A subclass of dict, list, int or str: the type's __new__, then the class's __init__ or the type's.
  const builtinNew = (cls as unknown as Record<symbol, ((c: Function, a: unknown[], k: typeof kw) => unknown) | undefined>)[BUILTIN_NEW];
  if (builtinNew) {
    const obj = (await builtinNew(cls, args, kw)) as Record<string, unknown>;
    await invoke(_initOf(cls, obj), obj, args, kw);
    return obj;
  }
  const jsBase = !(cls.prototype instanceof PyObject) && !(cls.prototype instanceof Error);
  const deferred = (cls as unknown as Record<symbol, unknown>)[DEFERRED_INIT] === true;
  const error = cls.prototype instanceof Error;
  // An exception keeps its arguments as Python gave them (E(2.0).args is (2.0,)).
  const ctorArgs = jsBase && ownInit ? (deferred ? [DEFERRED_INIT] : []) : error ? [...args] : args.map(toJS);
  if (jsBase && !ownInit && kw && Object.keys(kw).length > 0) ctorArgs.push(Object.fromEntries(Object.entries(kw).map(([k, v]) => [k, toJS(v)])));
  const obj = Reflect.construct(cls, ctorArgs) as Record<string, unknown>;
  // An exception's constructor took the arguments (OSError(2, 'nope') its errno and strerror):
  // BaseException.__init__ would only set args again. A TypeScript base's __init__ may wait for
  // the subclass's Python methods it calls (callable.ts INIT_PENDING).
  if ((jsBase || error) && !ownInit) {
    const pending = jsBase ? (obj as Record<symbol, unknown>)[INIT_PENDING] : undefined;
    if (pending !== undefined) await pending;
    return obj;
  }
  // object_new: a class with neither __init__ nor __new__ of its own takes no arguments (a
  // misspelt `def __int__(self, x)` leaves the class with object's).
  if (!ownInit && cls.prototype instanceof PyObject && (args.length > 0 || (kw && Object.keys(kw).length > 0))) {
    throw new TypeError(`${pyTypeName(obj)}() takes no arguments`);
  }
  const init = obj.__init__;
  if (typeof init === 'function') await invoke(init, obj, args, kw);
  return obj;
}

/** The __init__ type_call runs on what __new__ made: a metaclass's made a class, whose own attributes are not its type's. */
const _initOf = (cls: Function, obj: unknown): unknown =>
  (typeof obj === 'function' ? (cls.prototype as Record<string, unknown>).__init__ : (obj as Record<string, unknown>).__init__);

/** The __new__ a Python class (or a Python base of it) defines. */
function _pythonNew(cls: Function): Function | undefined {
  for (let p = cls.prototype as object | null; p && p !== PyObject.prototype; p = Object.getPrototypeOf(p) as object | null) {
    const ctor = (p as { constructor?: Record<symbol, unknown> }).constructor;
    if (!ctor?.[PY_CLASS]) return undefined;
    if (Object.hasOwn(p, '__new__')) return (p as Record<string, Function>).__new__;
  }
  return undefined;
}

/** Whether a Python class (or a Python base of it) defines __init__. */
function _pythonInit(cls: Function): boolean {
  for (let p = cls.prototype as object | null; p && p !== PyObject.prototype; p = Object.getPrototypeOf(p) as object | null) {
    const ctor = (p as { constructor?: Record<symbol, unknown> }).constructor;
    if (!ctor?.[PY_CLASS]) return false;
    if (Object.hasOwn(p, '__init__')) return true;
  }
  return false;
}

/** Python's call `f(*args, **kwargs)` with `self` as JS `this`. */
export async function invoke(f: unknown, self: unknown, args: unknown[], kw: Record<string, unknown> | undefined): Promise<unknown> {
  if (typeof f !== 'function') {
    // An instance of a Python class with __call__.
    const call = (f as { __call__?: unknown } | null)?.__call__;
    if (typeof call === 'function' && (f as { constructor?: Record<symbol, unknown> }).constructor?.[PY_CLASS]) return invoke(call, f, args, kw);
    // A staticmethod object is callable (3.10+): `helper(3)` in the class body that defines it.
    const target = (f as Record<symbol, unknown> | null)?.[CALL_TARGET];
    if (target !== undefined) return invoke(target, self, args, kw);
    throw new TypeError(`'${pyTypeName(f)}' object is not callable`);
  }
  const fn = f as Function & Record<symbol, unknown>;
  if (fn[PY_FUNCTION]) {
    // A function that is not a class's own method, found on the class (`C.__init__ = f`,
    // `__repr__ = helper` in a class body, @dataclass's methods): the object is its first argument.
    if (self !== undefined && isUserInstance(self) && !fn[_PY_METHOD]) return invoke(f, undefined, [self, ...args], kw);
    const raw = (fn[PY_RAW] as Function | undefined) ?? fn;
    // Awaited here, not returned: a returned Promise is adopted a microtask later, and a function
    // that fails right after its first await (`s.settimeout(1)` answers at once) would then raise
    // with no awaiter yet, its traceback cut at its own frame (V8's async stack ends there).
    const task = enterFrame();
    try {
      // A def that ends without `return` gives JS undefined: Python's None, so that
      // `value = f()` then reads as assigned (py.local takes undefined for unbound).
      return (await _callPython(raw, fn[PY_PARAMS] as Params, self, args, kw)) ?? null;
    } finally {
      leaveFrame(task);
    }
  }
  if (fn[PY_NATIVE]) return (fn as unknown as NativeFunction).call(self, args, kw);
  if (fn[PY_CLASS]) {
    const enumCall = fn[ENUM_CALL];
    if (enumCall !== undefined) return invoke(enumCall, undefined, [fn, ...args], kw);
    return instantiate(fn, args, kw);
  }
  if (ITERATES_ARGUMENTS.has(fn) && args.some(isAsyncSource)) {
    return Promise.all(args.map((x) => (isAsyncSource(x) ? collectSource(x) : x))).then((items) => callJS(fn, self, items, kw));
  }
  return callJS(fn, self, args, kw);
}

/** Splits a trailing Kwargs off an argument list. */
function _split(args: unknown[]): [unknown[], Record<string, unknown> | undefined] {
  const last = args[args.length - 1];
  if (last instanceof Kwargs) return [args.slice(0, -1), last.values];
  return [args, undefined];
}

/** `f(a, b, key=v)` is `await py.call(f, a, b, py.kw({ key: v }))`. */
export function call(f: unknown, ...args: unknown[]): Promise<unknown> | unknown {
  const [positional, kw] = _split(args);
  return invoke(f, undefined, positional, kw);
}

/** `f(*xs, **d)`: the keywords of a call, from literal names and ** dicts. */
export function kw(values: Record<string, unknown>, ...dicts: unknown[]): Kwargs {
  const all = { ...values };
  for (const d of dicts) {
    if (!(d instanceof Map)) throw new TypeError(`argument after ** must be a mapping, not ${(d as object)?.constructor?.name ?? typeof d}`);
    for (const [k, v] of d) {
      if (typeof k !== 'string') throw new TypeError('keywords must be strings');
      all[k] = v;
    }
  }
  return new Kwargs(all);
}

/** A method taken off an object: calling it passes the object as self. */
export function bindMethod(f: Function, self: unknown): Function {
  const free = isFreeFunction(f);
  const bound = free
    ? function (this: unknown, ...args: unknown[]) { return f.call(undefined, self, ...args); }
    : function (this: unknown, ...args: unknown[]) { return f.apply(self, args); };
  for (const key of [PY_PARAMS, PY_FUNCTION, PY_NATIVE, PY_QUALNAME, PY_DOC]) {
    let v = (f as unknown as Record<symbol, unknown>)[key];
    // A function bound as a method takes the object as its first parameter: the rest are the call's.
    if (key === PY_PARAMS && free && v) v = { ...(v as Params), positional: (v as Params).positional.slice(1), implicitSelf: true };
    if (v !== undefined) Object.defineProperty(bound, key, { value: v });
  }
  Object.defineProperty(bound, 'name', { value: f.name });
  Object.defineProperty(bound, BOUND_SELF, { value: self });
  Object.defineProperty(bound, BOUND_FUNCTION, { value: f });
  Object.defineProperty(bound, pyRepr, { value: () => boundMethodRepr(bound, repr(self)), configurable: true });
  // `g = s.gettimeout; g()` is 2.0 as s.gettimeout() is.
  if (FLOAT_RESULTS.has(f)) FLOAT_RESULTS.add(bound);
  return bound;
}

/** The object a bound method was read from, and the function it calls. */
export const BOUND_SELF = Symbol.for('socklab.python.boundSelf');
export const BOUND_FUNCTION = Symbol.for('socklab.python.boundFunction');

/**
 * method_repr: `<bound method A.m of <__main__.A object at 0x…>>` given the repr of self, which
 * show.ts computes with a Python __repr__; a builtin's is `<built-in method upper of str object at 0x…>`.
 */
export function boundMethodRepr(bound: Function, selfRepr: string): string {
  const f = (bound as unknown as Record<symbol, Function>)[BOUND_FUNCTION]!;
  const self = (bound as unknown as Record<symbol, unknown>)[BOUND_SELF];
  if ((f as unknown as Record<symbol, unknown>)[PY_NATIVE]) {
    return `<built-in method ${f.name} of ${pyTypeName(self)} object at ${addressOf(typeof self === 'object' && self !== null ? self : f)}>`;
  }
  return `<bound method ${qualnameOf(f)} of ${selfRepr}>`;
}

/**
 * A Python function that is not a class's own method (a lambda or a def assigned in a class body,
 * `f = lambda self: …`): called as a method, the object is its first argument, not its `this`.
 */
export const isFreeFunction = (f: Function): boolean =>
  Boolean((f as unknown as Record<symbol, unknown>)[PY_FUNCTION]) && !(f as unknown as Record<symbol, unknown>)[_PY_METHOD];

const _PY_METHOD = Symbol('socklab.python.method');

/** A method read off a class: self comes first (`Base.__init__(self, x)`). */
export function unboundMethod(f: Function): Function {
  if (isFreeFunction(f)) return f;
  // `A.m is A.m`, as in Python 3 where A.m is the function itself: one wrapper per method.
  let unbound = _unbound.get(f);
  if (!unbound) _unbound.set(f, (unbound = _unboundMethod(f)));
  return unbound;
}

const _unbound = new WeakMap<Function, Function>();

function _unboundMethod(f: Function): Function {
  const p = (f as unknown as Record<symbol, Params | undefined>)[PY_PARAMS];
  const unbound = function (self: unknown, ...args: unknown[]) {
    return f.apply(self, args);
  };
  if ((f as unknown as Record<symbol, unknown>)[PY_FUNCTION] && p) {
    Object.defineProperty(unbound, PY_PARAMS, { value: { ...p, positional: p.noSelf ? p.positional : ['self', ...p.positional], implicitSelf: false } });
    Object.defineProperty(unbound, PY_FUNCTION, { value: true });
  }
  Object.defineProperty(unbound, 'name', { value: f.name });
  // `A.m` is the function itself in Python: the same __qualname__ and address each time.
  for (const key of [PY_QUALNAME, pyRepr, PY_DOC]) {
    const v = (f as unknown as Record<symbol, unknown>)[key];
    if (v !== undefined) Object.defineProperty(unbound, key, { value: v });
  }
  return unbound;
}

/**
 * The module a Python class's repr names: the `__module__` its body set (csv's reader says
 * `_csv`), the library module whose source defined it (homes.ts), else the program's `__main__`.
 */
export function classModule(cls: Function): string {
  const own = Object.getOwnPropertyDescriptor(cls.prototype ?? {}, '__module__')?.value as unknown;
  return typeof own === 'string' ? own : (homeOf(cls) ?? '__main__');
}

/** The root of classes defined in Python without a base; `object()` itself, named 'object' in messages. */
export class PyObject {
  /** object_init: arguments left for it are an error once the class has an __init__ of its own (a cooperative `super().__init__(**kw)`). */
  __init__(args?: unknown[], kw?: Record<string, unknown>): void {
    const excess = (args !== undefined && args.length > 0) || (kw !== undefined && Object.keys(kw).length > 0);
    if (excess && _pythonInit(this.constructor)) throw new TypeError('object.__init__() takes exactly one argument (the instance to initialize)');
  }
}
Object.defineProperty(PyObject.prototype.__init__, PY_NATIVE, { value: true });
// object.__new__(cls), for `super().__new__(cls)` in a class's own __new__.
Object.defineProperty(PyObject.prototype, '__new__', {
  value: native('__new__', (args) => {
    if (typeof args[0] !== 'function') throw new TypeError(`object.__new__(X): X is not a type object (${pyTypeName(args[0])})`);
    return Reflect.construct(args[0], []);
  }),
  writable: true,
  configurable: true,
});
Object.defineProperty(PyObject.prototype, Symbol.for('socklab.pytype'), {
  get(this: object) {
    return this.constructor === PyObject ? 'object' : this.constructor.name;
  },
});

// Exception's __init__, for `super().__init__(message)` in a Python exception class: the builtin
// exception it derives from takes the arguments (OSError's errno and strerror too).
Object.defineProperty(Exception.prototype, '__init__', {
  value: native('__init__', function (this: Exception, args: unknown[]) {
    let base = this.constructor as Function;
    while ((base as unknown as Record<symbol, unknown>)[PY_CLASS]) base = Object.getPrototypeOf(base) as Function;
    const fresh = Reflect.construct(base, args) as Exception;
    for (const k of Object.keys(fresh)) (this as unknown as Record<string, unknown>)[k] = (fresh as unknown as Record<string, unknown>)[k];
    this.args = fresh.args;
    this.message = fresh.message;
  }),
  writable: true,
  configurable: true,
});

/**
 * Whether the program gave a class __getattr__, __getattribute__, __setattr__ or __delattr__ (in
 * its body, or assigned to the class later): until it has, attributes.ts does not look for them
 * on every attribute access.
 */
export let attributeHooksMade = false;
const _ATTRIBUTE_HOOKS = ['__getattr__', '__getattribute__', '__setattr__', '__delattr__'];

/** An attribute `name` was set on a Python class (`A.__getattr__ = f`, `setattr(A, '__setattr__', f)`). */
export function classAttributeSet(name: string): void {
  if (!attributeHooksMade && _ATTRIBUTE_HOOKS.includes(name)) attributeHooksMade = true;
}

/**
 * Python-only views of TypeScript objects' attributes, by prototype (a socket's family as an
 * IntEnum): a Python subclass's prototype has its base's (defineClass).
 */
export const ATTRIBUTE_HOOKS = new Map<object, (obj: object, name: string) => unknown>();
/** Marks a view whose undefined is its answer (a deferred property getter), not "not mine" (super.ts). */
export const ANSWERS_EVERY_NAME = Symbol('socklab.python.answersEveryName');

/** class-namespace.ts CLASS_DEFINED (that module imports this one). */
const _CLASS_DEFINED = Symbol.for('socklab.python.classDefined');

/**
 * Finishes a class written in Python: marks it and records its methods' parameter lists.
 * `docs`: the class's docstring under '', its methods' under their names.
 */
export function defineClass<T extends Function>(cls: T, methods: Record<string, readonly string[]>, qualname = cls.name, docs: Record<string, string> = {}, defaults: Record<string, () => Record<string, unknown>> = {}): T {
  Object.defineProperty(cls, PY_CLASS, { value: true });
  // Its __dict__'s order, until the body's other statements say more (class-namespace.ts).
  Object.defineProperty(cls, _CLASS_DEFINED, { value: methods, configurable: true });
  if (_pendingBases !== undefined && Object.getPrototypeOf(cls) === _pendingBases.chain) recordBases(cls, _pendingBases.bases, _pendingBases.mixinsAfter);
  _pendingBases = undefined;
  const view = ATTRIBUTE_HOOKS.get(Object.getPrototypeOf(cls.prototype) as object);
  if (view !== undefined) ATTRIBUTE_HOOKS.set(cls.prototype as object, view);
  if (!attributeHooksMade && _ATTRIBUTE_HOOKS.some((n) => n in methods)) attributeHooksMade = true;
  // Not inherited: a subclass without a docstring has __doc__ None.
  Object.defineProperty(cls, PY_DOC, { value: docs[''] ?? null });
  if (qualname !== cls.name) Object.defineProperty(cls, PY_QUALNAME, { value: qualname });
  Object.defineProperty(cls, pyRepr, { value: () => `<class '${classModule(cls)}.${qualname}'>`, configurable: true });
  // A class that defines __eq__ but not __hash__ has __hash__ = None: its instances are unhashable.
  if ('__eq__' in methods && !('__hash__' in methods)) Object.defineProperty(cls.prototype, '__hash__', { value: null, writable: true, configurable: true });
  // A private method's attribute is mangled (`_Client__send`, emit.ts); its own name is `__send`.
  const mangled = `_${cls.name.replace(/^_+/, '')}__`;
  for (const [name, spec] of Object.entries(methods)) {
    const own = name.startsWith(mangled) && !name.endsWith('__') ? name.slice(mangled.length - 2) : name;
    // `def constructor(self)` cannot be a JS class's method of that name (emit.ts writes it as
    // `$constructor`): it lives apart, as a shadowing method (_moveShadowing).
    const key = name === 'constructor' ? JS_CONSTRUCTOR_METHOD : name;
    const m = (cls.prototype as Record<string, unknown>)[key];
    if (key !== name) delete (cls.prototype as Record<string, unknown>)[key];
    if (typeof m === 'function') {
      const method = def(m, spec, `${qualname}.${own}`, docs[name], defaults[name]);
      Object.defineProperty(method, _PY_METHOD, { value: true });
      (method as unknown as Record<symbol, Params>)[PY_PARAMS]!.implicitSelf = true;
      if (key !== name) _shadow(cls.prototype as Record<string | symbol, unknown>, name, method);
      else Object.defineProperty(cls.prototype, name, { value: method, writable: true, configurable: true, enumerable: false });
    }
  }
  _moveShadowing(cls);
  return cls;
}

/** The JS name of a Python method called `constructor` (emit.ts), which a JS class cannot have. */
const JS_CONSTRUCTOR_METHOD = '$constructor';

/** Puts a class's method in its table of shadowing methods (PY_SHADOWED), which inherits its base's. */
function _shadow(proto: Record<string | symbol, unknown>, name: string, method: unknown): void {
  if (!Object.hasOwn(proto, PY_SHADOWED)) {
    const table = Object.create((proto[PY_SHADOWED] as object | undefined) ?? null) as object;
    Object.defineProperty(proto, PY_SHADOWED, { value: table, configurable: true });
  }
  (proto[PY_SHADOWED] as Record<string, unknown>)[name] = method;
}

/**
 * The methods of a Python subclass of dict or list that the JS methods of a Map or an array are
 * also called (`get`, `keys`, `pop`, `push`, `sort`): the runtime calls those on the value
 * (`d.get(k)` inside ops.getitem), so the Python ones live apart, under PY_SHADOWED, where only
 * Python's attribute lookup (attributes.ts) finds them.
 */
function _moveShadowing(cls: Function): void {
  let base = Object.getPrototypeOf(cls) as Function | null;
  while (base && (base as unknown as Record<symbol, unknown>)[PY_CLASS]) base = Object.getPrototypeOf(base) as Function | null;
  if (!base || !(base as unknown as Record<symbol, unknown>)[BUILTIN_NEW]) return;
  const proto = cls.prototype as Record<string | symbol, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || name.startsWith('__') || !(name in base.prototype)) continue;
    _shadow(proto, name, proto[name]);
    delete proto[name];
  }
}

/** Where a Python subclass of a builtin keeps its methods named as the builtin's JS ones (_moveShadowing). */
export const PY_SHADOWED = Symbol.for('socklab.python.shadowed');

/** Sets an attribute of an instance under PY_SHADOWED: its class's shadowing methods stay visible behind it. */
export function setShadowed(x: object, name: string, value: unknown): void {
  if (!Object.hasOwn(x, PY_SHADOWED)) {
    const table = Object.create((x as Record<symbol, object | undefined>)[PY_SHADOWED] ?? null) as object;
    Object.defineProperty(x, PY_SHADOWED, { value: table, configurable: true });
  }
  (x as Record<symbol, Record<string, unknown>>)[PY_SHADOWED]![name] = value;
}

/** The method a Python subclass of dict or list defines under a JS method's name, if it does. */
export const shadowingMethod = (x: object, name: string): unknown =>
  ((x as Record<symbol, Record<string, unknown> | undefined>)[PY_SHADOWED] ?? undefined)?.[name];

/**
 * The end of a class statement with bases: its base's CLASS_MADE hook, if it has one, finishes it;
 * then, as type.__new__ does, the __init_subclass__ after it in its MRO runs with the class's keywords.
 */
export async function classMade(cls: Function, kw?: Record<string, unknown>): Promise<void> {
  const hook = (cls as unknown as Record<symbol, unknown>)[CLASS_MADE];
  if (hook !== undefined) await invoke(hook, undefined, [cls], undefined);
  const next = prototypeAfter(cls, cls) as Record<string, unknown> | null;
  const init = next?.__init_subclass__;
  if (init !== undefined && init !== null) {
    // A plain def is an implicit classmethod (the class is its self); `@classmethod` says so itself.
    if (typeof init === 'function') await invoke(init, cls, [], kw);
    else await invoke((init as { __func__?: unknown }).__func__, undefined, [cls], kw);
  } else if (kw !== undefined && Object.keys(kw).length > 0) throw new TypeError(`${cls.name}.__init_subclass__() takes no keyword arguments`);
}

/** The bases of the class statement being made, between base() and its defineClass(). */
let _pendingBases: { chain: Function; bases: Function[]; mixinsAfter?: Function[] } | undefined;

/**
 * The JS base of a Python class statement: `class H(socketserver.BaseRequestHandler)`, or with
 * several bases the chain of its MRO (mro.ts linearise).
 */
export function base(x: unknown, ...more: unknown[]): Function {
  if (more.length === 0) return _base(x);
  // `class S(socketserver.ThreadingMixIn, socketserver.TCPServer)`: the mixin applied to the rest.
  if (_isMixin(x)) {
    const chain = (x as (cls: unknown) => Function)(base(...(more as [unknown])));
    _pendingBases = { chain, bases: [x, ...more] as Function[] };
    return chain;
  }
  // `class S(socketserver.TCPServer, socketserver.ThreadingMixIn)`: CPython's MRO puts the mixin
  // after BaseServer, whose process_request wins, so requests are served one at a time: the
  // server class alone, as here (the mixin adds nothing the server does not define but its thread
  // helpers). __bases__ and __mro__ still name it (mro.ts mixinsAfter).
  if (more.some(_isMixin)) {
    const chain = base(x, ...more.filter((m) => !_isMixin(m)));
    _pendingBases = { chain, bases: [x, ...more] as Function[], mixinsAfter: more.filter(_isMixin) as Function[] };
    return chain;
  }
  const bases = [x, ...more].map(_base);
  const chain = linearise(bases);
  _pendingBases = { chain, bases: [x, ...more] as Function[] };
  return chain;
}

/** socketserver's ThreadingMixIn and ForkingMixIn: functions of the server class here (modules/callable.ts MIXIN). */
const _isMixin = (x: unknown): boolean => typeof x === 'function' && Boolean((x as unknown as Record<symbol, unknown>)[MIXIN]);

function _base(x: unknown): Function {
  if (x === undefined) return PyObject;
  // The class a base stands for: dict's, or typing.Generic for `Generic[T]` (its __mro_entries__).
  const cls = (x as Record<symbol, Function | undefined> | null)?.[Symbol.for('socklab.python.classOf')];
  if (cls) return cls;
  if (typeof x !== 'function') throw new TypeError('bases must be types');
  // A builtin type socklab's classes cannot extend (bool and range cannot in CPython either; the
  // others check.ts refuses by name): CPython's TypeError, not JavaScript's.
  if ((x as unknown as Record<symbol, unknown>)[Symbol.for('socklab.python.typeCheck')]) throw new TypeError(`type '${x.name}' is not an acceptable base type`);
  return x;
}

/** Whether x is an instance of a class written in Python (its special methods answer for it). */
export const isUserInstance = (x: unknown): boolean =>
  typeof x === 'object' && x !== null && Boolean((x as { constructor?: Record<symbol, unknown> }).constructor?.[PY_CLASS]);

/**
 * Whether the Python class of `x` (or `x` itself, an attribute set on it) defines `name`, rather
 * than the builtin type it subclasses: its method answers first (`append`, `__getitem__`).
 */
export function pythonDefines(x: object, name: string): boolean {
  if (Object.hasOwn(x, name) || shadowingMethod(x, name) !== undefined) return true;
  for (let p = Object.getPrototypeOf(x) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    if (!(p as { constructor?: Record<symbol, unknown> }).constructor?.[PY_CLASS]) return false;
    if (Object.hasOwn(p, name)) return true;
  }
  return false;
}

/** A native function's argument `name`, given at position `i` or as a keyword. */
export const argAt = (args: unknown[], kw: Record<string, unknown> | undefined, i: number, name: string): unknown =>
  (i < args.length ? args[i] : kw?.[name]);
