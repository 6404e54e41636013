// What the modules' classes and functions share with the Python front end: classes that can be
// called without `new` (Python has no `new`: `threading.Lock()`), the CPython parameter list of
// each function (so a keyword argument can be bound by name), and Python's keywords passed from
// TypeScript as one trailing options object (`new Thread({ target: f, args: [1] })`).
import { QUALIFIED_NAMES } from '../socket/exceptions.ts';
import { pyRepr } from '../socket/format.ts';
import { SOCKET_CALL, type SocketCall } from '../socket/socket.ts';

/** Where a function or class keeps its CPython parameter names, in CPython's order. */
export const PY_PARAMS = Symbol.for('socklab.params');

/**
 * A function's CPython signature: `positional` are the positional-or-keyword parameters in order
 * (the first `positionalOnly` of them cannot be named); `keywordOnly` are the parameters after
 * `*` (or `*args`), which the JS function takes as a trailing options object; `varargs` names a
 * `*args` parameter (the JS function takes those values as rest arguments after `positional`).
 */
export interface PyParams {
  positional: readonly string[];
  positionalOnly?: number;
  varargs?: string;
  keywordOnly?: readonly string[];
}

/**
 * A TypeScript class whose instances Python code may initialize itself: a Python subclass with
 * its own `__init__` constructs the base with this one argument, and the base's `__init__`
 * (reached by `super().__init__(...)`) takes Python's arguments. A class says it accepts this
 * with a static property of this name set to true.
 */
export const DEFERRED_INIT = Symbol.for('socklab.deferredInit');

/**
 * Where such a class's constructor keeps its __init__'s promise when a Python subclass's override
 * made it wait (a socketserver's server_bind written in Python): the Python front end awaits it
 * before the instance is handed out.
 */
export const INIT_PENDING = Symbol.for('socklab.initPending');

/**
 * Marks a mixin written as a function of its base (`ThreadingMixIn(TCPServer)`): Python's
 * `class S(ThreadingMixIn, TCPServer)` becomes `class S extends ThreadingMixIn(TCPServer)`.
 */
export const MIXIN = Symbol.for('socklab.mixin');

/**
 * On a Python class whose bases put such mixins after the server class (`class S(TCPServer,
 * ThreadingMixIn)`): those mixins, which its chain leaves out but isinstance() and __mro__ see.
 */
export const MIXINS_AFTER = Symbol.for('socklab.mixinsAfter');

/** Records `params` on `fn` (a function or a class: for a class, its __init__ without self). */
export function withParams<T extends object>(fn: T, params: PyParams): T {
  Object.defineProperty(fn, PY_PARAMS, { value: params });
  return fn;
}

/** The CPython signature recorded on `fn`, if any (it may come from a base class). */
export function pyParams(fn: unknown): PyParams | undefined {
  if ((typeof fn !== 'function' && typeof fn !== 'object') || fn === null) return undefined;
  return (fn as Record<symbol, PyParams | undefined>)[PY_PARAMS];
}

/**
 * `cls` callable without `new`, as Python's classes are: `Lock()` and `new Lock()` give the same.
 * The result is still the class for `extends` and `instanceof`; `name` is the class's Python name.
 */
export function callableClass<T extends new (...args: never[]) => object>(cls: T, name?: string, qualified?: string): T & ((...args: ConstructorParameters<T>) => InstanceType<T>) {
  // The Python name, for reprs (`<Thread(...)>`) and messages; the JS class may be `_Thread`.
  if (name !== undefined) Object.defineProperty(cls, 'name', { value: name });
  const callable = new Proxy(cls as T & ((...args: ConstructorParameters<T>) => InstanceType<T>), {
    apply(target, _self, args: unknown[]) {
      return Reflect.construct(target, args);
    },
  });
  // `print(socketserver.TCPServer)`: <class 'socketserver.TCPServer'>, the proxy as the class (format.ts).
  if (qualified !== undefined) for (const f of [cls, callable]) (QUALIFIED_NAMES as Map<Function, string>).set(f, qualified);
  return callable;
}

/** A plain `{...}` object: how TypeScript code passes Python's keyword arguments. */
export function isOptions(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || ArrayBuffer.isView(x)) return false;
  if (pyRepr in x) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/**
 * Binds a call of a Python function with defaults to its parameters: positional values in
 * `args`, then, if the last value is a plain object (and not in a slot that takes a dict,
 * `dictSlots`), keyword values by name. CPython's TypeErrors for too many positional values, an
 * unknown keyword or one given twice; `label` is how CPython names the function in them. The
 * parameters past `maxPositional` are keyword-only.
 */
export function bindArguments(
  label: string,
  params: readonly string[],
  args: readonly unknown[],
  dictSlots: readonly number[] = [],
  maxPositional = params.length,
): Record<string, unknown> {
  let positional = args;
  let keywords: Record<string, unknown> = {};
  const last = args.length - 1;
  if (last >= 0 && last <= maxPositional && !dictSlots.includes(last) && isOptions(args[last])) {
    keywords = args[last] as Record<string, unknown>;
    positional = args.slice(0, last);
  }
  if (positional.length > maxPositional) {
    throw new TypeError(`${label} takes from 1 to ${maxPositional + 1} positional arguments but ${positional.length + 1} were given`);
  }
  const bound: Record<string, unknown> = {};
  positional.forEach((v, i) => {
    if (v !== undefined) bound[params[i]!] = v;
  });
  for (const [name, value] of Object.entries(keywords)) {
    if (!params.includes(name)) throw new TypeError(`${label} got an unexpected keyword argument '${name}'`);
    if (positional.length > params.indexOf(name) && positional[params.indexOf(name)] !== undefined) {
      throw new TypeError(`${label} got multiple values for argument '${name}'`);
    }
    if (value !== undefined) bound[name] = value;
  }
  return bound;
}

/**
 * Marks the Promises that `names` (methods of `proto`, or functions of a module object) return
 * as blocking calls, as the socket API marks its own (SOCKET_CALL): the REPL then awaits them
 * where they stand, so `line = f.readline()` or `r, w, x = select.select(...)` blocks as in Python.
 */
export function markBlocking(target: object, names: readonly string[]): void {
  for (const name of names) {
    const original = (target as Record<string, unknown>)[name];
    if (typeof original !== 'function') throw new Error(`markBlocking: ${name} is not a function`);
    const wrapped = {
      [name](this: unknown, ...args: unknown[]): unknown {
        const result: unknown = (original as (...a: unknown[]) => unknown).apply(this, args);
        if (result instanceof Promise && !(SOCKET_CALL in result)) {
          Object.defineProperty(result, SOCKET_CALL, { value: { sock: undefined, method: name } satisfies SocketCall });
        }
        return result;
      },
    }[name]!;
    const params = pyParams(original);
    if (params) withParams(wrapped, params);
    Object.defineProperty(target, name, { value: wrapped, writable: true, configurable: true, enumerable: Object.getOwnPropertyDescriptor(target, name)?.enumerable ?? false });
  }
}
