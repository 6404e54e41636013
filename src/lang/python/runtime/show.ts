// str(), repr() and format() that run a Python class's __str__, __repr__ and __format__, also for
// the instances inside a list, tuple, dict or set (`print([box])`). Those methods are async, the
// socket module's repr() and str() are not: the instances are shown first, each replaced by a
// Shown holding its text, and the container is then printed as any other.
import { pyRepr, repr as baseRepr, str as baseStr } from '../../../socket/format.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { bytes, reprBytes } from '../../../socket/bytes.ts';
import { isTuple, tuple } from '../../../socket/tuple.ts';
import { BOUND_SELF, METATYPE, PY_FUNCTION, boundMethodRepr, invoke, isUserInstance as _isUser } from './call.ts';
import { formatValue } from './format.ts';
import { PyDict, PyFloat, PyFrozenSet, PyIntEnum, PyIntFlag, PySet, strValue } from './values.ts';
import { namedFields, namedTuple, namedType } from '../stdlib/namedtuple.ts';

/** A value Python code has already shown: repr() and str() print its text. */
export class Shown {
  constructor(readonly text: string) {}
  [pyRepr](): string {
    return this.text;
  }
}

/** `x`'s method `name` when it was written in Python. */
function _pyMethod(x: unknown, name: string): Function | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const f = (x as Record<string, unknown>)[name];
  return typeof f === 'function' && (f as unknown as Record<symbol, unknown>)[PY_FUNCTION] ? f : undefined;
}

/**
 * A class's metaclass's method `name`, when the metaclass is a Python class that defines it
 * (`class Meta(type): def __repr__(cls)`): repr(C) and str(C) run it with C as self.
 */
function _metaMethod(x: unknown, name: string): Function | undefined {
  if (typeof x !== 'function') return undefined;
  const meta = (x as unknown as Record<symbol, unknown>)[METATYPE];
  if (typeof meta !== 'function') return undefined;
  return _pyMethod(meta.prototype, name);
}

/** __str__ / __repr__ must return a str (CPython: `__str__ returned non-string (type int)`). */
async function _text(f: Function, x: unknown, name: string): Promise<string> {
  const r = await invoke(f, x, [], undefined);
  if (typeof r !== 'string') throw new TypeError(`${name} returned non-string (type ${pyTypeName(r)})`);
  return r;
}

/** `x` with every instance that has a Python __repr__ replaced by a Shown, at any depth. */
async function _reprReady(x: unknown, seen: Set<object>): Promise<unknown> {
  // A bound method shows its object's repr: `<bound method A.m of A(1)>` with A's __repr__.
  if (typeof x === 'function' && BOUND_SELF in x && _pyMethod((x as unknown as Record<symbol, unknown>)[BOUND_SELF], '__repr__')) {
    return new Shown(boundMethodRepr(x, await toRepr((x as unknown as Record<symbol, unknown>)[BOUND_SELF])));
  }
  const metaRepr = _metaMethod(x, '__repr__');
  if (metaRepr) return new Shown(await _text(metaRepr, x, '__repr__'));
  if (typeof x !== 'object' || x === null) return x;
  const r = _pyMethod(x, '__repr__');
  if (r) return new Shown(await _text(r, x, '__repr__'));
  if (seen.has(x) || !(Array.isArray(x) || x instanceof PyDict || x instanceof PySet)) return x;
  seen.add(x);
  try {
    let changed = false;
    const ready = async (v: unknown): Promise<unknown> => {
      const out = await _reprReady(v, seen);
      if (out !== v) changed = true;
      return out;
    };
    if (Array.isArray(x)) {
      const items: unknown[] = [];
      for (const v of x) items.push(await ready(v));
      if (!changed) return x;
      const fields = namedFields(x);
      if (fields) return namedTuple(pyTypeName(x), fields, items, namedType(x)); // SelectorKey(fileobj=<Box>, …)
      return isTuple(x) ? tuple(...items) : items;
    }
    if (x instanceof PyDict) {
      const entries: [unknown, unknown][] = [];
      for (const [k, v] of x) entries.push([await ready(k), await ready(v)]);
      return changed ? new PyDict(entries) : x;
    }
    const items: unknown[] = [];
    for (const v of x as PySet) items.push(await ready(v));
    if (!changed) return x;
    return x instanceof PyFrozenSet ? new PyFrozenSet(items) : new PySet(items);
  } finally {
    seen.delete(x);
  }
}

/** Python's repr(x). */
export async function toRepr(x: unknown): Promise<string> {
  return baseRepr(await _reprReady(x, new Set()));
}

/** Python's str(x): __str__, else __repr__ (object.__str__), else the builtin's own text. */
export async function toStr(x: unknown): Promise<string> {
  if (typeof x === 'string') return x;
  if (typeof x === 'function') {
    const metaStr = _metaMethod(x, '__str__');
    return metaStr ? _text(metaStr, x, '__str__') : baseStr(await _reprReady(x, new Set()));
  }
  if (typeof x !== 'object' || x === null) return baseStr(x);
  const s = _pyMethod(x, '__str__');
  if (s) return _text(s, x, '__str__');
  if (x instanceof String) return x.valueOf();
  // bytes' own str is its repr (bytes_str), whatever __repr__ a subclass defines.
  if (x instanceof bytes) return reprBytes(x);
  // An IntFlag prints as its repr (re.IGNORECASE); an IntEnum as its int (enum.IntEnum.__str__);
  // a subclass of int as its __repr__ (int's own str is its repr).
  if (x instanceof PyIntFlag) return baseRepr(x);
  if (x instanceof PyIntEnum) return _pyMethod(x, '__repr__') ? toRepr(x) : String(x.value);
  if (x instanceof Error) return baseStr(x);
  return baseStr(await _reprReady(x, new Set()));
}


/** f-string `{value!conv:spec}`, str.format's fields and format(value, spec). */
export async function formatField(value: unknown, conversion: string, spec: string): Promise<string> {
  if (conversion === 'r' || conversion === 'a') return formatValue(await toRepr(value), spec);
  if (conversion === 's' || spec === '') {
    const s = await toStr(value);
    return spec === '' ? s : formatValue(s, spec);
  }
  const f = _pyMethod(value, '__format__');
  if (f) {
    const r = await invoke(f, value, [spec], undefined);
    if (typeof r !== 'string') throw new TypeError(`__format__ must return a str, not ${pyTypeName(r)}`);
    return r;
  }
  // object.__format__ takes only an empty spec.
  if ((_isUser(value) && !_builtinValue(value)) || value instanceof Error) throw new TypeError(`unsupported format string passed to ${pyTypeName(value)}.__format__`);
  return formatValue(strValue(value), spec);
}

/** A subclass of dict, list, int or float formats as its builtin value (int.__format__). */
const _builtinValue = (x: unknown): boolean => Array.isArray(x) || x instanceof PyDict || x instanceof PyIntEnum || x instanceof String || x instanceof PyFloat;

/** Whether showing `x` (or an item of it, one level down) may run a Python __str__ / __repr__. */
export function needsShowing(x: unknown): boolean {
  if (_shownByPython(x)) return true;
  if (Array.isArray(x)) return x.some(_shownByPython);
  if (x instanceof PyDict) {
    for (const v of x.values()) if (_shownByPython(v)) return true;
  }
  return false;
}

/** An instance of a Python class, or a class whose metaclass is one (its __repr__ may be Python's). */
const _shownByPython = (x: unknown): boolean => _isUser(x) || (typeof x === 'function' && METATYPE in x);
