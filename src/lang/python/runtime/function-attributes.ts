// A Python function's introspection attributes that come from its parameters: __defaults__,
// __kwdefaults__ and a __code__ with the counts CPython's code object has (co_argcount, …).
import { pyRepr } from '../../../socket/format.ts';
import { tuple } from '../../../socket/tuple.ts';
import { BOUND_FUNCTION, PY_DOC, PY_FUNCTION, PY_PARAMS, PY_QUALNAME, PY_RAW, type Params } from './call.ts';
import { addressOf } from './ids.ts';
import { PyDict } from './values.ts';

/** The attributes this file answers. */
export const FUNCTION_ATTRIBUTES = new Set(['__defaults__', '__kwdefaults__', '__code__', '__dict__']);

/** A def's parameters; a bound method's are its function's (inspect.signature reads them). */
export function parametersOf(f: Function): Params | undefined {
  return _params(f);
}

function _params(f: Function): Params | undefined {
  const marks = f as unknown as Record<symbol, unknown>;
  const inner = marks[BOUND_FUNCTION] as Function | undefined;
  if (inner) return _params(inner);
  return marks[PY_FUNCTION] ? (marks[PY_PARAMS] as Params | undefined) : undefined;
}

/** The subset of CPython's code object a program reads: the names and counts of the parameters. */
class PyCode {
  static readonly pyTypeName = 'code';
  constructor(
    readonly co_name: string,
    readonly co_argcount: number,
    readonly co_kwonlyargcount: number,
  ) {}
  readonly co_posonlyargcount = 0;
  [pyRepr](): string {
    return `<code object ${this.co_name} at ${addressOf(this)}>`;
  }
}

const _codes = new WeakMap<Params, PyCode>();

/** `f.name` for one of FUNCTION_ATTRIBUTES, or undefined when f is not a Python function. */
export function functionAttribute(f: Function, name: string): unknown {
  const p = _params(f);
  if (!p) return undefined;
  const values = p.defaultValues?.() ?? {};
  const positional = p.positional.slice(p.positional.length - (p.defaults ?? 0));
  switch (name) {
    // The attributes a program set on the function (f.calls = 0).
    case '__dict__':
      return (f as unknown as Record<symbol, unknown>)[BOUND_FUNCTION] ? undefined : new PyDict(Object.entries(f));
    case '__defaults__':
      return positional.length > 0 && p.defaults ? tuple(...positional.map((n) => values[n])) : null;
    case '__kwdefaults__': {
      const keywords = p.keywordDefaults ?? [];
      return keywords.length > 0 ? new PyDict(keywords.map((n) => [n, values[n]])) : null;
    }
    case '__code__': {
      let code = _codes.get(p);
      const self = p.implicitSelf && !p.noSelf ? 1 : 0;
      if (!code) _codes.set(p, (code = new PyCode(_name(f), p.positional.length + self, p.keywordOnly?.length ?? 0)));
      return code;
    }
  }
  return undefined;
}

function _name(f: Function): string {
  const inner = (f as unknown as Record<symbol, Function | undefined>)[BOUND_FUNCTION];
  return (inner ?? f).name || '<lambda>';
}

/** The attributes of a function that live in socklab's own places, not in its JS properties. */
const _META = new Set(['__name__', '__qualname__', '__doc__']);

/**
 * `f.__name__ = …` (and __qualname__, __doc__): what getattr() reads them from, as a hand-written
 * wrapper or functools.wraps sets them. False for any other name.
 */
export function setFunctionMeta(f: Function, name: string, value: unknown): boolean {
  if (!_META.has(name)) return false;
  if (name === '__doc__') {
    Object.defineProperty(f, PY_DOC, { value, configurable: true });
    return true;
  }
  if (typeof value !== 'string') throw new TypeError(`${name} must be set to a string object`);
  if (name === '__name__') Object.defineProperty(f, 'name', { value, configurable: true });
  else {
    // The inner function too: its argument errors say `Packet.__init__() missing …` (call.ts _label).
    const raw = (f as unknown as Record<symbol, Function | undefined>)[PY_RAW];
    for (const g of raw ? [f, raw] : [f]) Object.defineProperty(g, PY_QUALNAME, { value, configurable: true });
  }
  return true;
}
