// Python's eval() and exec() builtins (Python/bltinmodule.c): a string (or bytes) of Python,
// translated like any other input and run in a namespace: the caller's (the module's globals, or
// inside a function its variables, which the call site passes: runtime/index.ts callInFrame), or
// the dicts given. eval() takes one expression (leading spaces and tabs stripped) and returns its
// value; exec() runs statements and returns None. Their frames are `File "<string>"`, as CPython's.
import { pyTypeName } from '../../socket/pytype.ts';
import { check } from './check.ts';
import { Emitter, children, pyName, type EmittedLine } from './emit.ts';
import { parse, type SourceInfo } from './parse.ts';
import { native } from './runtime/call.ts';
import type { PyNode as SyntaxNode } from './syntax.ts';
import { PySyntaxError, nameError } from './runtime/exceptions.ts';
import { CLASS_BUILTIN, FRAME_BUILTIN } from './runtime/namespace.ts';
import { setattr } from './runtime/attributes.ts';
import { PyDict, isNone } from './runtime/values.ts';
import { syntaxErrorAt, positionOf } from './syntax-error.ts';
import { userTranslationCache } from './translation-cache.ts';

type Kw = Record<string, unknown> | undefined;

export interface EvalHost {
  /** The session's scope: its globals, then its builtins, then NameError. */
  scope(): object;
  /** The builtins module a globals dict is given as `__builtins__` when it has none. */
  builtinsModule: object;
  builtins: Record<string, unknown>;
  /**
   * Runs emitted lines of `source` (filename `<string>`) with `scope` as its names and `globals`
   * as the names its comprehensions and functions read from module level; the module function's result.
   */
  run(source: string, lines: EmittedLine[], scope: object, globals: object): Promise<unknown>;
}

const _EXPRESSION = 'ExpressionStatement';

/** eval()'s rule: the source is one expression; else CPython's "invalid syntax" where the expression stops. */
function _oneExpression(top: SyntaxNode, info: SourceInfo): void {
  // `a; b` is one StatementGroup of both statements and the `;` between them.
  const statements = children(top).flatMap((n) => (n.name === 'StatementGroup' ? children(n) : [n])).filter((n) => n.name !== 'Comment');
  if (statements.length === 0) throw syntaxErrorAt(info, 'invalid syntax', 0, -1);
  const first = statements[0]!;
  if (first.name !== _EXPRESSION) {
    // `x = 1`, `x += 1`: the caret under the operator; `import os`, `if x:`: under the keyword.
    const op = children(first).find((c) => c.name === 'AssignOp' || c.name === 'UpdateOp');
    const at = positionOf(info, op ? op.from : first.from);
    throw syntaxErrorAt(info, 'invalid syntax', at.line, at.col);
  }
  if (statements.length > 1) {
    let next = first.to;
    while (next < info.source.length && /[ \t]/.test(info.source[next]!)) next++;
    const at = positionOf(info, next);
    throw syntaxErrorAt(info, 'invalid syntax', at.line, at.col);
  }
}

/** From this length on, an exec() source's translation is kept in the translation cache. */
const _CACHED_FROM_CHARS = 16384;

/** Parse → check → emit of eval's or exec's source. Throws its SyntaxError. */
function _compile(source: string, mode: 'eval' | 'exec'): EmittedLine[] {
  // A long exec() source is a library module written in Python (asyncio's 2,000 lines, whose
  // async defs the hand-written parser leaves to Lezer): its translation from an earlier run.
  const cache = mode === 'exec' && source.length >= _CACHED_FROM_CHARS ? userTranslationCache() : undefined;
  const key = cache?.key(source, 'exec-string');
  const cached = key === undefined ? undefined : cache!.get(key);
  if (cached) return cached.lines;
  try {
    const { top, info } = parse(source, '<string>');
    check(top, info);
    if (mode === 'eval') _oneExpression(top, info);
    const emitted = new Emitter(source, { mode, ownNamespace: true }).emit(top);
    if (key !== undefined) cache!.set(key, { js: emitted.lines.map((l) => l.text).join('\n'), lines: emitted.lines, globals: emitted.globals, free: emitted.free });
    return emitted.lines;
  } catch (e) {
    if (e instanceof PySyntaxError) e.atRunTime = true;
    throw e;
  }
}

/** A mapping's value for a name, or undefined: a dict, or any object with the name as a key. */
function _lookup(mapping: unknown, name: string): { value: unknown } | undefined {
  if (mapping instanceof PyDict) return mapping.has(name) ? { value: mapping.get(name) } : undefined;
  if (typeof mapping === 'object' && mapping !== null && Object.hasOwn(mapping, name)) return { value: (mapping as Record<string, unknown>)[name] };
  return undefined;
}

function _store(mapping: unknown, name: string, value: unknown): void {
  if (mapping instanceof PyDict) mapping.set(name, value);
  else (mapping as Record<string, unknown>)[name] = value;
}

/**
 * The names of code run with explicit dicts: locals, then globals, then the builtins (the
 * globals' `__builtins__` if it is a dict or module, else the session's); assignments go to locals.
 */
function _dictScope(globals: PyDict, locals: unknown, host: EvalHost): object {
  const builtinsOf = (): unknown => globals.get('__builtins__') ?? host.builtins;
  // globals() and locals() in the code are the dicts it runs in, as the frame's own are in CPython.
  const own: Record<string, unknown> = { globals: native('globals', () => globals), locals: native('locals', () => locals) };
  return new Proxy(Object.create(null) as object, {
    has: (_t, key) => typeof key === 'string' && key !== 'py' && !key.startsWith('$'),
    get: (_t, key) => {
      if (typeof key !== 'string') return undefined;
      const name = pyName(key);
      const found = _lookup(locals, name) ?? _lookup(globals, name) ?? _lookup(builtinsOf(), name);
      if (found && Object.hasOwn(own, name) && found.value === host.builtins[name]) return own[name];
      if (found) return found.value;
      const names = [...globals.keys()].map(String);
      throw nameError(name, [names, Object.keys(host.builtins)]);
    },
    set: (_t, key, value) => {
      if (typeof key === 'string') _store(locals, pyName(key), value);
      return true;
    },
    // DELETE_NAME: from the locals only, a NameError when they lack it.
    deleteProperty: (_t, key) => {
      if (typeof key !== 'string') return true;
      const name = pyName(key);
      if (_lookup(locals, name) === undefined) throw nameError(name, []);
      if (locals instanceof PyDict) locals.delete(name);
      else delete (locals as Record<string, unknown>)[name];
      return true;
    },
  });
}

/** A function's variables (JavaScript names, unbound ones undefined) in front of the session's scope. */
function _frameScope(variables: Record<string, unknown>, host: EvalHost): object {
  const outer = host.scope() as Record<string, unknown>;
  return new Proxy(variables, {
    has: (_t, key) => typeof key === 'string' && key !== 'py' && !key.startsWith('$'),
    get: (target, key) => {
      if (typeof key !== 'string') return undefined;
      if (Object.hasOwn(target, key) && target[key] !== undefined) return target[key];
      return outer[key];
    },
    set: (target, key, value) => {
      (target as Record<string | symbol, unknown>)[key] = value;
      return true;
    },
    // `del x` in exec() in a function: from the snapshot of its variables, as from CPython's locals dict.
    deleteProperty: (target, key) => {
      if (typeof key !== 'string') return true;
      if (!Object.hasOwn(target, key) || target[key] === undefined) throw nameError(pyName(key), []);
      target[key] = undefined;
      return true;
    },
  });
}

/** The source text: a str, or bytes as UTF-8; CPython's TypeError for anything else. */
function _sourceText(name: 'eval' | 'exec', x: unknown): string {
  if (typeof x === 'string') return x;
  if (x instanceof String) return x.valueOf();
  if (x instanceof Uint8Array) return Buffer.from(x).toString('utf8');
  throw new TypeError(`${name}() arg 1 must be a string, bytes or code object`);
}

/**
 * A class body's namespace in front of the session's scope: a name the body has bound is the
 * class's (LOAD_NAME), an assignment binds a class attribute, as the body's own would.
 */
function _classScope(cls: Function, host: EvalHost): object {
  const outer = host.scope() as Record<string, unknown>;
  const own = cls.prototype as Record<string, unknown>;
  return new Proxy(Object.create(null) as object, {
    has: (_t, key) => typeof key === 'string' && key !== 'py' && !key.startsWith('$'),
    get: (_t, key) => {
      if (typeof key !== 'string') return undefined;
      const name = pyName(key);
      return Object.hasOwn(own, name) ? own[name] : outer[key];
    },
    set: (_t, key, value) => {
      if (typeof key === 'string') setattr(cls, pyName(key), value);
      return true;
    },
    deleteProperty: (_t, key) => {
      if (typeof key !== 'string') return true;
      if (!Object.hasOwn(own, pyName(key))) throw nameError(pyName(key), []);
      delete own[pyName(key)];
      return true;
    },
  });
}

/** The names the code runs in, and its globals (what a comprehension or function in it reads from module level). */
function _namespaces(name: 'eval' | 'exec', a: unknown[], kw: Kw, host: EvalHost, frame: Record<string, unknown> | undefined, cls?: Function): [object, object] {
  const globals = a[1] ?? kw?.globals;
  const locals = a[2] ?? kw?.locals;
  const given = (x: unknown) => x !== undefined && !isNone(x);
  if (given(globals) && !(globals instanceof PyDict)) {
    throw new TypeError(name === 'eval' ? 'globals must be a real dict; try eval(expr, {}, mapping)' : `exec() globals must be a dict, not ${pyTypeName(globals)}`);
  }
  if (given(locals) && (typeof locals !== 'object' || locals === null)) {
    throw new TypeError(name === 'eval' ? 'locals must be a mapping' : `locals must be a mapping or None, not ${pyTypeName(locals)}`);
  }
  if (given(globals)) {
    const g = globals as PyDict;
    if (!g.has('__builtins__')) g.set('__builtins__', host.builtinsModule);
    const globalScope = _dictScope(g, g, host);
    return [given(locals) && locals !== g ? _dictScope(g, locals, host) : globalScope, globalScope];
  }
  if (given(locals)) {
    const g = new PyDict();
    return [_dictScope(g, locals, host), _dictScope(g, g, host)];
  }
  if (cls !== undefined) return [_classScope(cls, host), host.scope()];
  return [frame ? _frameScope(frame, host) : host.scope(), host.scope()];
}

/** eval and exec for one session; each also answers a call inside a function with that function's variables. */
export function evalBuiltins(host: EvalHost): { eval: unknown; exec: unknown } {
  const make = (name: 'eval' | 'exec', frame?: Record<string, unknown>, cls?: Function) => native(name, async (a, kw) => {
    if (a.length === 0 && kw?.source === undefined) throw new TypeError(`${name} expected at least 1 argument, got 0`);
    if (a.length > 3) throw new TypeError(`${name} expected at most 3 arguments, got ${a.length}`);
    let source = _sourceText(name, a[0] ?? kw?.source);
    if (name === 'eval') source = source.replace(/^[ \t]+/, '');
    const [scope, globals] = _namespaces(name, a, kw, host, frame, cls);
    const lines = _compile(source, name);
    const value = await host.run(source, lines, scope, globals);
    return name === 'eval' ? value ?? null : null;
  });
  const builtins = { eval: make('eval'), exec: make('exec') };
  for (const name of ['eval', 'exec'] as const) {
    Object.defineProperty(builtins[name], FRAME_BUILTIN, { value: (variables: Record<string, unknown>) => make(name, variables) });
    Object.defineProperty(builtins[name], CLASS_BUILTIN, { value: (cls: Function) => make(name, undefined, cls) });
  }
  return builtins;
}
