// The runtime the translated code calls as `py.*`: one object per Python session, holding the
// operators, calls and attributes of the other runtime files plus what needs the session
// (globals, imports, the Ctrl+C signal) and the statements' helpers (with, raise, except).
import { b as makeBytes } from '../../../socket/bytes.ts';
import { currentSignal } from '../../../socket/cancel.ts';
import { KeyboardInterrupt } from '../../../socket/exceptions.ts';
import { pyRepr } from '../../../socket/format.ts';
import { isTuple, tuple } from '../../../socket/tuple.ts';
import * as attributes from './attributes.ts';
import { superObject } from './super.ts';
import { LINEARISED } from './mro.ts';
import { classStatementMade } from './metaclass.ts';
import { bindMethod, call, def, defineClass, base, invoke, isFreeFunction, kw, PY_FUNCTION, PY_SHADOWED, unboundMethod } from './call.ts';
import { asPythonError, BaseExceptionGroup, CAUGHT_STACK, caughtHere, ExceptionGroup, matches, NO_TRACEBACK, nameError, reraisedHere, RuntimeError, StopAsyncIteration, UnboundLocalError } from './exceptions.ts';
import { formatField } from './builtins.ts';
import * as dunders from './dunders.ts';
import { derive as deriveGroup, keepMetadata, split as splitGroup, wrapNaked } from './exception-group.ts';
import { AsyncGenStep, AsyncGenValue, awaitable, genexp, PyAsyncGenerator, PyCoroutine } from './generator.ts';
import { raisedTraceback, endHandling, handledException, startHandling } from './handling.ts';
import * as ops from './ops.ts';
import { ELLIPSIS, PyDict, PyFloat, PySet, PySlice, isNone } from './values.ts';
import { CLASS_BUILTIN, FRAME_BUILTIN, LOCALS_BUILTIN } from './namespace.ts';
import { classBound, classDefined, classNamespace } from './class-namespace.ts';
import { mappingItems } from './mapping.ts';
import { matchClass, matchMapping, matchRest, matchSequence } from './match.ts';
import { moment, performanceAt } from '../../../clock.ts';

/**
 * An exception class's own __str__ gives the message of its traceback's last line (`E: custom`):
 * the traceback is printed synchronously, so the text is taken when the exception is raised.
 */
async function _ownMessage(err: Error): Promise<void> {
  const f = dunders.userMethod(err, '__str__');
  if (!f) return;
  try {
    const text = await invoke(f, err, [], undefined);
    if (typeof text === 'string') err.message = text;
  } catch {
    // A failing __str__: CPython prints <exception str() failed>; the args stay the message here.
  }
}

/**
 * _PyObject_FunctionStr: how CPython's call errors name the callee, `__main__.C.m()`, `print()`
 * (a builtin's module is left out). `callee` gives the function (a method read again off its
 * object); if that fails, the error has no name before "argument".
 */
function _functionStr(callee: () => unknown): string | undefined {
  try {
    const f = callee();
    const qualname = attributes.getattr(f, '__qualname__');
    if (typeof qualname !== 'string') return undefined;
    const module = attributes.getattr(f, '__module__');
    return typeof module === 'string' && module !== 'builtins' ? `${module}.${qualname}` : qualname;
  } catch {
    return undefined;
  }
}

/** A method of a TypeScript class's (contextlib's async context managers): a native function on its prototype. */
function _nativeMethod(x: unknown, name: string): Function | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const f = (x as Record<string, unknown>)[name];
  return typeof f === 'function' && (f as unknown as Record<symbol, unknown>)[Symbol.for('socklab.python.native')] ? f : undefined;
}

/** The end of an `async for` (py.anext). */
const _DONE = Symbol('socklab.python.asyncForDone');

/** `yield*` over an iterator that is not itself iterable (JS's yield* asks for [Symbol.asyncIterator]). */
function _delegate(it: AsyncIterator<unknown>): AsyncIterable<unknown> {
  return Symbol.asyncIterator in it ? it as AsyncIterable<unknown> : { [Symbol.asyncIterator]: () => it };
}

/** py.kw and py.kwFor: the ** mappings' items merged into the keywords, deferred while a Python keys() runs. */
function _kw(callee: (() => unknown) | undefined, values: Record<string, unknown>, dicts: unknown[]): ReturnType<typeof kw> | undefined {
  const merged = dicts.map((d) => mappingItems(d, () => {
    const name = callee === undefined ? undefined : _functionStr(callee);
    return new TypeError(`${name === undefined ? '' : `${name}() `}argument after ** must be a mapping, not ${ops.typeName(d)}`);
  }));
  const made = (all: [unknown, unknown][][]): ReturnType<typeof kw> => {
    // ceval's DICT_MERGE: a name given twice, by name and by a mapping or by two mappings.
    const seen = new Set(Object.keys(values));
    for (const items of all) {
      for (const [k] of items) {
        if (typeof k !== 'string') continue;
        if (seen.has(k)) {
          const name = callee === undefined ? undefined : _functionStr(callee);
          throw new TypeError(`${name === undefined ? '' : `${name}() `}got multiple values for keyword argument '${k}'`);
        }
        seen.add(k);
      }
    }
    return kw(values, ...all.map((m) => new PyDict(m)));
  };
  if (!merged.some((m) => m instanceof Promise)) return made(merged as [unknown, unknown][][]);
  return dunders.defer(Promise.all(merged).then(made));
}

/** What an aborted program raises: Ctrl+C's KeyboardInterrupt, or what its signal handler raised (stdlib/signal.ts). */
function _interruption(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  if (!(reason instanceof Error) || reason.name === 'AbortError') return new KeyboardInterrupt();
  // Raised once (stdlib/signal.ts's ProgramSignal): the program may catch it and go on.
  (signal as { consumed?: () => void }).consumed?.();
  return reason;
}

/** What the runtime needs from its session. */
export interface RuntimeHost {
  globals: Record<string, unknown>;
  importModule: (name: string) => Promise<unknown>;
  /** The value of an expression statement in 'single' mode. */
  display: (value: unknown) => void;
  signal?: () => AbortSignal | undefined;
  /** A warning's lines for stderr (warnings.showwarning's), where `line` is in the program's file. */
  warn?: (category: string, message: string, line: number, text: string) => void;
}

/** How often a loop gives the event loop a turn, in ms: often enough for Ctrl+C and peers. */
const _TICK_MS = 4;

export function createRuntime(host: RuntimeHost) {
  // The runtime's birth on performance.now()'s scale at the first loop check (src/clock.ts).
  const made = moment();
  let lastTurn: number | undefined;
  const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  const py = {
    ...ops,
    // The operators that a Python class's dunder methods can answer (see dunders.ts).
    truthy: dunders.truthy, eq: dunders.eq, ne: dunders.ne, lt: dunders.lt, le: dunders.le, gt: dunders.gt, ge: dunders.ge,
    contains: dunders.contains, getitem: dunders.getitem, setitem: dunders.setitem, delitem: dunders.delitem,
    neg: dunders.neg, pos: dunders.pos, invert: dunders.invert,
    add: dunders.add, sub: dunders.sub, isub: dunders.isub, mul: dunders.mul, truediv: dunders.truediv, floordiv: dunders.floordiv, mod: dunders.mod, pow: dunders.pow,
    bitor: dunders.bitor, bitand: dunders.bitand, bitxor: dunders.bitxor,
    iadd: dunders.iadd, iter: dunders.iter, dunder: dunders.dunder,
    unpack: dunders.unpack, unpackStarred: dunders.unpackStarred, iterUnpack: dunders.iterUnpack, spread: dunders.spread,
    getattr: attributes.getattr,
    setattr: (o: unknown, n: string, v: unknown): true | undefined => attributes.setattr(o, n, v),
    delattr: attributes.delattr,
    /** `name: T` in a class body: T in the class's own __annotations__ (emit.ts _classAnnotation). */
    annotate(cls: Function, name: string, value: unknown): void {
      let d = Object.hasOwn(cls, '__annotations__') ? (cls as unknown as Record<string, unknown>).__annotations__ : undefined;
      if (!(d instanceof PyDict)) {
        d = new PyDict();
        Object.defineProperty(cls, '__annotations__', { value: d, writable: true, configurable: true });
      }
      (d as PyDict).set(name, value);
    },
    callMethod: attributes.callMethod,
    superMethod: attributes.superMethod,
    superAttribute: attributes.superAttribute,
    inPlace: ops.inPlace,
    /** Where a class keeps its methods named as JS ones (`super[py.SHADOWED]`, emit.ts _super). */
    SHADOWED: PY_SHADOWED,
    /** On an instance whose class has several bases somewhere: super() follows its MRO (emit.ts _super). */
    LINEARISED,
    call,
    invoke,
    def,
    defineClass,
    classMade: classStatementMade,
    base,
    bindMethod,
    matches,

    float: (v: number): PyFloat => new PyFloat(v),
    Ellipsis: ELLIPSIS,
    b: (latin1: string) => makeBytes(Buffer.from(latin1, 'latin1')),
    tuple: (...items: unknown[]) => tuple(...items),
    dict: dunders.dict,
    set: dunders.set,
    genexp,
    matchSequence, matchMapping, matchRest, matchClass,
    /**
     * `{8, 16, 1, 9}`: the frozenset constant CPython's compiler makes, built twice (from the items,
     * then from its own iteration, as merge_consts_recursive rebuilds it), merged into a new set.
     */
    constantSet: (items: unknown[]): PySet => new PySet(new PySet([...new PySet(items)])),
    slice: (a: unknown, b: unknown, c: unknown) => new PySlice(a, b, c),
    /** `{**d}`: d's items (mapping.ts), or undefined while a Python keys() or __getitem__ runs. */
    items: (d: unknown): [unknown, unknown][] | undefined => {
      const items = mappingItems(d, () => new TypeError(`'${ops.typeName(d)}' object is not a mapping`));
      return items instanceof Promise ? dunders.defer(items) : items;
    },
    /** `f(a=1, **d)`: the keyword arguments, or undefined while a mapping's Python methods run. */
    kw: (values: Record<string, unknown>, ...dicts: unknown[]): ReturnType<typeof kw> | undefined => _kw(undefined, values, dicts),
    /** `f(**d)` where the callee is known (emit.ts): its TypeErrors name it, `__main__.f() argument after ** …`. */
    kwFor: (callee: () => unknown, values: Record<string, unknown>, ...dicts: unknown[]): ReturnType<typeof kw> | undefined => _kw(callee, values, dicts),
    /** `f(*x)` where the callee is known (emit.ts): `__main__.f() argument after * must be an iterable, not int`. */
    spreadFor: (x: unknown, callee: () => unknown): Iterable<unknown> | undefined => dunders.spread(x, () => _functionStr(callee)),
    format: (value: unknown, spec = '', conversion = ''): Promise<string> => formatField(value, conversion, spec),

    /**
     * A loop's check at the top of every round (`if (py.due()) await py.turn();`): raises
     * KeyboardInterrupt when cancelled, and says whether other tasks (sockets, timers, Ctrl+C) are
     * due a turn, every few ms. A round that is not due awaits nothing: an await costs a microtask.
     */
    due(): boolean {
      const signal = host.signal?.() ?? currentSignal();
      if (signal?.aborted) throw _interruption(signal);
      const now = performance.now();
      lastTurn ??= performanceAt(made);
      if (now - lastTurn < _TICK_MS) return false;
      lastTurn = now;
      return true;
    },
    turn,

    /** An error caught by `except`, as the Python error it is; the block handles it until py.handled(). */
    caught: (e: unknown): unknown => startHandling(caughtHere(asPythonError(e))),
    handled: endHandling,

    /** An error raised inside an except block that handles `handled`: CPython's implicit chaining. */
    /** `except* T`: the part of `rest` that T matches and what is left (a naked exception that matches, in a group of its own). */
    async starSplit(rest: unknown, types: unknown): Promise<[unknown, unknown]> {
      if (rest === null) return [null, null];
      const isType = (c: unknown): boolean => typeof c === 'function' && (c.prototype instanceof Error || c === Error);
      if (!isType(types) && !(isTuple(types) && types.every(isType))) throw new TypeError('catching classes that do not inherit from BaseException is not allowed');
      const list = isTuple(types) ? types : [types];
      if (list.some((t) => t === BaseExceptionGroup || (t as Function).prototype instanceof BaseExceptionGroup)) {
        throw new TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
      }
      if (!(rest instanceof BaseExceptionGroup)) return matches(rest, types) ? [wrapNaked(rest as Error), null] : [null, rest];
      return splitGroup(rest, (x) => matches(x, types));
    },
    /** What an except* handler's body raised: chained to the part it handled, its traceback kept from here. */
    starRaised(e: unknown, handled: unknown): unknown {
      return caughtHere(this.duringHandling(e, handled));
    },
    /**
     * The end of the except* handlers (_PyExc_PrepReraiseStar): `excs` is what each handler raised
     * and the part none took (null for none). The original's parts raised again keep its shape;
     * new exceptions join them in a group of their own.
     */
    starReraise(orig: unknown, excs: unknown[]): unknown {
      const present = excs.filter((x) => x !== null && x !== undefined);
      if (present.length === 0) return null;
      if (!(orig instanceof BaseExceptionGroup)) return present[0];
      const raised: unknown[] = [];
      const leaves = new Set<unknown>();
      const addLeaves = (x: unknown): void => {
        if (x instanceof BaseExceptionGroup) x.exceptions.forEach(addLeaves);
        else leaves.add(x);
      };
      for (const x of present) {
        if (x instanceof BaseExceptionGroup && x.stack === orig.stack) addLeaves(x);
        else raised.push(x);
      }
      const project = (x: unknown): unknown => {
        if (!(x instanceof BaseExceptionGroup)) return leaves.has(x) ? x : null;
        const kept = x.exceptions.map(project).filter((y) => y !== null);
        if (kept.length === x.exceptions.length) return x;
        return kept.length === 0 ? null : keepMetadata(x, deriveGroup(x, kept));
      };
      const reraised = project(orig);
      if (raised.length === 0) return reraised;
      if (reraised !== null) raised.push(reraised);
      if (raised.length === 1) return raised[0];
      return Object.defineProperty(new ExceptionGroup('', raised), NO_TRACEBACK, { value: true });
    },
    duringHandling(e: unknown, handled: unknown): unknown {
      const err = asPythonError(e);
      if (err instanceof Error && err !== handled && !Object.hasOwn(err, '__context__')) {
        Object.defineProperty(err, '__context__', { value: handled, configurable: true });
      }
      return err;
    },

    /** `raise X` / `raise X from Y`: a class is instantiated; anything else must be an exception. */
    async raise(exc: unknown, cause?: unknown, context?: unknown): Promise<unknown> {
      let err = exc;
      if (typeof exc === 'function') err = await invoke(exc, undefined, [], undefined);
      if (!(err instanceof Error)) return new TypeError('exceptions must derive from BaseException');
      // CPython's traceback starts where the exception is raised, not where it was made
      // (`e = ValueError(); ...; raise e`, an exception a helper function returns): an instance
      // never raised before takes the raise's stack. One raised and caught before keeps its own.
      if (exc === err && !Object.hasOwn(err, CAUGHT_STACK)) Error.captureStackTrace(err);
      else reraisedHere(err, false);
      await _ownMessage(err);
      if (cause !== undefined) Object.defineProperty(err, '__cause__', { value: cause, configurable: true });
      // Raised inside an except block: CPython chains the handled exception as __context__.
      if (context !== undefined && context !== err) Object.defineProperty(err, '__context__', { value: context, configurable: true });
      return err;
    },
    /** A name read in a class body: the class's own once the body has set it (LOAD_NAME), else the enclosing one. */
    classLocal(cls: Function, name: string, outer: () => unknown): unknown {
      const own = cls.prototype as Record<string, unknown>;
      if (!Object.hasOwn(own, name)) return outer();
      // A def of the body so far is a plain function there (`VALUE = _helper(3)`): called with
      // its own arguments, not as a method whose first parameter is the instance.
      const v = own[name];
      return typeof v === 'function' && !isFreeFunction(v) && (v as unknown as Record<symbol, unknown>)[PY_FUNCTION] ? unboundMethod(v) : v;
    },
    /** `del x` in a class body: the name goes from the class being made (a NameError when it has none). */
    delClassLocal(cls: Function, name: string): void {
      const own = cls.prototype as Record<string, unknown>;
      if (!Object.hasOwn(own, name)) throw nameError(name, []);
      delete own[name];
    },
    /** `x += 1` on a local never assigned: CPython's UnboundLocalError. */
    local(value: unknown, name: string): unknown {
      if (value === undefined) throw new UnboundLocalError(`cannot access local variable '${name}' where it is not associated with a value`);
      return value;
    },
    /** A bare `raise` outside any except block of its function: the thread's handled exception, as CPython's RERAISE. */
    reraise(): unknown {
      const err = handledException();
      if (err === undefined || err === null) return new RuntimeError('No active exception to reraise');
      if (err instanceof Error) reraisedHere(err, true);
      return err;
    },

    /** `with cm as x:` — __enter__ (or a socket's own context), then __exit__ on the way out. */
    async enter(cm: unknown): Promise<unknown> {
      const enter = (cm as Record<string, unknown> | null)?.__enter__;
      if (typeof enter === 'function') return invoke(enter, cm, [], undefined);
      if (cm && typeof (cm as Record<symbol, unknown>)[Symbol.dispose] === 'function') return cm;
      throw new TypeError(`'${ops.typeName(cm)}' object does not support the context manager protocol`);
    },
    async exit(cm: unknown, err: unknown): Promise<boolean> {
      const exit = (cm as Record<string, unknown>).__exit__;
      if (typeof exit === 'function') {
        const args = err === null ? [null, null, null] : [(err as object).constructor, err, raisedTraceback(err)];
        return ops.truthy(await invoke(exit, cm, args, undefined));
      }
      (cm as { [Symbol.dispose]: () => void })[Symbol.dispose]();
      return false;
    },

    // The coroutine protocol: an async def's body is a JS async generator, and each of these is
    // one too, run by `yield*` so the Future the awaited object yields reaches the Task stepping
    // the coroutine (runtime/generator.ts PyCoroutine, stdlib/asyncio.ts).
    /** `await x`: x's __await__ (a coroutine is its own), run to its end; its value. */
    async *await(x: unknown): AsyncGenerator<unknown, unknown, unknown> {
      return (yield* _delegate(await awaitable(x))) ?? null;
    },
    /** `async with cm as x:` — the awaited result of __aenter__. */
    async *aenter(cm: unknown): AsyncGenerator<unknown, unknown, unknown> {
      const enter = dunders.userMethod(cm, '__aenter__') ?? _nativeMethod(cm, '__aenter__');
      if (!enter || !(dunders.userMethod(cm, '__aexit__') ?? _nativeMethod(cm, '__aexit__'))) throw new TypeError(`'${ops.typeName(cm)}' object does not support the asynchronous context manager protocol`);
      return (yield* _delegate(await awaitable(await invoke(enter, cm, [], undefined)))) ?? null;
    },
    /** The way out of `async with`: whether the awaited __aexit__ swallows the exception. */
    async *aexit(cm: unknown, err: unknown): AsyncGenerator<unknown, boolean, unknown> {
      const exit = (dunders.userMethod(cm, '__aexit__') ?? _nativeMethod(cm, '__aexit__'))!;
      const args = err === null ? [null, null, null] : [(err as object).constructor, err, raisedTraceback(err)];
      const result = yield* _delegate(await awaitable(await invoke(exit, cm, args, undefined)));
      return ops.truthy(result ?? null) ?? ((await dunders.dunder()) as boolean);
    },
    /** `async for x in it:` — it.__aiter__(). */
    async aiter(it: unknown): Promise<unknown> {
      if (it instanceof PyAsyncGenerator) return it;
      const aiter = dunders.userMethod(it, '__aiter__');
      if (!aiter) throw new TypeError(`'async for' requires an object with __aiter__ method, got ${ops.typeName(it)}`);
      const iterator = await invoke(aiter, it, [], undefined);
      if (!(iterator instanceof PyAsyncGenerator) && !dunders.userMethod(iterator, '__anext__')) throw new TypeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${ops.typeName(iterator)}`);
      return iterator;
    },
    /** The next item of an `async for`: the awaited __anext__(), or py.DONE at StopAsyncIteration. */
    async *anext(iterator: unknown): AsyncGenerator<unknown, unknown, unknown> {
      const step = iterator instanceof PyAsyncGenerator ? new AsyncGenStep(iterator, { send: null }, 'async_generator_asend')
        : await invoke(dunders.userMethod(iterator, '__anext__')!, iterator, [], undefined);
      try {
        return (yield* _delegate(await awaitable(step))) ?? null;
      } catch (e) {
        if (e instanceof StopAsyncIteration) return _DONE;
        throw e;
      }
    },
    DONE: _DONE,
    /** `(x async for x in it)` (or one that awaits): an async generator object over the body; `first` is the first iterable's iterator. */
    agenexp(body: (first: unknown) => AsyncGenerator<unknown>, first: unknown, qualname: string): PyAsyncGenerator {
      return new PyAsyncGenerator(body(first), qualname);
    },
    /** `yield v` in an async generator: v marked as its item (not a Future for the Task). */
    agenValue(v: unknown): AsyncGenValue {
      return new AsyncGenValue(v);
    },
    /** An expression statement's value, dropped: a coroutine never started is CPython's RuntimeWarning (at its dealloc). */
    dropped(value: unknown, line: number, text: string): void {
      if (value instanceof PyCoroutine && !value.started) host.warn?.('RuntimeWarning', `coroutine '${value.qualname}' was never awaited`, line, text);
    },

    /** `import a.b as c` (whole) is the module a.b; `import a.b` loads a.b and is the package a. */
    async importModule(name: string, whole = false): Promise<unknown> {
      const m = await host.importModule(name);
      const dot = name.indexOf('.');
      return whole || dot < 0 ? m : host.importModule(name.slice(0, dot));
    },
    async importFrom(name: string, attr: string): Promise<unknown> {
      const m = await host.importModule(name);
      try {
        return attributes.getattr(m, attr);
      } catch {
        const { ImportError } = await import('./exceptions.ts');
        throw new ImportError(`cannot import name '${attr}' from '${name}' (unknown location)`);
      }
    },
    async importStar(name: string): Promise<void> {
      const m = (await host.importModule(name)) as Record<string, unknown>;
      const all = m.__all__ as string[] | undefined;
      for (const key of all ?? Object.keys(m)) {
        if (!key.startsWith('_')) host.globals[key] = m[key];
      }
    },
    /** A global read in eval()'s or exec()'s code (emit.ts ownNamespace): from the namespace given as its globals. */
    globalName(globals: Record<string, unknown>, name: string): unknown {
      return globals[name];
    },
    delglobal(name: string): void {
      if (!Object.hasOwn(host.globals, name)) throw nameError(name, []);
      delete host.globals[name];
    },
    /** The end of `except E as x:` at module level: CPython's `x = None; del x`, which never fails. */
    unbindGlobal(name: string): void {
      delete host.globals[name];
    },
    displayhook(value: unknown): void {
      if (!isNone(value)) host.display(value);
    },
    /** `locals()` in a function: the builtin answers with the variables the call site passes. */
    /**
     * `eval(…)` or `exec(…)` in a function: the builtin is given the function's variables (a
     * snapshot, as CPython's frame locals are to exec); any other callee is just called.
     */
    callInFrame(f: unknown, variables: Record<string, unknown>, ...args: unknown[]): unknown {
      const inFrame = (f as Record<symbol, ((v: Record<string, unknown>) => unknown) | undefined> | null)?.[FRAME_BUILTIN];
      return call(inFrame ? inFrame(variables) : f, ...args);
    },
    /** `eval(…)` or `exec(…)` in a class body: the builtin is given the class, whose namespace it reads and writes. */
    callInClass(f: unknown, cls: Function, ...args: unknown[]): unknown {
      const inClass = (f as Record<symbol, ((c: Function) => unknown) | undefined> | null)?.[CLASS_BUILTIN];
      return call(inClass ? inClass(cls) : f, ...args);
    },
    callLocals(f: unknown, variables: Record<string, unknown>): unknown {
      const answer = (f as Record<symbol, ((v: Record<string, unknown>) => unknown) | undefined> | null)?.[LOCALS_BUILTIN];
      return answer ? answer(variables) : call(f);
    },
    /**
     * `locals()`, `vars()` or `dir()` in a class body: the class's namespace (class-namespace.ts),
     * whose names are `bound`, the names the body has bound before this statement, and what it
     * binds later (py.classBound); dir() is its sorted keys then. Any other callee is just called.
     */
    callClassLocals(f: unknown, cls: Function, bound: string[]): unknown {
      const builtin = f as Record<symbol, unknown> | null;
      if (!builtin?.[LOCALS_BUILTIN]) return call(f);
      const ns = classNamespace(cls, bound);
      return (f as Function).name === 'dir' ? [...ns.keys()].sort() : ns;
    },
    /** A class body whose namespace was asked for has got this far: these names are bound. */
    classBound,
    /** A class body has run, binding these names in this order (its __dict__'s). */
    classDefined,
    /** `super()` as a value, and `super(B, self)` (super.ts). */
    superObject,
    /** A zero-argument super() where CPython finds no __class__ cell or no first argument: its RuntimeError. */
    superUnavailable(why: string): never {
      throw new RuntimeError(`super(): ${why}`);
    },
  };
  return py;
}

export type Runtime = ReturnType<typeof createRuntime>;
