// Python's attribute access: `obj.name` on socklab's values, with the str, bytes, list, dict and
// set methods a socket program calls, and CPython 3.11's AttributeError texts (the `Did you mean`
// line is added by the traceback, as CPython does).
import { isMapping, mappingItems } from './mapping.ts';
import { b as makeBytes, bytes } from '../../../socket/bytes.ts';
import { Exception, OSError, QUALIFIED_NAMES, ValueError } from '../../../socket/exceptions.ts';
import { pyRepr, repr, str } from '../../../socket/format.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { isTuple, tuple } from '../../../socket/tuple.ts';
import { ANSWERS_EVERY_NAME, ATTRIBUTE_HOOKS, BUILTIN_NEW, IS_METACLASS, CLASS_MADE, attributeHooksMade, classAttributeSet, BUILTIN_TYPE, BOUND_FUNCTION, BOUND_SELF, METATYPE, PY_CLASS, PY_DOC, PY_FUNCTION, PY_NATIVE, PY_QUALNAME, PyObject, isUserInstance, argAt as _arg, bindMethod, callJS, invoke, isFreeFunction, native, pythonDefines, qualnameOf, PY_SHADOWED, setShadowed, shadowingMethod, TAKES_VALUES, unboundMethod, type NativeFunction } from './call.ts';
import { builtinValueOf, jsOwnedName } from './builtin-bases.ts';
import { Socket } from '../../../socket/socket.ts';
import { AttributeError, attributeError, BaseExceptionGroup, BUILTIN_EXCEPTIONS, CAUGHT_STACK, ImportError, IndexError, KeyError, NameError, outsideException } from './exceptions.ts';
import { GROUP_METHODS } from './exception-group.ts';
import { setTraceback, tracebackOf } from './handling.ts';
import { homeOf } from './homes.ts';
import { formatValue, strFormat } from './format.ts';
import { addressOf } from './ids.ts';
import { PyGenerator, isAsyncSource, withItems } from './generator.ts';
import { formatField } from './show.ts';
import { namedFields, namedType } from '../stdlib/namedtuple.ts';
import { basesOf, classOfLink, clonePrototypes, linkOf, mixinsAfter, mroAfter, prototypeAfter } from './mro.ts';

/** stdlib/structseq.ts's mark of a struct sequence (time.struct_time, os.stat_result). */
const _STRUCT_SEQUENCE = Symbol.for('socklab.python.structSequence');
import { collect, defer, dunder, getitem as richGetitem, lessThan, userMethod } from './dunders.ts';
import { PyProperty, describe, descriptorsMade, isDescriptor, setDescribed } from './property.ts';
import { BYTES_METHODS, BYTES_STATICS } from './bytes-methods.ts';
import { FUNCTION_ATTRIBUTES, functionAttribute, setFunctionMeta } from './function-attributes.ts';
import { builtinTypeDir, dirOf } from './builtin-dir.ts';
import { dataDescriptor, definingType, exceptionClassAttribute, isSlotWrapper, methodDescriptor, typeMethod } from './descriptors.ts';
import { showAsSocketMethod, socketClassAttribute } from './socket-class.ts';
import { STR_STATICS, strMethods } from './str-methods.ts';
import { FLOAT_METHODS, FLOAT_STATICS, INT_METHODS, INT_STATICS } from './numeric.ts';
import { builtinDunders, objectDunders, type DunderBuiltins, type DunderKind } from './builtin-dunders.ts';
import { byteValue, contains, eq, getitem, iadd, iter, lt, truthy } from './ops.ts';
import { PyMemoryView } from './memoryview.ts';
import { definitionOrder } from './class-namespace.ts';
import { DictView, NATIVE_BOUND_FUNCTION, NATIVE_BOUND_SELF, PyDict, PyFloat, PyFrozenSet, PyIntEnum, PyRange, PySet, intValue, isInt, isNone, makeByteArray, spliceByteArray, strValue } from './values.ts';

type Methods = Record<string, NativeFunction>;

const _none = (x: unknown): boolean => isNone(x);
const _int = (x: unknown, dflt: number): number => (isNone(x) ? dflt : Number(intValue(x)));

function _strArg(method: string, x: unknown): string {
  if (typeof x !== 'string') throw new TypeError(`${method} arg must be None or str`);
  return x;
}

const _WS = /^[ \t\n\r\f\v\u001c-\u001f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[ \t\n\r\f\v\u001c-\u001f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

function _strip(s: string, chars: unknown, left: boolean, right: boolean): string {
  if (_none(chars)) {
    if (left && right) return s.replace(_WS, '');
    if (left) return s.replace(/^\s+/u, '');
    return s.replace(/\s+$/u, '');
  }
  const set = new Set(_strArg('strip', chars));
  const cs = [...s];
  let a = 0;
  let b = cs.length;
  if (left) while (a < b && set.has(cs[a]!)) a++;
  if (right) while (b > a && set.has(cs[b - 1]!)) b--;
  return cs.slice(a, b).join('');
}

function _split(s: string, sep: unknown, maxsplit: number): string[] {
  if (_none(sep)) {
    const out: string[] = [];
    let rest = s.replace(/^\s+/u, '');
    while (rest !== '') {
      if (maxsplit >= 0 && out.length >= maxsplit) {
        out.push(rest);
        break;
      }
      const m = /\s+/u.exec(rest);
      if (!m) {
        out.push(rest);
        break;
      }
      out.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
    return out;
  }
  // split's and rsplit's separator is an argument clinic str (strip's checks itself: _strArg).
  if (typeof sep !== 'string') throw new TypeError(`must be str or None, not ${pyTypeName(sep)}`);
  const d = sep;
  if (d === '') throw new ValueError('empty separator');
  const parts = s.split(d);
  if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts;
  return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(d)];
}

function _find(s: string, sub: unknown, start: unknown, end: unknown, fromRight: boolean): number {
  const t = _strArg('find', sub);
  const n = s.length;
  let a = _int(start, 0);
  let b = _int(end, n);
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  const hay = s.slice(0, b);
  const i = fromRight ? hay.lastIndexOf(t) : hay.indexOf(t, a);
  return i >= a && i + t.length <= b ? i : -1;
}

/** How str.format shows a field's value: a Python __str__, __repr__ or __format__ may run. */
export const fieldTools = {
  // `'{0.p}'.format(obj)` reads obj.p as `obj.p` does: a property's getter or a class's
  // __getattr__ may run (deferred), and its result is awaited; a plain attribute comes back as it is.
  getattr: (o: unknown, name: string): unknown => getattrAwaited(o, name),
  // `'{0[k]}'.format(d)` subscripts as d[k] does: a Python class's __getitem__ answers.
  getitem: async (o: unknown, key: unknown): Promise<unknown> => richGetitem(o, key) ?? dunder(),
  format: formatField,
};

const STR: Methods = {
  upper: (a) => (a[0] as string).toUpperCase(),
  lower: (a) => (a[0] as string).toLowerCase(),
  swapcase: (a) => [...(a[0] as string)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
  title: (a) => (a[0] as string).toLowerCase().replace(/(^|[^\p{L}])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()),
  capitalize: (a) => { const s = a[0] as string; return s.slice(0, 1).toUpperCase() + s.slice(1).toLowerCase(); },
  strip: (a) => _strip(a[0] as string, a[1], true, true),
  lstrip: (a) => _strip(a[0] as string, a[1], true, false),
  rstrip: (a) => _strip(a[0] as string, a[1], false, true),
  split: (a, kw) => _split(a[0] as string, _arg(a, kw, 1, 'sep'), _int(_arg(a, kw, 2, 'maxsplit'), -1)),
  rsplit: (a, kw) => {
    const sep = _arg(a, kw, 1, 'sep');
    const max = _int(_arg(a, kw, 2, 'maxsplit'), -1);
    if (max < 0 || _none(sep)) return _split(a[0] as string, sep, max);
    const parts = (a[0] as string).split(sep as string);
    if (parts.length <= max + 1) return parts;
    return [parts.slice(0, parts.length - max).join(sep as string), ...parts.slice(parts.length - max)];
  },
  // keepends (textwrap.indent's `text.splitlines(True)`): each line keeps its line end.
  splitlines: (a, kw) => {
    const s = a[0] as string;
    const keepends = _arg(a, kw, 1, 'keepends');
    const keep = keepends !== undefined && (keepends === true || (keepends !== false && _int(keepends, 0) !== 0));
    const lines: string[] = [];
    const ends = /\r\n|[\n\r\v\f\u001c-\u001e\u0085\u2028\u2029]/g;
    let start = 0;
    for (let m = ends.exec(s); m !== null; m = ends.exec(s)) {
      lines.push(s.slice(start, keep ? m.index + m[0].length : m.index));
      start = m.index + m[0].length;
    }
    if (start < s.length) lines.push(s.slice(start));
    return lines;
  },
  join: (a) => {
    if (a.length !== 2) throw new TypeError(`str.join() takes exactly one argument (${a.length - 1} given)`);
    return withItems(a[1], (items) => {
      const parts: string[] = [];
      let i = 0;
      for (const x of items) {
        const s = strValue(x);
        if (typeof s !== 'string') throw new TypeError(`sequence item ${i}: expected str instance, ${pyTypeName(x)} found`);
        parts.push(s);
        i++;
      }
      return parts.join(a[0] as string);
    });
  },
  replace: (a) => {
    const [s, old, rep, count] = a as [string, unknown, unknown, unknown];
    if (typeof old !== 'string' || typeof rep !== 'string') throw new TypeError(`replace() argument ${typeof old !== 'string' ? 1 : 2} must be str, not ${pyTypeName(typeof old !== 'string' ? old : rep)}`);
    const n = _int(count, -1);
    if (n < 0) return s.split(old).join(rep);
    const parts = s.split(old);
    return parts.slice(0, n + 1).join(rep) + (parts.length > n + 1 ? old + parts.slice(n + 1).join(old) : '');
  },
  find: (a) => _find(a[0] as string, a[1], a[2], a[3], false),
  rfind: (a) => _find(a[0] as string, a[1], a[2], a[3], true),
  index: (a) => { const i = _find(a[0] as string, a[1], a[2], a[3], false); if (i < 0) throw new ValueError('substring not found'); return i; },
  rindex: (a) => { const i = _find(a[0] as string, a[1], a[2], a[3], true); if (i < 0) throw new ValueError('substring not found'); return i; },
  encode: (a, kw) => (a[0] as unknown as { encode: (e?: unknown, r?: unknown) => bytes }).encode(_arg(a, kw, 1, 'encoding') ?? 'utf-8', _arg(a, kw, 2, 'errors') ?? 'strict'),
  format: (a, kw) => strFormat(a[0] as string, a.slice(1), kw ?? {}, fieldTools),
  isdigit: (a) => /^\p{Nd}+$/u.test(a[0] as string),
  isdecimal: (a) => /^\p{Nd}+$/u.test(a[0] as string),
  isnumeric: (a) => /^\p{N}+$/u.test(a[0] as string),
  isalpha: (a) => /^\p{L}+$/u.test(a[0] as string),
  isalnum: (a) => /^[\p{L}\p{N}]+$/u.test(a[0] as string),
  isspace: (a) => /^\s+$/u.test(a[0] as string),
  isupper: (a) => { const s = a[0] as string; return /\p{Lu}/u.test(s) && s === s.toUpperCase(); },
  islower: (a) => { const s = a[0] as string; return /\p{Ll}/u.test(s) && s === s.toLowerCase(); },
  removeprefix: (a) => { const s = a[0] as string; const p = a[1] as string; return s.startsWith(p) ? s.slice(p.length) : s; },
  removesuffix: (a) => { const s = a[0] as string; const p = a[1] as string; return p !== '' && s.endsWith(p) ? s.slice(0, -p.length) : s; },
  ...strMethods(fieldTools),
  __format__: (a) => formatValue(a[0], a[1] as string),
};

function _listIndex(list: unknown[], x: unknown): number {
  const i = list.findIndex((y) => eq(y, x));
  if (i < 0) throw new ValueError(`${repr(x)} is not in list`);
  return i;
}

/** Whether comparing `key` may run a Python __lt__/__gt__: its own, or an item's (`(priority, job)`). */
function _ordersInPython(key: unknown): boolean {
  return userMethod(key, '__lt__') !== undefined || userMethod(key, '__gt__') !== undefined || (Array.isArray(key) && key.some(_ordersInPython));
}

/** list.sort(key=, reverse=): a stable sort, awaiting a Python key function. */
export async function sortList(list: unknown[], key: unknown, reverse: unknown): Promise<void> {
  const keys = isNone(key) ? list.slice() : await Promise.all(list.map((x) => invoke(key, undefined, [x], undefined)));
  const order = list.map((_, i) => i);
  if (keys.some(_ordersInPython)) {
    // Python classes' __lt__ are async: a merge sort that awaits them (stable, as list.sort is).
    const before = async (i: number, j: number): Promise<boolean> => (truthy(reverse) ? lessThan(keys[j], keys[i]) : lessThan(keys[i], keys[j]));
    const merge = async (xs: number[]): Promise<number[]> => {
      if (xs.length < 2) return xs;
      const left = await merge(xs.slice(0, xs.length >> 1));
      const right = await merge(xs.slice(xs.length >> 1));
      const out: number[] = [];
      while (left.length > 0 && right.length > 0) out.push((await before(right[0]!, left[0]!)) ? right.shift()! : left.shift()!);
      return [...out, ...left, ...right];
    };
    const sorted = (await merge(order)).map((i) => list[i]);
    list.splice(0, list.length, ...sorted);
    return;
  }
  order.sort((i, j) => (lt(keys[i], keys[j]) ? -1 : lt(keys[j], keys[i]) ? 1 : 0));
  if (truthy(reverse)) {
    // Python's reverse=True keeps equal items in their original order.
    order.sort((i, j) => (lt(keys[j], keys[i]) ? -1 : lt(keys[i], keys[j]) ? 1 : i - j));
  }
  const sorted = order.map((i) => list[i]);
  list.splice(0, list.length, ...sorted);
}

const LIST: Methods = {
  append: (a) => { (a[0] as unknown[]).push(a[1]); return null; },
  extend: (a) => withItems(a[1], (items) => { (a[0] as unknown[]).push(...items); return null; }),
  insert: (a) => { const l = a[0] as unknown[]; let i = _int(a[1], 0); if (i < 0) i = Math.max(0, i + l.length); l.splice(i, 0, a[2]); return null; },
  pop: (a) => {
    const l = a[0] as unknown[];
    if (l.length === 0) throw new IndexError('pop from empty list');
    let i = _int(a[1], -1);
    if (i < 0) i += l.length;
    if (i < 0 || i >= l.length) throw new IndexError('pop index out of range');
    return l.splice(i, 1)[0];
  },
  remove: (a) => {
    const l = a[0] as unknown[];
    const i = l.findIndex((y) => eq(y, a[1]));
    if (i < 0) throw new ValueError('list.remove(x): x not in list');
    l.splice(i, 1);
    return null;
  },
  index: (a) => _listIndex(a[0] as unknown[], a[1]),
  count: (a) => (a[0] as unknown[]).filter((y) => eq(y, a[1])).length,
  reverse: (a) => { (a[0] as unknown[]).reverse(); return null; },
  clear: (a) => { (a[0] as unknown[]).length = 0; return null; },
  copy: (a) => (a[0] as unknown[]).slice(),
  sort: async (a, kw) => { await sortList(a[0] as unknown[], kw?.key, kw?.reverse); return null; },
};

const TUPLE: Methods = {
  index: (a) => _listIndex(a[0] as unknown[], a[1]),
  count: (a) => (a[0] as unknown[]).filter((y) => eq(y, a[1])).length,
};

// range.index / range.count by arithmetic, as range_index() in Objects/rangeobject.c.
const _rangeIndex = (r: PyRange, v: unknown): number | bigint => (isInt(v) ? r.indexOf(intValue(v)) : -1);
const RANGE: Methods = {
  index: (a) => { const i = _rangeIndex(a[0] as PyRange, a[1]); if (i < 0) throw new ValueError(`${repr(a[1])} is not in range`); return i; },
  count: (a) => (_rangeIndex(a[0] as PyRange, a[1]) < 0 ? 0 : 1),
};

const DICT: Methods = {
  get: (a) => { const d = a[0] as PyDict; return d.has(a[1]) ? d.get(a[1]) : (a[2] ?? null); },
  keys: (a) => new DictView(a[0] as PyDict, 'keys'),
  values: (a) => new DictView(a[0] as PyDict, 'values'),
  items: (a) => new DictView(a[0] as PyDict, 'items'),
  pop: (a) => {
    const d = a[0] as PyDict;
    if (d.has(a[1])) {
      const v = d.get(a[1]);
      d.delete(a[1]);
      return v;
    }
    if (a.length > 2) return a[2];
    throw new KeyError(a[1]);
  },
  popitem: (a) => {
    const d = a[0] as PyDict;
    const last = [...d].pop();
    if (!last) throw new KeyError('popitem(): dictionary is empty');
    d.delete(last[0]);
    return tuple(...last);
  },
  setdefault: (a) => { const d = a[0] as PyDict; if (!d.has(a[1])) d.set(a[1], a[2] ?? null); return d.get(a[1]); },
  update: (a, kw) => {
    const d = a[0] as PyDict;
    const src = a[1];
    const finish = (items: Iterable<unknown>, pairs: boolean): null => {
      for (const item of items) {
        const [k, v] = pairs ? [...iter(item)] : (item as [unknown, unknown]);
        d.set(k, v);
      }
      for (const [k, v] of Object.entries(kw ?? {})) d.set(k, v);
      return null;
    };
    if (src === undefined || isNone(src)) return finish([], false);
    // A mapping's items as dict_merge takes them (mapping.ts); anything else is pairs.
    if (!isMapping(src)) return isAsyncSource(src) ? collect(src).then((items) => finish(items, true)) : finish(iter(src), true);
    const items = mappingItems(src, () => new TypeError('not a mapping'));
    return items instanceof Promise ? items.then((all) => finish(all, false)) : finish(items, false);
  },
  clear: (a) => { (a[0] as PyDict).clear(); return null; },
  copy: (a) => new PyDict(a[0] as PyDict),
};

// The set methods as setobject.c runs them, so their results come out in CPython's order (set.ts).
const _setArg = (x: unknown): Iterable<unknown> => (x instanceof PySet || x instanceof PyDict ? x : [...iter(x)]);
const _others = (a: unknown[]): Iterable<unknown>[] => a.slice(1).map(_setArg);

const SET: Methods = {
  add: (a) => { (a[0] as PySet).add(a[1]); return null; },
  remove: (a) => { const s = a[0] as PySet; if (!s.has(a[1])) throw new KeyError(a[1]); s.delete(a[1]); return null; },
  discard: (a) => { (a[0] as PySet).delete(a[1]); return null; },
  pop: (a) => (a[0] as PySet).pop(),
  clear: (a) => { (a[0] as PySet).clear(); return null; },
  copy: (a) => (a[0] as PySet).copy(),
  union: (a) => { const out = (a[0] as PySet).copy(); for (const x of _others(a)) if (x !== a[0]) out.update(x); return out; },
  intersection: (a) => (a.length < 2 ? (a[0] as PySet).copy() : _others(a).reduce<PySet>((s, x) => s.intersection(x), a[0] as PySet)),
  difference: (a) => { const [first, ...rest] = _others(a); const out = first ? (a[0] as PySet).difference(first) : (a[0] as PySet).copy(); for (const x of rest) out.differenceUpdate(x); return out; },
  symmetric_difference: (a) => (a[0] as PySet).symmetricDifference(_setArg(a[1])),
  update: (a) => { for (const x of _others(a)) (a[0] as PySet).update(x); return null; },
  intersection_update: (a) => { for (const x of _others(a)) (a[0] as PySet).intersectionUpdate(x); return null; },
  difference_update: (a) => { for (const x of _others(a)) (a[0] as PySet).differenceUpdate(x); return null; },
  symmetric_difference_update: (a) => { (a[0] as PySet).symmetricDifferenceUpdate(_setArg(a[1])); return null; },
  issubset: (a) => { const other = new PySet(_setArg(a[1])); return [...(a[0] as PySet)].every((x) => other.has(x)); },
  issuperset: (a) => { const s = a[0] as PySet; return [..._setArg(a[1])].every((x) => s.has(x)); },
  isdisjoint: (a) => { const s = a[0] as PySet; return ![..._setArg(a[1])].some((x) => s.has(x)); },
};

/** frozenset's methods: set's that do not change it; copy() is the frozenset itself (frozenset_copy). */
const FROZENSET: Methods = {
  copy: (a) => a[0],
  ...Object.fromEntries(['union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint'].map((n) => [n, SET[n]!])),
};

/** dict.keys() and dict.items(), which are sets to the operators (ops.ts), and this method. */
const SET_VIEW: Methods = {
  isdisjoint: (a) => ![..._setArg(a[1])].some((x) => contains(a[0], x)),
};

/** memoryview's methods (its attributes are PyMemoryView's getters). */
const MEMORYVIEW: Methods = {
  tobytes: (a) => { const m = a[0] as PyMemoryView; m.check(); return makeBytes(Uint8Array.from(m)); },
  tolist: (a) => { const m = a[0] as PyMemoryView; m.check(); return [...m]; },
  hex: (a) => { const m = a[0] as PyMemoryView; m.check(); return Buffer.from(m).toString('hex'); },
  toreadonly: (a) => { const m = PyMemoryView.of(a[0]); m.readonly = true; return m; },
  release: (a) => { (a[0] as PyMemoryView).released = true; return null; },
};

const INT: Methods = {
  ...INT_METHODS,
  bit_length: (a) => (BigInt(intValue(a[0])) < 0n ? -BigInt(intValue(a[0])) : BigInt(intValue(a[0]))).toString(2).replace(/^0$/, '').length,
  __format__: (a) => formatValue(a[0], a[1] as string),
};

const FLOAT: Methods = {
  ...FLOAT_METHODS,
  __format__: (a) => formatValue(a[0], a[1] as string),
};

const BYTES_EXTRA: Methods = {
  ...BYTES_METHODS,
  // Here rather than on the bytes class, so `errors=` binds by name whichever module was imported.
  decode: (a, kw) => bytes.prototype.decode.call(a[0] as bytes, (_arg(a, kw, 1, 'encoding') ?? 'utf-8') as string, (_arg(a, kw, 2, 'errors') ?? 'strict') as string),
  __format__: (a) => formatValue(a[0], a[1] as string),
};

/** A bytes method's result as bytearray's version returns it: bytearrays where bytes came back. */
function _asByteArrays(x: unknown): unknown {
  if (x instanceof bytes) return makeByteArray(x);
  if (Array.isArray(x)) {
    const items = x.map(_asByteArrays);
    return isTuple(x) ? tuple(...items) : items;
  }
  return x;
}

/**
 * bytearray's methods: the mutators, and every bytes method (run on the bytearray, its bytes
 * results made bytearrays). Listed explicitly so a Uint8Array method of the same name (find,
 * join, reverse) is never what Python code reaches.
 */
const BYTEARRAY: Methods = {
  append: (a) => { const ba = a[0] as Uint8Array; spliceByteArray(ba, ba.length, ba.length, Uint8Array.of(byteValue(a[1]))); return null; },
  extend: (a) => { const ba = a[0] as Uint8Array; iadd(ba, a[1] instanceof Uint8Array ? a[1] : Uint8Array.from(iter(a[1]), byteValue)); return null; },
  insert: (a) => {
    const ba = a[0] as Uint8Array;
    let i = _int(a[1], 0);
    if (i < 0) i = Math.max(0, i + ba.length);
    i = Math.min(i, ba.length);
    spliceByteArray(ba, i, i, Uint8Array.of(byteValue(a[2])));
    return null;
  },
  pop: (a) => {
    const ba = a[0] as Uint8Array;
    if (ba.length === 0) throw new IndexError('pop from empty bytearray');
    let i = _int(a[1], -1);
    if (i < 0) i += ba.length;
    if (i < 0 || i >= ba.length) throw new IndexError('pop index out of range');
    const v = ba[i]!;
    spliceByteArray(ba, i, i + 1, []);
    return v;
  },
  remove: (a) => {
    const ba = a[0] as Uint8Array;
    const i = ba.indexOf(byteValue(a[1]));
    if (i < 0) throw new ValueError('value not found in bytearray');
    spliceByteArray(ba, i, i + 1, []);
    return null;
  },
  clear: (a) => { const ba = a[0] as Uint8Array; spliceByteArray(ba, 0, ba.length, []); return null; },
  reverse: (a) => { (a[0] as Uint8Array).reverse(); return null; },
  copy: (a) => makeByteArray(a[0] as Uint8Array),
  decode: BYTES_EXTRA.decode!,
  __format__: BYTES_EXTRA.__format__!,
};
for (const [name, m] of Object.entries(BYTES_METHODS)) BYTEARRAY[name] = (a, kw) => _asByteArrays(m(a, kw));
// bytearray.maketrans makes bytes, as bytes.maketrans does.
BYTEARRAY.maketrans = BYTES_METHODS.maketrans!;
for (const name of Object.getOwnPropertyNames(bytes.prototype)) {
  const f = (bytes.prototype as unknown as Record<string, unknown>)[name];
  if (typeof f !== 'function' || name === 'constructor' || name === 'toString' || Object.hasOwn(BYTEARRAY, name)) continue;
  BYTEARRAY[name] = async (a, kw) => _asByteArrays(await invoke(f, a[0], a.slice(1), kw));
}

/** The static methods of builtin types' tables, by table. */
const _STATICS = new Map<Methods, ReadonlySet<string>>([[STR, STR_STATICS], [INT, INT_STATICS], [FLOAT, FLOAT_STATICS], [BYTES_EXTRA, BYTES_STATICS], [BYTEARRAY, BYTES_STATICS]]);

/** Builtin types (str, list, …) and their methods, for `str.upper` and `map(str.strip, lines)`. */
export const BUILTIN_TYPE_METHODS = new Map<unknown, Methods>();
export const BUILTIN_TYPES: Record<string, Function> = {};

/** Called by the builtins once the type objects exist. */
export function registerBuiltinTypes(types: Record<string, Function>): void {
  Object.assign(BUILTIN_TYPES, types);
  const tables: Record<string, Methods> = { str: STR, list: LIST, tuple: TUPLE, dict: DICT, set: SET, frozenset: FROZENSET, int: INT, bool: INT, float: FLOAT, bytes: BYTES_EXTRA, bytearray: BYTEARRAY, range: RANGE };
  for (const [n, table] of Object.entries(tables)) if (types[n]) BUILTIN_TYPE_METHODS.set(types[n], table);
  if (types.object) BUILTIN_TYPE_METHODS.set(types.object, OBJECT);
}

/** None's methods: only its special ones (`None.__repr__()`). */
const NONE: Methods = {};

/** object's special methods, for Python classes and their instances that do not define them. */
const OBJECT: Methods = {};
// The tables are read by a Python name: `[].toString`, `None.valueOf` or `obj.hasOwnProperty`
// must not find Object.prototype's methods behind them (CPython: AttributeError).
for (const t of [STR, LIST, TUPLE, RANGE, DICT, SET, FROZENSET, SET_VIEW, MEMORYVIEW, INT, FLOAT, BYTES_EXTRA, BYTEARRAY, NONE, OBJECT]) Object.setPrototypeOf(t, null);
const _objectUnbound = new Map<string, Function>();

/** `object.__hash__`, and a Python class's that does not define it: one function, so `D.__eq__ is object.__eq__`. */
function _objectMethod(name: string): Function {
  let f = _objectUnbound.get(name);
  if (!f) _objectUnbound.set(name, (f = methodDescriptor('object', 'object', name, isSlotWrapper('object', name), () => true, (args, kw) => OBJECT[name]!(args, kw))));
  return f;
}

/** Adds the special methods of builtin values (builtin-dunders.ts) to their tables, once. */
export function addBuiltinDunders(builtins: DunderBuiltins): void {
  if (Object.hasOwn(INT, '__add__')) return;
  const tables: Record<DunderKind, Methods> = {
    int: INT, float: FLOAT, str: STR, bytes: BYTES_EXTRA, bytearray: BYTEARRAY, list: LIST, tuple: TUPLE, dict: DICT, set: SET, frozenset: FROZENSET, none: NONE,
  };
  for (const [kind, table] of Object.entries(tables) as [DunderKind, Methods][]) {
    for (const [name, f] of Object.entries(builtinDunders(kind, builtins))) if (!Object.hasOwn(table, name)) table[name] = f;
  }
  Object.assign(OBJECT, objectDunders(builtins));
}

/** The mutable builtins, whose __hash__ is None in CPython (hash() raises "unhashable type"). */
const _UNHASHABLE = new Set<Methods>([LIST, DICT, SET, BYTEARRAY]);

/** The method table of a builtin value, with the value passed as args[0]. */
function _table(obj: unknown): Methods | undefined {
  if (typeof obj === 'string' || obj instanceof String) return STR;
  if (Array.isArray(obj)) return isTuple(obj) ? TUPLE : LIST;
  if (obj instanceof PyDict) return DICT;
  if (obj instanceof PyFrozenSet) return FROZENSET;
  if (obj instanceof PySet) return SET;
  if (obj instanceof PyRange) return RANGE;
  if (obj instanceof DictView && obj.kind !== 'values') return SET_VIEW;
  if (obj instanceof PyMemoryView) return MEMORYVIEW;
  if (isInt(obj)) return INT;
  if (obj instanceof PyFloat) return FLOAT;
  if (obj instanceof bytes) return BYTES_EXTRA;
  if (obj instanceof Uint8Array) return BYTEARRAY;
  return undefined;
}

const _boundCache = new WeakMap<NativeFunction, string>();
function _bindNative(name: string, fn: NativeFunction, self: unknown): Function {
  void _boundCache;
  const bound = native(name, (args, kw) => fn([strValue(self), ...args.map(strValue)], kw));
  const at = typeof self === 'object' && self !== null ? self : fn;
  Object.defineProperty(bound, pyRepr, { value: () => `<built-in method ${name} of ${pyTypeName(self)} object at ${addressOf(at)}>` });
  Object.defineProperty(bound, PY_QUALNAME, { value: `${pyTypeName(self)}.${name}` });
  // What `==` and hash() compare (values.ts boundMethodParts), apart from a Python method's BOUND_SELF.
  Object.defineProperty(bound, NATIVE_BOUND_SELF, { value: self });
  Object.defineProperty(bound, NATIVE_BOUND_FUNCTION, { value: fn });
  return bound;
}

/** What dir() lists for a class of the program's own that derives from object alone, beside its own names. */
const _OBJECT_DIR = ['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__',
  '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__',
  '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__'];

/** The program's class (or its instance's) whose bases are the program's classes and object: dir() can list it exactly. */
function _plainUserClass(obj: unknown): Function | undefined {
  const cls = typeof obj === 'function' ? obj : isUserInstance(obj) ? (obj as object).constructor : undefined;
  if (!cls || !(cls as unknown as Record<symbol, unknown>)[PY_CLASS]) return undefined;
  for (let p: object | null = cls.prototype as object; p && p !== PyObject.prototype; p = Object.getPrototypeOf(p) as object | null) {
    if (p === Object.prototype || !(p.constructor as unknown as Record<symbol, unknown>)[PY_CLASS]) return undefined;
  }
  return cls;
}

/** Attribute names of `obj`, as dir() lists them (for suggestions and dir()). */
export function attributeNames(obj: unknown): string[] {
  const plain = _plainUserClass(obj);
  if (plain) {
    // The instance's own attributes, then its class's and the bases' (each prototype's own names).
    const names = new Set(_OBJECT_DIR);
    const first = typeof obj === 'function' ? (plain.prototype as object) : (obj as object);
    for (let o: object | null = first; o && o !== PyObject.prototype; o = Object.getPrototypeOf(o) as object | null) {
      for (const k of Object.getOwnPropertyNames(o)) if (k !== 'constructor' && /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(k)) names.add(k);
    }
    return [...names].sort();
  }
  const names = new Set<string>();
  const table = _table(obj);
  if (table) for (const k of Object.keys(table)) if (!k.startsWith('__')) names.add(k);
  if ((typeof obj === 'object' || typeof obj === 'function') && obj !== null && typeof obj !== 'string') {
    for (let o: object | null = obj as object; o && o !== Object.prototype && o !== Function.prototype; o = Object.getPrototypeOf(o) as object | null) {
      for (const k of Object.getOwnPropertyNames(o)) {
        // An array's length is JavaScript's, not a Python attribute (len() reads it).
        if (k !== 'constructor' && !k.startsWith('_') && !/^\d/.test(k) && !(k === 'length' && Array.isArray(o))) names.add(k);
      }
      if (Array.isArray(o) || ArrayBuffer.isView(o)) break;
    }
  }
  return [...names].sort();
}

const _isExceptionClass = (x: unknown): x is Function => typeof x === 'function' && (x === Error || x.prototype instanceof Error);

/**
 * An exception class's data attributes (`OSError.errno`, `ValueError.args`), which its instances
 * hold, and the builtin exception's __init__, __str__ and __repr__ (`Exception.__init__(self, msg)`
 * in a subclass's own __init__, as older tutorials write it).
 */
function _exceptionClassData(obj: unknown, name: string): object | undefined {
  if (!_isExceptionClass(obj)) return undefined;
  if (name === '__init__' || name === '__str__' || name === '__repr__') {
    let cache = _typeAttributes.get(obj);
    if (!cache) _typeAttributes.set(obj, (cache = new Map()));
    if (!cache.has(name)) cache.set(name, _exceptionSlot(obj, name));
    return cache.get(name) as Function;
  }
  return exceptionClassAttribute(name, (n) => dirOf(obj).includes(n));
}

/** The builtin exceptions whose own __str__ is not BaseException's (`KeyError.__str__`), most derived first. */
const _OWN_STR = ['UnicodeDecodeError', 'UnicodeEncodeError', 'ModuleNotFoundError', 'ImportError', 'SyntaxError', 'AttributeError', 'NameError', 'KeyError', 'OSError'];

/** `ValueError.__init__` (a slot wrapper of the class itself), `__str__` and `__repr__` (BaseException's, or the exception's own). */
function _exceptionSlot(cls: Function, name: '__init__' | '__str__' | '__repr__'): Function {
  const named = (c: Function): string | undefined => Object.entries(BUILTIN_EXCEPTIONS).find(([, e]) => e === c)?.[0];
  // The builtin exception the class derives from (socket.gaierror's slots are OSError's).
  let base = cls;
  while ((base as unknown as Record<symbol, unknown>)[PY_CLASS] || (named(base) === undefined && base !== Error && Object.getPrototypeOf(base) !== Function.prototype)) base = Object.getPrototypeOf(base) as Function;
  const derives = (root: string): boolean => { const r = BUILTIN_EXCEPTIONS[root]; return r !== undefined && (base === r || base.prototype instanceof r); };
  const owner = name === '__init__' ? named(base) ?? 'BaseException'
    : name === '__str__' ? (_OWN_STR.find(derives) ?? 'BaseException') : 'BaseException';
  const ownerClass = BUILTIN_EXCEPTIONS[owner] ?? Error;
  const applies = (x: unknown): boolean => x instanceof ownerClass || (ownerClass === BUILTIN_EXCEPTIONS.BaseException && x instanceof Error);
  const init = (Exception.prototype as unknown as Record<string, Function>).__init__!;
  const call: NativeFunction = name === '__init__' ? (args, kw) => invoke(init, args[0], args.slice(1), kw)
    : name === '__str__' ? (args) => _builtinExceptionStr(args[0] as Error) : (args) => repr(args[0]);
  return methodDescriptor(owner, owner, name, true, applies, call);
}

/**
 * BaseException_str (OSError_str, KeyError_str) of an exception whose class has a __str__ of its
 * own: its message was made by that __str__ when it was raised (index.ts), so the text comes from
 * its arguments again.
 */
function _builtinExceptionStr(err: Error): string {
  if (!userMethod(err, '__str__')) return str(err);
  const args = (err as unknown as { args?: unknown[] }).args ?? [];
  const { errno, strerror } = err as unknown as { errno?: unknown; strerror?: unknown };
  if (err instanceof OSError && args.length >= 2 && !isNone(errno) && errno !== undefined) return `[Errno ${str(errno)}] ${str(strerror)}`;
  if (err instanceof KeyError && args.length === 1) return repr(args[0]);
  return args.length === 0 ? '' : args.length === 1 ? str(args[0]) : repr(tuple(...args));
}

function _missing(obj: unknown, name: string): never {
  if (_isExceptionClass(obj) && !(obj as unknown as Record<symbol, unknown>)[PY_CLASS]) {
    const pyName = Object.entries(BUILTIN_EXCEPTIONS).find(([, c]) => c === obj)?.[0] ?? (obj as Function).name;
    throw attributeError(obj, name, `type object '${pyName}' has no attribute '${name}'`);
  }
  if (typeof obj === 'function' && ((obj as unknown as Record<symbol, unknown>)[PY_CLASS] || (obj as Function).prototype === Socket.prototype)) {
    const cls = (obj as Function).prototype === Socket.prototype ? 'socket' : (obj as Function).name;
    throw attributeError(obj, name, `type object '${cls}' has no attribute '${name}'`);
  }
  if (typeof obj === 'function' && (obj as unknown as Record<symbol, unknown>)[PY_CLASS]) {
    throw attributeError(obj, name, `type object '${(obj as Function).name}' has no attribute '${name}'`);
  }
  if ((obj as { [Symbol.toStringTag]?: unknown } | null)?.[Symbol.toStringTag] === 'module') {
    throw attributeError(obj, name, `module '${(obj as { __name__?: string }).__name__ ?? 'socket'}' has no attribute '${name}'`);
  }
  throw attributeError(obj, name, `'${pyTypeName(obj)}' object has no attribute '${name}'`);
}


/**
 * BaseException's methods: with_traceback(tb) (returns the exception) and add_note(note) (3.11,
 * PEP 678: appended to __notes__, a list made at the first note; the traceback prints them under
 * the exception line).
 */
function _exceptionMethod(err: Error, name: string): Function | undefined {
  const method = (fn: NativeFunction): Function => {
    const bound = native(name, fn);
    Object.defineProperty(bound, pyRepr, { value: () => `<built-in method ${name} of ${pyTypeName(err)} object at ${addressOf(err)}>` });
    Object.defineProperty(bound, PY_QUALNAME, { value: `BaseException.${name}` });
    return bound;
  };
  if (name === 'with_traceback') {
    return method((a) => {
      if (a.length !== 1) throw new TypeError(`BaseException.with_traceback() takes exactly one argument (${a.length} given)`);
      setTraceback(err, a[0]);
      return err;
    });
  }
  if (name === 'add_note') {
    return method((a) => {
      if (a.length !== 1) throw new TypeError(`BaseException.add_note() takes exactly one argument (${a.length} given)`);
      const note = a[0];
      if (typeof note !== 'string' && !(note instanceof String)) throw new TypeError(`note must be a str, not '${pyTypeName(note)}'`);
      const own = err as unknown as Record<string, unknown>;
      if (!Object.hasOwn(err, '__notes__')) own.__notes__ = [];
      const notes = own.__notes__;
      if (!Array.isArray(notes) || isTuple(notes)) throw new TypeError('Cannot add note: __notes__ is not a list');
      (notes as unknown[]).push(note);
      return null;
    });
  }
  return undefined;
}

const _EXCEPTION_ATTRS = new Set(['args', 'errno', 'strerror', 'filename', 'code']);

/**
 * A class's or function's __module__: the module its qualified name says (socket.gaierror,
 * struct.error), '__main__' for the program's own, 'builtins' for the rest.
 */
function _moduleOf(f: Function): string {
  const qualified = QUALIFIED_NAMES.get(f);
  if (qualified !== undefined) return qualified.slice(0, qualified.lastIndexOf('.'));
  if (f === Socket || f.prototype === Socket.prototype) return 'socket';
  const home = homeOf(f);
  if (home !== undefined) return home;
  const marks = f as unknown as Record<symbol, unknown>;
  return marks[PY_CLASS] || marks[PY_FUNCTION] ? '__main__' : 'builtins';
}

export { ATTRIBUTE_HOOKS };

/** A class (Python's, a builtin type, a TypeScript class): a class attribute that is one is not bound to the instance. */
function _isClass(f: Function): boolean {
  const marks = f as unknown as Record<symbol, unknown>;
  return Boolean(marks[PY_CLASS] || marks[Symbol.for('socklab.python.typeCheck')]) || /^class[\s{]/.test(Function.prototype.toString.call(f));
}

/** A type and the types it names as its base, one after the other (socket.socket, _socket.socket). */
function _typeChain(type: Function): Function[] {
  const out = [type];
  for (let t = type; Object.hasOwn(t, BUILTIN_TYPE); ) out.push((t = (t as unknown as Record<symbol, Function>)[BUILTIN_TYPE]!));
  return out;
}

/** A function standing for a TypeScript class names `base` as the type it derives from: issubclass(socket.socket, socket.SocketType). */
export function namesBuiltinBase(cls: Function, base: unknown): boolean {
  return !(cls as unknown as Record<symbol, unknown>)[PY_CLASS] && Object.hasOwn(cls, BUILTIN_TYPE) && _typeChain(cls).includes(base as Function);
}

/**
 * A class's method resolution order as Python shows it: the JS prototype chain, with the roots
 * JavaScript adds (Error, PyObject, Function.prototype) read as BaseException and object.
 */
function _mro(cls: Function): Function[] {
  const base = BUILTIN_EXCEPTIONS.BaseException!;
  const out: Function[] = [cls];
  if (cls === base) return BUILTIN_TYPES.object ? [base, BUILTIN_TYPES.object] : [base];
  const error = cls === Error || cls.prototype instanceof Error;
  // A function standing for a TypeScript class (socket.socket) that names the type it derives from.
  if (!(cls as unknown as Record<symbol, unknown>)[PY_CLASS] && Object.hasOwn(cls, BUILTIN_TYPE)) return [..._typeChain(cls), ...(BUILTIN_TYPES.object ? [BUILTIN_TYPES.object] : [])];
  for (let c = Object.getPrototypeOf(cls) as Function; c && c !== Function.prototype && c !== PyObject && c !== Error && c !== base; c = Object.getPrototypeOf(c) as Function) {
    // `class E(Exception, Mixin)`: the chain has Mixin above Exception; the MRO does not (mro.ts linearise).
    const reordered = mroAfter(c);
    if (reordered !== undefined) {
      let typed = false;
      reordered.forEach((m, i) => {
        // A builtin type's chain names its bases itself (socket.socket, _socket.socket): its JS bases are not shown again.
        if (typed && !Object.hasOwn(m, PY_CLASS)) return;
        typed = Object.hasOwn(m, BUILTIN_TYPE) && !Object.hasOwn(m, PY_CLASS);
        for (const k of Object.hasOwn(m, BUILTIN_TYPE) ? _typeChain((m as unknown as Record<symbol, Function>)[BUILTIN_TYPE]!) : [m]) if (!out.includes(k)) out.push(k);
        // The exception classes end in BaseException, before the Python classes after them.
        const next = reordered[i + 1];
        if (error && m.prototype instanceof Error && next !== undefined && Object.hasOwn(next, PY_CLASS) && !out.includes(base)) out.push(base);
      });
      break;
    }
    if (c === Exception && outsideException(cls)) continue;
    // The JS class a subclass of dict, list, int or socket.socket extends: the builtin type, whose
    // base is object (socket.socket's is _socket.socket). Its own mark: a Python class inherits it.
    if (Object.hasOwn(c, BUILTIN_TYPE)) {
      out.push(..._typeChain((c as unknown as Record<symbol, Function>)[BUILTIN_TYPE]!));
      break;
    }
    out.push(classOfLink(c));
  }
  if (error && !out.includes(base)) out.push(base);
  // socketserver's mixins after a server class: C3 puts them (whose one base is object) last.
  for (const c of [...out]) for (const m of mixinsAfter(c) ?? []) if (!out.includes(m)) out.push(m);
  if (BUILTIN_TYPES.object && cls !== BUILTIN_TYPES.object) out.push(BUILTIN_TYPES.object);
  return out;
}

/**
 * A method of a subclass that answers before the builtin type's: a Python class's own (`append`
 * in `class Registry(list)`), or a dict subclass written in TypeScript's (collections.Counter).
 */
function _override(obj: unknown, name: string): Function | undefined {
  if (isUserInstance(obj)) {
    if (!pythonDefines(obj as object, name)) return undefined;
    const f = shadowingMethod(obj as object, name) ?? (obj as Record<string, unknown>)[name];
    return typeof f === 'function' ? f : undefined;
  }
  // A TypeScript dict subclass's methods are on its prototype; an own property is data (defaultdict's default_factory).
  if (!(obj instanceof PyDict) || Object.getPrototypeOf(obj) === PyDict.prototype || Object.hasOwn(obj, name)) return undefined;
  const own = (obj as unknown as Record<string, unknown>)[name];
  return typeof own === 'function' && (own as unknown as Record<symbol, unknown>)[PY_NATIVE] ? own : undefined;
}

/** The instance each live __dict__ writes to (set after the dict is filled: its constructor's set() is not a write). */
const _DICT_OWNERS = new WeakMap<PyDict, object>();

/**
 * A Python instance's __dict__: a dict of its attributes that writes through, as CPython's own dict
 * does (`self.__dict__.update(kwargs)`, `obj.__dict__['x'] = 1`, `del obj.__dict__['x']`); no
 * __setattr__ runs. A dict taken before later attribute changes does not see them.
 */
class _InstanceDict extends PyDict {
  override set(k: unknown, v: unknown): this {
    super.set(k, v);
    const owner = _DICT_OWNERS.get(this);
    if (owner && typeof k === 'string') store(owner, k, v);
    return this;
  }

  override delete(k: unknown): boolean {
    const had = super.delete(k);
    const owner = _DICT_OWNERS.get(this);
    if (had && owner && typeof k === 'string') remove(owner, k);
    return had;
  }

  override clear(): void {
    for (const k of [...this.keys()]) this.delete(k);
  }
}

// type() of it is dict (builtins.ts typeOf), not a dict subclass of its own.
Object.defineProperty(_InstanceDict.prototype, Symbol.for('socklab.python.plainDict'), { value: true });

function _instanceDict(owner: object, entries: [string, unknown][]): PyDict {
  const d = new _InstanceDict(entries);
  _DICT_OWNERS.set(d, owner);
  return d;
}

/** A Python class's __dict__ (a mappingproxy in CPython): what its body defined, its __module__ and __doc__. */
function _classDict(cls: Function): PyDict {
  const descriptors = Object.getOwnPropertyDescriptors(cls.prototype);
  const { defined, later } = definitionOrder(cls, Object.keys(descriptors).filter((k) => k !== 'constructor'));
  const entry = (k: string) => [k, descriptors[k]!.value === undefined ? null : descriptors[k]!.value] as [string, unknown];
  const slots = _instanceSlots(cls).map((name) => [name, dataDescriptor('getset_descriptor', cls.name, name)] as [string, unknown]);
  // A docstring is the body's first binding (after __module__); type_new adds __doc__ = None after its descriptors.
  const doc = getattr(cls, '__doc__');
  const module: [string, unknown] = ['__module__', getattr(cls, '__module__')];
  if (!isNone(doc)) return new PyDict([module, ['__doc__', doc], ...defined.map(entry), ...slots, ...later.map(entry)]);
  return new PyDict([module, ...defined.map(entry), ...slots, ['__doc__', doc], ...later.map(entry)]);
}

/**
 * The `__dict__` and `__weakref__` descriptors type_new adds to a class whose base's instances lack
 * them (typeobject.c type_new_descriptors): the first Python class over object, dict, list, str or
 * float gets both, over int, tuple, set or frozenset (no weak references) `__dict__` alone, over
 * an exception (which has a __dict__) `__weakref__` alone; a class with `__slots__`, or whose base
 * is a Python class or another TypeScript one, none.
 */
function _instanceSlots(cls: Function): string[] {
  if (Object.hasOwn(cls.prototype as object, '__slots__')) return [];
  const base = Object.getPrototypeOf(cls) as Function & Record<symbol, unknown>;
  if ((base as unknown) === PyObject) return ['__dict__', '__weakref__'];
  if (base[PY_CLASS] || typeof base.prototype !== 'object') return [];
  if ((base as unknown) === Error || base.prototype instanceof Error) return base[PY_CLASS] ? [] : ['__weakref__'];
  // typing.NamedTuple's base makes its class with __slots__ = () (NamedTupleMeta).
  if (!(BUILTIN_NEW in base) || (CLASS_MADE in base && !base[PYTHON_NAMES])) return [];
  const proto = base.prototype as Record<symbol, unknown>;
  const noWeakref = proto[Symbol.for('socklab.tuple')] || proto instanceof PyIntEnum || proto instanceof PySet || proto instanceof PyFrozenSet;
  return noWeakref ? ['__dict__'] : ['__dict__', '__weakref__'];
}

/**
 * The method `name` (__getattr__, __setattr__, …) of an instance's Python class, if the class
 * defines it in Python: the hooks an attribute access calls (typeobject.c slot_tp_getattr_hook,
 * slot_tp_setattro).
 */
function _hook(obj: object, name: string): Function | undefined {
  if (!isUserInstance(obj)) return undefined;
  const f = (obj as Record<string, unknown>)[name];
  return typeof f === 'function' && (f as unknown as Record<symbol, unknown>)[PY_FUNCTION] ? f : undefined;
}

/**
 * Calls a hook on `obj`: a class's own method takes it as `this`, a function assigned to the
 * class (`__getattr__ = fallback`, `A.__setattr__ = f`) as its first argument.
 */
function _callHook(hook: Function, obj: object, args: unknown[]): Promise<unknown> {
  return isFreeFunction(hook) ? invoke(hook, undefined, [obj, ...args], undefined) : invoke(hook, obj, args, undefined);
}

/** `obj.name` after the lookup raised `e`: an AttributeError is the class's __getattr__'s to answer. */
function _fallBack(e: unknown, fallback: Function, obj: object, name: string): Promise<unknown> {
  if (!(e instanceof AttributeError)) throw e;
  return _callHook(fallback, obj, [name]);
}

/**
 * Python's `obj.name`: a Python class's __getattribute__ answers (its __getattr__ when that raises
 * AttributeError), or the lookup does (its __getattr__ when the attribute is missing); their
 * result is deferred, for `py.getattr(…) ?? await py.dunder()`.
 */
/** An int's or float's data attributes (real, imag, numerator, denominator): int_getset and float_getset. */
function _numberAttribute(obj: unknown, name: string): unknown {
  if (isInt(obj)) {
    if (name === 'real' || name === 'numerator') return intValue(obj);
    if (name === 'imag') return 0;
    if (name === 'denominator') return 1;
  } else if (obj instanceof PyFloat) {
    if (name === 'real') return obj;
    if (name === 'imag') return new PyFloat(0);
  }
  return undefined;
}

export function getattr(obj: unknown, name: string): unknown {
  if (!attributeHooksMade || typeof obj !== 'object' || obj === null) return lookup(obj, name);
  const getattribute = _hook(obj, '__getattribute__');
  const fallback = _hook(obj, '__getattr__');
  if (getattribute) {
    const p = _callHook(getattribute, obj, [name]);
    return defer(fallback ? p.catch((e: unknown) => _fallBack(e, fallback, obj, name)) : p);
  }
  if (!fallback) return lookup(obj, name);
  let v: unknown;
  try {
    v = lookup(obj, name);
  } catch (e) {
    return defer(_fallBack(e, fallback, obj, name));
  }
  // A property's getter was started: an AttributeError from it is __getattr__'s too.
  if (v === undefined) return defer(dunder()!.catch((e: unknown) => _fallBack(e, fallback, obj, name)));
  return v;
}

/** `object.__getattribute__(obj, name)`: Python's attribute lookup, without a class's hooks. */
/** type(x), once the builtins exist: `(3).__class__` is int, `'a'.__class__` str (registerTypeOf). */
let _typeOf: ((x: unknown) => unknown) | undefined;
export function registerTypeOf(f: (x: unknown) => unknown): void {
  _typeOf = f;
}

export function lookup(obj: unknown, name: string): unknown {
  if (name === '__class__' && _typeOf && typeof obj !== 'function' && !isUserInstance(obj)) return _typeOf(obj);
  if (typeof obj === 'object' && obj !== null && ATTRIBUTE_HOOKS.size > 0) {
    const hook = ATTRIBUTE_HOOKS.get(Object.getPrototypeOf(obj) as object);
    const v = hook?.(obj, name);
    if (v !== undefined || (hook as Record<symbol, unknown> | undefined)?.[ANSWERS_EVERY_NAME]) return v;
  }
  if (isNone(obj)) {
    const m = NONE[name];
    if (m) return _bindNative(name, m, null);
    throw attributeError(obj, name, `'NoneType' object has no attribute '${name}'`);
  }
  const table = _table(obj);
  // An instance of a Python subclass of dict, list or int: what its class (or itself) defines first.
  const user = table !== undefined && isUserInstance(obj);
  // class Header(NamedTuple) with a field `length`: its getter is behind the array's own length.
  if (user && name === 'length' && namedFields(obj)?.includes(name)) return (obj as unknown[])[namedFields(obj)!.indexOf(name)];
  // A TypeScript dict subclass's own data (defaultdict's default_factory) is the value, never a method.
  if (table === DICT && !isUserInstance(obj) && Object.hasOwn(obj as object, name)) return (obj as Record<string, unknown>)[name] ?? null;
  const own = table ? _override(obj, name) : undefined;
  if (own && !_isInstanceAttribute(obj, name)) return bindMethod(own, obj);
  // An attribute named as the JS value's own properties (`self.size` on a dict subclass).
  if (user) {
    const shadowed = shadowingMethod(obj as object, name);
    if (shadowed !== undefined) return shadowed;
  }
  if (table && !(user && pythonDefines(obj as object, name))) {
    const m = table[name];
    if (m) return _bindNative(name, m, obj);
    if (name === '__hash__' && _UNHASHABLE.has(table)) return null;
    const number = _numberAttribute(obj, name);
    if (number !== undefined) return number;
    // A named tuple's fields and its own _fields, _asdict, _replace (stdlib/namedtuple.ts).
    const fields = namedFields(obj);
    if (fields !== undefined && Object.hasOwn(obj as object, name)) {
      // A field called `length` (a packet header's) cannot be an array's own property: it is read by index.
      return name === 'length' ? (fields.includes(name) ? (obj as unknown[])[fields.indexOf(name)] : _missing(obj, name)) : (obj as unknown as Record<string, unknown>)[name];
    }
    const ownType = namedType(obj);
    if (ownType !== undefined && name === '__class__') return ownType;
    // A struct sequence's class attributes, read through an instance (sys.float_info.n_fields).
    if (ownType !== undefined && (obj as Record<symbol, unknown>)[_STRUCT_SEQUENCE] === true && /^n_(?:sequence_|unnamed_)?fields$/.test(name)) return (ownType as unknown as Record<string, unknown>)[name];
    if (!user && (typeof obj !== 'object' || Array.isArray(obj) || obj instanceof PyDict || obj instanceof PySet)) _missing(obj, name);
  }
  if (obj instanceof Error) {
    if (name === 'name' && obj instanceof NameError) return obj.nameNotFound ?? null;
    if (name === 'name' && obj instanceof AttributeError) return obj.attrName ?? null;
    if (name === 'obj' && obj instanceof AttributeError) return obj.obj ?? null;
    if (name === 'name' && obj instanceof ImportError) return (obj as unknown as { moduleName?: string }).moduleName ?? null;
    if (name === 'args') return 'args' in obj ? (obj as unknown as { args: unknown }).args : tuple(obj.message);
    if (name === '__traceback__') return tracebackOf(obj);
    if (obj instanceof BaseExceptionGroup) {
      if (name === 'message') return obj.egMessage;
      if (name === 'exceptions') return obj.exceptions;
      const groupMethod = GROUP_METHODS[name];
      if (groupMethod !== undefined) {
        const bound = native(name, (a) => groupMethod(obj, a));
        Object.defineProperty(bound, pyRepr, { value: () => `<built-in method ${name} of ${pyTypeName(obj)} object at ${addressOf(obj)}>` });
        return bound;
      }
    }
    const method = name === 'with_traceback' || name === 'add_note' ? _exceptionMethod(obj, name) : undefined;
    if (method !== undefined) return method;
    // `raise X from Y` sets __cause__ (None for `from None`) and __suppress_context__.
    if (name === '__cause__' || name === '__context__') return (obj as unknown as Record<string, unknown>)[name] ?? null;
    if (name === '__suppress_context__') return Object.hasOwn(obj, '__cause__');
    if (_EXCEPTION_ATTRS.has(name)) {
      const v = (obj as unknown as Record<string, unknown>)[name];
      return v ?? null;
    }
  }
  if (typeof obj !== 'object' && typeof obj !== 'function') _missing(obj, name);
  const o = obj as Record<string, unknown>;
  // A class's class is type.
  if (name === '__class__' && typeof obj === 'function' && (obj as unknown as Record<symbol, unknown>)[METATYPE] !== undefined) return (obj as unknown as Record<symbol, unknown>)[METATYPE];
  if (name === '__class__' && typeof obj === 'function' && ((obj as unknown as Record<symbol, unknown>)[PY_CLASS] || BUILTIN_TYPE_METHODS.has(obj)) && BUILTIN_TYPES.type) return BUILTIN_TYPES.type;
  if (name === '__class__') return obj instanceof PyGenerator && BUILTIN_TYPES.generator ? BUILTIN_TYPES.generator : (o as { constructor?: unknown }).constructor;
  if (typeof obj === 'function' && FUNCTION_ATTRIBUTES.has(name)) {
    const v = functionAttribute(obj as Function, name);
    if (v !== undefined) return v;
  }
  if (name === '__name__' && typeof obj === 'function') return obj === Socket ? 'socket' : (obj as Function).name || '<lambda>';
  if (name === '__qualname__' && typeof obj === 'function') return obj === Socket ? 'socket' : qualnameOf(obj as Function);
  if (name === '__module__' && typeof obj === 'function' && !Object.hasOwn((obj as Function).prototype ?? {}, '__module__')) return _moduleOf(obj as Function);
  if (name === '__bases__' && typeof obj === 'function') {
    const bases = basesOf(obj as Function);
    return bases !== undefined ? tuple(...bases) : tuple(_mro(obj as Function)[1] ?? BUILTIN_TYPES.object);
  }
  if (name === '__mro__' && typeof obj === 'function') return tuple(..._mro(obj as Function));
  // type.mro(): the class's own `mro` attribute, if it has one, answers first (a class's attribute shadows its metaclass's).
  if (name === 'mro' && typeof obj === 'function' && (obj as unknown as Record<symbol, unknown>)[PY_CLASS] && !('mro' in (obj as Function).prototype)) {
    return native('mro', () => [..._mro(obj as Function)]);
  }
  if (typeof obj === 'function' && BUILTIN_TYPE_METHODS.has(obj)) {
    const methods = BUILTIN_TYPE_METHODS.get(obj)!;
    const descriptor = _typeAttribute(obj as Function, name);
    if (descriptor !== undefined) return descriptor;
    if (name === '__hash__' && _UNHASHABLE.has(methods)) return null;
    const statics = (obj as unknown as Record<string, unknown>)[name];
    if (statics !== undefined && Object.hasOwn(obj, name) && !_jsOnly(obj, name)) return statics;
    throw attributeError(obj, name, `type object '${(obj as Function).name}' has no attribute '${name}'`);
  }
  if (typeof obj === 'function' && (obj as Function).prototype === Socket.prototype) {
    const attribute = socketClassAttribute(name, getattr);
    if (attribute !== undefined) return attribute;
  }
  // A str or list subclass's instance is a String object or an array: its items are not attributes.
  if (name === '__dict__' && typeof obj === 'object') {
    const apart = Object.getOwnPropertyDescriptor(obj, PY_SHADOWED)?.value as object | undefined;
    const items = obj instanceof String || Array.isArray(obj);
    const entries = [...Object.entries(o).filter(([k]) => !(items && /^\d+$/.test(k))), ...Object.entries(apart ?? {})];
    return isUserInstance(obj) ? _instanceDict(obj as object, entries) : new PyDict(entries);
  }
  // An instance's __module__ is its class's (a class attribute).
  if (name === '__module__' && typeof obj === 'object' && !Object.hasOwn(o, name) && typeof o.constructor === 'function' && (o.constructor as unknown as Record<symbol, unknown>)[PY_CLASS]) return getattr(o.constructor, name);
  // A def's or class's docstring; an instance has its class's.
  if (name === '__doc__' && typeof obj === 'function' && !Object.hasOwn(obj, name)) return (obj as unknown as Record<symbol, unknown>)[PY_DOC] ?? null;
  if (name === '__doc__' && isUserInstance(obj) && !(name in o)) return getattr(o.constructor, name);
  // A bound method's object and function (`d.m.__func__ is D.m`).
  if (name === '__self__' && typeof obj === 'function' && BOUND_SELF in obj) return (obj as unknown as Record<symbol, unknown>)[BOUND_SELF];
  if (name === '__func__' && typeof obj === 'function' && BOUND_FUNCTION in obj) {
    const f = (obj as unknown as Record<symbol, Function>)[BOUND_FUNCTION]!;
    return (f as unknown as Record<symbol, unknown>)[PY_NATIVE] ? _missing(obj, name) : unboundMethod(f);
  }
  if (typeof obj === 'function' && (obj as unknown as Record<symbol, unknown>)[PY_CLASS]) {
    const inherited = OBJECT[name];
    if (inherited && !(name in (obj as Function).prototype) && !(name in obj)) return _objectMethod(name);
    if (name === '__dict__') return _classDict(obj as Function);
    const shadowing = shadowingMethod((obj as Function).prototype as object, name);
    if (shadowing !== undefined) return unboundMethod(shadowing as Function);
    // A subclass of dict, list, int or str that does not define `name`: the type's own (`D.get`).
    const builtin = _builtinBaseType(obj as Function);
    if (builtin !== undefined && !pythonDefines((obj as Function).prototype as object, name)) {
      const descriptor = _typeAttribute(builtin, name);
      if (descriptor !== undefined) return descriptor;
    }
    const proto = (obj as Function).prototype as object;
    // A subclass of socket.socket: socket's own methods and properties as `socket.socket.recv` shows them.
    if (proto instanceof Socket && !pythonDefines(proto, name)) {
      const attribute = socketClassAttribute(name, getattr);
      if (attribute !== undefined) return attribute;
    }
    const inProto = name in proto && !_jsOnly(proto, name);
    if (!inProto && (!(name in obj) || _jsOnly(obj as Function, name))) {
      const meta = (obj as unknown as Record<symbol, Function | undefined>)[METATYPE];
      const found = meta !== undefined && (meta as unknown as Record<symbol, unknown>)[IS_METACLASS] ? _metaclassAttribute(obj as Function, meta, name) : undefined;
      if (found !== undefined) return found.value;
      return _exceptionClassData(obj, name) ?? _missing(obj, name);
    }
    const v = inProto ? ((obj as Function).prototype as Record<string, unknown>)[name] : o[name];
    if (descriptorsMade && isDescriptor(v)) return describe(v, obj, name, obj as Function);
    // __new__ is a static method: object's (or a builtin base's) takes the class first (`A.__new__(A)`).
    if (name === '__new__' && typeof v === 'function' && (v as unknown as Record<symbol, unknown>)[PY_NATIVE]) return v;
    return typeof v === 'function' && !(v as unknown as Record<symbol, unknown>)[PY_CLASS] ? unboundMethod(v) : v;
  }
  const inherited = OBJECT[name];
  if (inherited && !(name in o) && (isUserInstance(obj) || o.constructor === PyObject)) return _bindNative(name, inherited, obj);
  if (isUserInstance(obj)) {
    // A method named as a JS one that cannot be a class's (`def constructor(self)`, call.ts defineClass).
    const apart = shadowingMethod(obj as object, name);
    if (apart !== undefined) return _isInstanceAttribute(obj, name) ? apart : bindMethod(apart as Function, obj);
  }
  if (typeof obj === 'function' && !(name in o)) {
    const data = _prototypeData(obj as Function, name);
    if (data !== undefined) return data.value ?? null;
  }
  if (!(name in o) || name === 'constructor' || _jsOnly(o, name, user && !(obj instanceof bytes))) return _exceptionClassData(obj, name) ?? _missing(obj, name);
  const v = o[name];
  if (typeof v === 'function' && !Object.hasOwn(o, name) && typeof obj === 'object' && !_isClass(v)) {
    const bound = bindMethod(v, obj);
    if (obj instanceof Socket) showAsSocketMethod(bound, name, obj);
    return bound;
  }
  // A property, staticmethod or classmethod of the instance's class (a property's getter is deferred).
  if (descriptorsMade && isDescriptor(v) && !Object.hasOwn(o, name) && typeof obj === 'object') return describe(v, obj, name);
  return v === undefined ? null : v;
}

/**
 * An attribute of a class's metaclass, read through the class (`cls._instances`, `C.hello()`):
 * type(C)'s MRO after C's own, as type_getattro looks (a method is bound to the class).
 */
function _metaclassAttribute(cls: Function, meta: Function, name: string): { value: unknown } | undefined {
  for (let p = meta.prototype as object | null; p && (p as { constructor?: Record<symbol, unknown> }).constructor?.[PY_CLASS]; p = Object.getPrototypeOf(p) as object | null) {
    if (!Object.hasOwn(p, name)) continue;
    const v = (p as Record<string, unknown>)[name];
    if (descriptorsMade && isDescriptor(v)) return { value: describe(v, cls, name) };
    return { value: typeof v === 'function' && !(v as unknown as Record<symbol, unknown>)[PY_CLASS] ? bindMethod(v, cls) : v };
  }
  return undefined;
}

/**
 * A class attribute of a TypeScript class that its instances read from its prototype (string.Template's
 * `delimiter`): `Cls.attr` is that value too, as a Python class's attribute is one value for both.
 * Methods (functions) and getters are not class data.
 */
function _prototypeData(cls: Function, name: string): { value: unknown } | undefined {
  for (let p = cls.prototype as object | null | undefined; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d === undefined) continue;
    return 'value' in d && typeof d.value !== 'function' ? { value: d.value as unknown } : undefined;
  }
  return undefined;
}

/** The names JavaScript gives every object or function (Object.prototype's, Function.prototype's, a function's own). */
const _JS_NAMES = new Set([
  ...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Function.prototype),
  'length', 'name', 'prototype', 'caller', 'arguments',
]);
const _OBJECT_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const _FUNCTION_OWN = new Set(['length', 'name', 'prototype', 'caller', 'arguments']);

/** On a TypeScript class a Python class extends: its prototype's names are Python's (a namedtuple's fields and _replace). */
export const PYTHON_NAMES = Symbol.for('socklab.python.namesArePython');

/**
 * Whether `name`, found on `o`, is JavaScript's and no Python attribute: `x.toString`,
 * `x.hasOwnProperty`, `f.call`, `f.length` are CPython's AttributeError unless the program's
 * class defines them (or set them on the object). On an instance of a Python subclass of list,
 * dict or str (`builtinBase`), every method of the JS class underneath is (`push`, `has`, `trim`):
 * the builtin's Python methods are in its table.
 */
function _jsOnly(o: object, name: string, builtinBase = false): boolean {
  if (!builtinBase && !_JS_NAMES.has(name)) return false;
  for (let p: object | null = o; p; p = Object.getPrototypeOf(p) as object | null) {
    if (!Object.hasOwn(p, name)) continue;
    if (p === Object.prototype || p === Function.prototype) return true;
    if (p === o) return name === 'constructor' || name === 'length' && (Array.isArray(o) || o instanceof String) || typeof o === 'function' && _FUNCTION_OWN.has(name);
    const owner = Object.hasOwn(p, 'constructor') ? (p as { constructor: unknown }).constructor : undefined;
    if (typeof owner === 'function' && ((owner as unknown as Record<symbol, unknown>)[PY_CLASS] || (owner as unknown as Record<symbol, unknown>)[PYTHON_NAMES])) return false;
    // A TypeScript class's own toString is JavaScript's; its bind (a socket's) is Python's.
    return builtinBase || _OBJECT_NAMES.has(name) || name === 'length' && ArrayBuffer.isView(o);
  }
  return false;
}

/**
 * `dict.__init__` and `list.__init__`, which a subclass's own __init__ calls (`dict.__init__(self,
 * pairs)`): the type's, which fills the instance (builtin-bases.ts); int's, str's and object's
 * are object's, which does nothing.
 */
function _builtinInit(type: Function): Function | undefined {
  const owner = definingType(type.name, '__init__');
  if (owner === 'object') return _objectMethod('__init__');
  const base = (type as unknown as Record<symbol, Function | undefined>)[Symbol.for('socklab.python.classOf')];
  const init = (base?.prototype as Record<string, unknown> | undefined)?.__init__;
  if (typeof init !== 'function') return undefined;
  const check = (type as unknown as Record<symbol, ((x: unknown) => boolean) | undefined>)[_TYPE_CHECK] ?? (() => true);
  return methodDescriptor(owner, owner, '__init__', true, check, (args, kw) => invoke(init, args[0], args.slice(1), kw));
}

/** The builtin type a Python class derives from (`dict` for `class D(dict)`), if it derives from one. */
function _builtinBaseType(cls: Function): Function | undefined {
  let c = cls;
  while ((c as unknown as Record<symbol, unknown>)[PY_CLASS]) c = Object.getPrototypeOf(c) as Function;
  const type = (c as unknown as Record<symbol, Function | undefined>)[BUILTIN_TYPE];
  return type !== undefined && BUILTIN_TYPE_METHODS.has(type) ? type : undefined;
}

/** `str.upper`, `int.from_bytes`, `dict.fromkeys`: one object per type and name, as `str.upper is str.upper`. */
function _typeAttribute(type: Function, name: string): unknown {
  let cache = _typeAttributes.get(type);
  if (!cache) _typeAttributes.set(type, (cache = new Map()));
  if (cache.has(name)) return cache.get(name);
  const made = _makeTypeAttribute(type, name);
  if (made !== undefined) cache.set(name, made);
  return made;
}
const _typeAttributes = new WeakMap<Function, Map<string, unknown>>();

const _TYPE_CHECK = Symbol.for('socklab.python.typeCheck');

function _makeTypeAttribute(type: Function, name: string): unknown {
  const methods = BUILTIN_TYPE_METHODS.get(type)!;
  const typeName = type.name;
  // A class method held as a property of the type object (dict.fromkeys, bytes.fromhex).
  const own = Object.getOwnPropertyDescriptor(type, name)?.value as unknown;
  if (typeof own === 'function' && !/^(name|length|prototype)$/.test(name)) return typeMethod(type, typeName, name, (args, kw) => callJS(own, undefined, args, kw));
  if (name === '__init__') return _builtinInit(type);
  // object.__new__(cls): the instance, without __init__ (a singleton's `object.__new__(cls)`).
  if (name === '__new__' && methods === OBJECT) return (PyObject.prototype as unknown as Record<string, unknown>).__new__;
  // int.__new__(P, 7), tuple.__new__(cls, items): the type's, that a Python subclass's instance is made by (builtin-bases.ts).
  const base = (type as unknown as Record<symbol, Function | undefined>)[Symbol.for('socklab.python.classOf')];
  if (name === '__new__' && base !== undefined) return (base.prototype as Record<string, unknown>).__new__;
  if (!Object.hasOwn(methods, name)) return undefined;
  const unbound = methods[name]!;
  if (methods === OBJECT) return _objectMethod(name);
  // A static method (str.maketrans) takes no instance first: the table's version skips it.
  if (_STATICS.get(methods)?.has(name)) return typeMethod(type, typeName, name, (args, kw) => unbound([null, ...args], kw));
  // Only what CPython's type has (the tables hold a few helpers of socklab's own).
  const listed = builtinTypeDir(typeName);
  if (listed !== undefined && !listed.includes(name)) return undefined;
  const owner = definingType(typeName, name);
  const ownerType = owner === 'object' ? undefined : BUILTIN_TYPES[owner] ?? type;
  const check = (ownerType as unknown as Record<symbol, ((x: unknown) => boolean) | undefined> | undefined)?.[_TYPE_CHECK] ?? (() => true);
  const call: NativeFunction = _SHOWS_VALUE.has(name)
    ? (args, kw) => unbound([builtinValueOf(args[0]), ...args.slice(1)], kw)
    : (args, kw) => unbound([strValue(args[0]), ...args.slice(1)], kw);
  return methodDescriptor(owner, owner, name, isSlotWrapper(owner, name), check, call);
}

/** Whether `name` was set on `obj` itself under PY_SHADOWED (an attribute, not its class's method). */
const _isInstanceAttribute = (obj: unknown, name: string): boolean => {
  const own = Object.getOwnPropertyDescriptor(obj, PY_SHADOWED)?.value as object | undefined;
  return own !== undefined && Object.hasOwn(own, name);
};

/**
 * Python's `obj.name = value`: true, or undefined when a property's setter was started (its
 * promise deferred, for `py.setattr(…) ?? await py.dunder()`).
 */
/** A finished enum class's member names (stdlib/enum.ts), which assignment cannot rebind. */
export const ENUM_MEMBER_NAMES = Symbol.for('socklab.python.enumMemberNames');

export function setattr(obj: unknown, name: string, value: unknown): true | undefined {
  // A Python class's __setattr__ runs for every assignment to its instances' attributes (deferred).
  const hook = attributeHooksMade && typeof obj === 'object' && obj !== null ? _hook(obj, '__setattr__') : undefined;
  if (hook) return defer(_callHook(hook, obj as object, [name, value]));
  return store(obj, name, value);
}

/** `object.__setattr__(obj, name, value)`: the assignment without a class's __setattr__. */
export function store(obj: unknown, name: string, value: unknown): true | undefined {
  // An enum member's name and value are read-only (Enum's properties; no __setattr__ hook, which would slow every assignment).
  if ((name === 'name' || name === 'value') && typeof obj === 'object' && obj !== null && (obj.constructor as unknown as Record<symbol, unknown> | undefined)?.[ENUM_MEMBER_NAMES] !== undefined) {
    throw attributeError(obj, name, `<enum 'Enum'> cannot set attribute '${name}'`);
  }
  if (obj instanceof Error && name === '__traceback__') {
    setTraceback(obj, value);
    return true;
  }
  if (isNone(obj) || typeof obj !== 'object' && typeof obj !== 'function' || Array.isArray(obj) || obj instanceof Map || obj instanceof Set || obj instanceof PyFloat || obj instanceof PyIntEnum) {
    // A struct sequence (stdlib/structseq.ts): structseq's members are read-only, and it has no __dict__.
    if (Array.isArray(obj) && (obj as unknown as Record<symbol, unknown>)[_STRUCT_SEQUENCE] === true) {
      if (Object.hasOwn(obj as object, name)) throw attributeError(obj, name, 'readonly attribute');
      throw attributeError(obj, name, `'${QUALIFIED_NAMES.get(namedType(obj) as Function) ?? pyTypeName(obj)}' object has no attribute '${name}'`);
    }
    // A named tuple's field is a read-only property (3.11: "can't set attribute").
    if (namedFields(obj)?.includes(name)) throw attributeError(obj, name, "can't set attribute");
    if ((typeof obj === 'string' || isInt(obj) || Array.isArray(obj) || isNone(obj) || obj instanceof Map) && !isUserInstance(obj)) {
      throw attributeError(obj, name, `'${pyTypeName(obj)}' object has no attribute '${name}'`);
    }
  }
  // object() has no __dict__.
  if (typeof obj === 'object' && obj !== null && obj.constructor === PyObject) throw attributeError(obj, name, `'object' object has no attribute '${name}'`);
  if (typeof obj === 'function' && (obj as unknown as Record<symbol, unknown>)[PY_CLASS]) {
    // EnumType.__setattr__: `Color.RED = 3`.
    if ((obj as unknown as Record<symbol, Set<string> | undefined>)[ENUM_MEMBER_NAMES]?.has(name)) throw attributeError(obj, name, `cannot reassign member '${name}'`);
    classAttributeSet(name);
    ((obj as Function).prototype as Record<string, unknown>)[name] = value;
    for (const p of clonePrototypes(obj as Function)) (p as Record<string, unknown>)[name] = value;
    return true;
  }
  if (typeof obj === 'function' && setFunctionMeta(obj as Function, name, value)) return true;
  // `string.Template.delimiter = '%'`: the class data its instances read (_prototypeData).
  if (typeof obj === 'function' && !Object.hasOwn(obj, name) && _prototypeData(obj as Function, name) !== undefined) {
    ((obj as Function).prototype as Record<string, unknown>)[name] = value;
    return true;
  }
  // A property of the instance's class: its setter runs (deferred), or CPython's AttributeError.
  if (descriptorsMade) {
    const current = (obj as Record<string, unknown>)[name];
    if (current instanceof PyProperty && !Object.hasOwn(obj as object, name)) return setDescribed(current, obj, name, value);
  }
  if (jsOwnedName(obj, name)) {
    setShadowed(obj as object, name, value);
    return true;
  }
  (obj as Record<string, unknown>)[name] = value;
  return true;
}

/** Python's `del obj.name`: undefined when a property's deleter runs (deferred, as setattr's setter). */
export function delattr(obj: unknown, name: string): true | undefined {
  const hook = attributeHooksMade && typeof obj === 'object' && obj !== null ? _hook(obj, '__delattr__') : undefined;
  if (hook) return defer(_callHook(hook, obj as object, [name]));
  return remove(obj, name);
}

/** `object.__delattr__(obj, name)`: the deletion without a class's __delattr__. */
export function remove(obj: unknown, name: string): true | undefined {
  const current = descriptorsMade && typeof obj === 'object' && obj !== null ? (obj as Record<string, unknown>)[name] : undefined;
  if (current instanceof PyProperty && !Object.hasOwn(obj as object, name)) return setDescribed(current, obj, name, undefined, true);
  // A Python class's attributes live on its prototype (store()), or on the class itself: `del A.x`, `del A.__getattr__`.
  if (typeof obj === 'function' && (obj as unknown as Record<symbol, unknown>)[PY_CLASS]) {
    const proto = (obj as Function).prototype as Record<string, unknown>;
    if (name === 'constructor') _missing(obj, name);
    if (Object.hasOwn(proto, name)) {
      delete proto[name];
      for (const p of clonePrototypes(obj as Function)) delete (p as Record<string, unknown>)[name];
    } else if (Object.hasOwn(obj, name)) delete (obj as unknown as Record<string, unknown>)[name];
    else _missing(obj, name);
    return true;
  }
  if (typeof obj !== 'object' || obj === null || !(name in obj)) _missing(obj, name);
  delete (obj as Record<string, unknown>)[name];
  return true;
}

/** object_generic's checks of an attribute name (Objects/object.c PyObject_SetAttr). */
function _attributeName(name: unknown): string {
  if (typeof name === 'string') return name;
  if (name instanceof String) return String(name);
  throw new TypeError(`attribute name must be string, not '${pyTypeName(name)}'`);
}

/** A result that may be deferred (a property's function started), as a builtin method returns it. */
const _settled = (done: true | undefined): unknown => (done === undefined ? dunder()!.then(() => null) : null);

OBJECT.__getattribute__ = (a) => {
  const v = lookup(a[0], _attributeName(a[1]));
  return v === undefined ? dunder() : v;
};
OBJECT.__setattr__ = (a) => _settled(store(a[0], _attributeName(a[1]), a[2]));
OBJECT.__delattr__ = (a) => _settled(remove(a[0], _attributeName(a[1])));

/** getattr() for the runtime's own callers: a property's getter awaited. */
export function getattrAwaited(obj: unknown, name: string): unknown {
  const v = getattr(obj, name);
  return v === undefined ? dunder() : v;
}

export function hasattr(obj: unknown, name: string): boolean | Promise<boolean> {
  try {
    const v = getattr(obj, name);
    // A property: its getter decides (an AttributeError from it is False, as in CPython).
    if (v === undefined) return dunder()!.then(() => true, (e: unknown) => { if (e instanceof AttributeError) return false; throw e; });
    return true;
  } catch {
    return false;
  }
}

/** The builtin values whose every Python method is in their table (subclasses written in TypeScript add their own). */
const _PLAIN_PROTOTYPES = new Set<unknown>([Array.prototype, PyDict.prototype, PySet.prototype, PyFrozenSet.prototype]);

/** bytes' JavaScript methods (subarray, fill, …), which are not Python's. */
const _TYPED_ARRAY_METHODS = new Set<unknown>([Uint8Array.prototype, Object.getPrototypeOf(Uint8Array.prototype)]
  .flatMap((p: object) => Object.getOwnPropertyNames(p).map((n) => Object.getOwnPropertyDescriptor(p, n)?.value).filter((v) => typeof v === 'function')));

/** `obj.name(args…)`: a method call without making a bound method first. */
export function callMethod(obj: unknown, name: string, ...args: unknown[]): unknown {
  const table = _table(obj);
  const last = args[args.length - 1];
  const hasKw = last !== undefined && last !== null && (last as object).constructor?.name === 'Kwargs';
  const positional = hasKw ? args.slice(0, -1) : args;
  const kwargs = hasKw ? (last as { values: Record<string, unknown> }).values : undefined;
  // A class's __getattribute__ answers every lookup, a method's too.
  if (attributeHooksMade && typeof obj === 'object' && obj !== null && _hook(obj, '__getattribute__')) return _callFound(getattr(obj, name), positional, kwargs);
  const own = table ? _override(obj, name) : undefined;
  // A Python subclass's own method (`def append(self, x)` in `class Registry(list)`).
  if (own && isUserInstance(obj)) return invoke(own, obj, positional, kwargs);
  if (table && !own) {
    const m = table[name];
    // An instance of a str subclass is its str to str's methods, as an argument too (`'-'.join(names)` aside).
    const self = strValue(obj);
    const given = table === STR && positional.some((x) => x instanceof String) ? positional.map(strValue) : positional;
    if (m) return _TAKES_MAPPINGS.has(m) ? m([self, ...given], kwargs) : _withCollected(given, (items) => m([self, ...items], kwargs));
    // A list, dict, set or frozenset has no other methods (a namedtuple's are its own properties):
    // its JavaScript ones (push, has, add on a frozenset) are CPython's AttributeError, as getattr() says.
    if (_PLAIN_PROTOTYPES.has(Object.getPrototypeOf(obj)) && !Object.hasOwn(obj as object, name)) return invoke(getattr(obj, name), undefined, positional, kwargs);
  }
  // A module's function (itertools.islice(count(), 3)) is called as `from m import f; f()` calls it:
  // the builtin-method path below would collect a generator argument, and count() never ends.
  if (typeof obj === 'object' && obj !== null && !(obj instanceof Error && _EXCEPTION_ATTRS.has(name)) && (obj as Record<symbol, unknown>)[Symbol.toStringTag] !== 'module') {
    const f = (obj as Record<string, unknown>)[name];
    if (typeof f === 'function' && name !== 'constructor' && !_TYPED_ARRAY_METHODS.has(f) && !_jsOnly(obj, name, table !== undefined && isUserInstance(obj) && !(obj instanceof bytes))) {
      if (isFreeFunction(f)) {
        // A class's function is a method; one in the instance's own __dict__ (`self.fn = fn`) is not bound.
        return Object.hasOwn(obj, name) ? invoke(f, undefined, positional, kwargs) : invoke(f, undefined, [obj, ...positional], kwargs);
      }
      const marks = f as unknown as Record<symbol, unknown>;
      // A function in an instance's own attributes (`self._callback = cb`) is not bound to it, as in CPython.
      if (marks[PY_FUNCTION]) return invoke(f, Object.hasOwn(obj, name) && isUserInstance(obj) ? undefined : obj, positional, kwargs);
      // A TypeScript method (a socket's send, recv): what invoke() would do, without its async
      // frame, a Promise and an await more per call in a loop's every round.
      if (marks[TAKES_VALUES]) return invoke(f, obj, positional, kwargs);
      if (marks[PY_NATIVE] || marks[PY_CLASS]) return _withCollected(positional, (items) => invoke(f, obj, items, kwargs));
      return _withCollected(positional, (items) => callJS(f, obj, items, kwargs));
    }
  }
  return _callFound(getattr(obj, name), positional, kwargs);
}

/**
 * `obj.name(args…)` for the runtime's own callers (print's file.write, pickle's append): a
 * property's or a __getattr__'s value is awaited before it is called.
 */
export function invokeAttribute(obj: unknown, name: string, args: unknown[], kw: Record<string, unknown> | undefined): Promise<unknown> {
  return _callFound(getattr(obj, name), args, kw) as Promise<unknown>;
}

/** Calls what getattr() found: a deferred value (a property's, a __getattr__'s) once it is there. */
function _callFound(f: unknown, positional: unknown[], kwargs: Record<string, unknown> | undefined): unknown {
  if (f === undefined) return dunder()!.then((g) => invoke(g, undefined, positional, kwargs));
  return invoke(f, undefined, positional, kwargs);
}

/**
 * The methods whose arguments are looked up, not iterated: a Python class's __getitem__ answers
 * them (str.format's `{0[k]}` too, whose argument is never a list of its items).
 */
const _TAKES_MAPPINGS = new Set<NativeFunction>([
  STR.translate!, STR.format_map!, STR.format!, DICT.update!,
  // Methods that take a value as it is, never its items: an iterable Python object (a Flag
  // member) is appended, looked up or added, not collected into a list first.
  ...[LIST.append, LIST.insert, LIST.remove, LIST.index, LIST.count, DICT.get, DICT.setdefault, DICT.pop, SET.add, SET.discard, SET.remove].filter((m) => m !== undefined),
]);

/**
 * A builtin method takes a generator (or a Python iterator) as the list of its items: s.update(x
 * for x in xs), b''.join(…) and the socket module's methods iterate synchronously.
 */
function _withCollected(args: unknown[], call: (args: unknown[]) => unknown): unknown {
  if (!args.some(isAsyncSource)) return call(args);
  return Promise.all(args.map((x) => (isAsyncSource(x) ? collect(x) : x))).then(call);
}

/**
 * The builtin type's methods that take a subclass's instance as the builtin value it is: dict's
 * __repr__ on a Registry(dict) is the dict's, not Registry's own __repr__ again (these go through
 * repr(), iter() and len(), which ask the instance's own methods first).
 */
const _SHOWS_VALUE = new Set(['__repr__', '__str__', '__format__', '__iter__', '__len__']);

/**
 * `super().name`: the base class's method, bound to self. `shadowed` is the base's table of the
 * methods named as JS ones (call.ts _moveShadowing): a base's own `push` is there, not `f`.
 */
export function superMethod(f: unknown, self: unknown, name: string, shadowed?: Record<string, unknown>): Function {
  const own = shadowed?.[name];
  if (typeof own === 'function') return bindMethod(own, self);
  // A TypeScript base (threading.Thread) was constructed already: its __init__ has nothing to do.
  if (f === undefined && name === '__init__') return native('__init__', () => null);
  // object.__init_subclass__: nothing to do, and no keywords left for it.
  if (f === undefined && name === '__init_subclass__') {
    return native('__init_subclass__', (_a, kw) => {
      if (kw !== undefined && Object.keys(kw).length > 0) throw new TypeError(`${typeof self === 'function' ? self.name : pyTypeName(self)}.__init_subclass__() takes no keyword arguments`);
      return null;
    });
  }
  // object's own (`super().__setattr__(k, v)` in a class's __setattr__).
  if (f === undefined && Object.hasOwn(OBJECT, name)) return _bindNative(name, OBJECT[name]!, self);
  // A subclass of dict, list or int: the builtin type's method (`super().__setitem__(k, v)`),
  // its repr and str those of the value itself, not the subclass's own __repr__ again.
  const isPython = typeof f === 'function' && Boolean((f as unknown as Record<symbol, unknown>)[PY_FUNCTION]);
  const table = isUserInstance(self) && !isPython ? _table(self) : undefined;
  const builtin = table?.[name];
  if (builtin) {
    const plain = _SHOWS_VALUE.has(name) ? builtinValueOf(self) : self;
    return _bindNative(name, builtin, plain);
  }
  if (typeof f !== 'function') throw attributeError(self, name, `'super' object has no attribute '${name}'`);
  return bindMethod(f, self);
}

/**
 * `super().name` in a decorated def of class `cls` (a function of the class body, not a JS
 * method): the base's attribute, bound to `self` (a classmethod's cls: to that class).
 */
export function superAttribute(cls: Function, self: unknown, name: string): unknown {
  // super(cls, obj) with obj neither an instance of cls nor a subclass of it (a nested def's first argument).
  const fits = self instanceof cls || (typeof self === 'function' && (self === cls || self.prototype instanceof cls));
  if (!fits) throw new TypeError('super(type, obj): obj must be an instance or subtype of type');
  const base = prototypeAfter(cls, self) as Record<string, unknown> | null;
  const v = base?.[name];
  if (isDescriptor(v)) return typeof self === 'function' ? describe(v, self, name, self as Function) : describe(v, self, name);
  // A classmethod's super(): the base class's plain attribute or method, as the class itself has it.
  if (typeof self === 'function') return getattr(linkOf(base) ?? Object.getPrototypeOf(cls) as Function, name);
  // A base's class attribute (`x = 5`, a nested class) is itself: only functions bind.
  if (v !== undefined && (typeof v !== 'function' || (v as unknown as Record<symbol, unknown>)[PY_CLASS])) return v;
  return superMethod(v, self, name);
}

export { PY_FUNCTION, PY_NATIVE, contains };
