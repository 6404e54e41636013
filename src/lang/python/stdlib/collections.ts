// Python's collections module (Lib/collections/__init__.py, CPython 3.11): deque, defaultdict,
// Counter, OrderedDict and namedtuple, with CPython's reprs and errors. They join Python's
// operators through the native slots of runtime/native.ts (len, truth, x[i], `in`, __missing__).
import { QUALIFIED_NAMES, ValueError } from '../../../socket/exceptions.ts';
import { pyRepr, repr } from '../../../socket/format.ts';
import { tuple } from '../../../socket/tuple.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { ITERATES_ARGUMENTS, argAt as _arg, invoke, native, takesValues } from '../runtime/call.ts';
import { IndexError, KeyError } from '../runtime/exceptions.ts';
import {
  NATIVE_BINARY, NATIVE_COMPARE, NATIVE_CONTAINS, NATIVE_DELITEM, NATIVE_GETITEM, NATIVE_HASH, NATIVE_LEN, NATIVE_MISSING, NATIVE_SETITEM, NATIVE_UNARY,
} from '../runtime/native.ts';
import * as ops from '../runtime/ops.ts';
import { PyDict, intValue, isInt, isNone } from '../runtime/values.ts';
import { KWLIST as _KEYWORDS } from '../keywords.ts';
import { namedTuple, namedType } from './namedtuple.ts';
import { namedTupleArguments, namedTupleBase } from './typed-classes.ts';
import { addGenericOrigins } from '../runtime/generic-alias.ts';
import { lazyRegExp } from '../../../lazy-regexp.ts';

type Kw = Record<string, unknown> | undefined;

/** Defines Python methods on a TypeScript class's prototype, each called with (self, args, keywords). */
function _methods<T>(cls: { prototype: T }, table: Record<string, (self: T, a: unknown[], kw: Kw) => unknown>): void {
  for (const [name, fn] of Object.entries(table)) {
    Object.defineProperty(cls.prototype, name, {
      value: native(name, function (this: T, a, kw) { return fn(this, a, kw); }),
      writable: true,
      configurable: true,
    });
  }
}


const _isOptions = (x: unknown): boolean => typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;

// ---------------------------------------------------------------------------------------------

export class deque {
  // tp_name, as CPython's messages print it: unhashable type: 'collections.deque'.
  static readonly pyTypeName = 'collections.deque';
  items: unknown[] = [];
  readonly maxlen: number | null;

  constructor(iterable?: unknown, maxlen?: unknown, options?: unknown) {
    // Keywords arrive as a trailing options object: deque([1], maxlen=3), deque(maxlen=3).
    const opts = [iterable, maxlen, options].find(_isOptions) as Record<string, unknown> | undefined;
    if (opts) {
      if (iterable === opts) iterable = opts.iterable;
      if (maxlen === opts || maxlen === undefined) maxlen = opts.maxlen;
    }
    if (maxlen !== undefined && !isNone(maxlen)) {
      if (!isInt(maxlen)) throw new TypeError('an integer is required');
      const n = Number(intValue(maxlen));
      if (n < 0) throw new ValueError('maxlen must be non-negative');
      this.maxlen = n;
    } else {
      this.maxlen = null;
    }
    if (iterable !== undefined && !isNone(iterable)) for (const x of ops.iter(iterable)) this.push(x);
  }

  push(x: unknown): void {
    this.items.push(x);
    if (this.maxlen !== null && this.items.length > this.maxlen) this.items.shift();
  }

  unshift(x: unknown): void {
    this.items.unshift(x);
    if (this.maxlen !== null && this.items.length > this.maxlen) this.items.pop();
  }

  at(k: unknown): number {
    // deque has no slicing (deque_subscript takes an index only).
    if (!isInt(k)) throw new TypeError(`sequence index must be integer, not '${ops.typeName(k)}'`);
    let i = Number(intValue(k));
    if (i < 0) i += this.items.length;
    if (i < 0 || i >= this.items.length) throw new IndexError('deque index out of range');
    return i;
  }

  [NATIVE_LEN](): number { return this.items.length; }
  [NATIVE_GETITEM](k: unknown): unknown { return this.items[this.at(k)]; }
  [NATIVE_SETITEM](k: unknown, v: unknown): void { this.items[this.at(k)] = v; }
  [NATIVE_DELITEM](k: unknown): void { this.items.splice(this.at(k), 1); }
  [NATIVE_CONTAINS](v: unknown): boolean { return this.items.some((y) => ops.eq(y, v)); }
  [Symbol.iterator](): Iterator<unknown> { return this.items[Symbol.iterator](); }
  [NATIVE_HASH](): never { throw new TypeError("unhashable type: 'collections.deque'"); }

  /** deque_richcompare: item by item against another deque (maxlen plays no part). */
  [NATIVE_COMPARE](other: unknown, op: string): number | undefined {
    if (!(other instanceof deque)) return undefined;
    if (op === '==') return ops.eq(this.items, other.items) ? 0 : 1;
    return ops.lt(this.items, other.items) ? -1 : ops.eq(this.items, other.items) ? 0 : 1;
  }

  [NATIVE_BINARY](op: string, other: unknown, reflected: boolean): unknown {
    if (op === '+=') {
      for (const x of [...ops.iter(other)]) this.push(x);
      return this;
    }
    if (op === '+' && !reflected) {
      if (!(other instanceof deque)) throw new TypeError(`can only concatenate deque (not "${ops.typeName(other)}") to deque`);
      return new deque([...this.items, ...other.items], this.maxlen);
    }
    if (op === '*' && isInt(other)) {
      const out = new deque(undefined, this.maxlen);
      for (let i = 0; i < Number(intValue(other)); i++) for (const x of this.items) out.push(x);
      return out;
    }
    return undefined;
  }
  [pyRepr](): string {
    const body = `[${this.items.map((x) => repr(x)).join(', ')}]`;
    return this.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${this.maxlen})`;
  }
}

_methods(deque, {
  append: (d, a) => { d.push(a[0]); return null; },
  appendleft: (d, a) => { d.unshift(a[0]); return null; },
  extend: (d, a) => { for (const x of [...ops.iter(a[0])]) d.push(x); return null; },
  extendleft: (d, a) => { for (const x of [...ops.iter(a[0])]) d.unshift(x); return null; },
  pop: (d) => {
    if (d.items.length === 0) throw new IndexError('pop from an empty deque');
    return d.items.pop();
  },
  popleft: (d) => {
    if (d.items.length === 0) throw new IndexError('pop from an empty deque');
    return d.items.shift();
  },
  rotate: (d, a) => {
    const len = d.items.length;
    const n = a[0] === undefined ? 1 : Number(intValue(a[0]));
    if (len > 1) {
      const k = ((n % len) + len) % len;
      d.items.unshift(...d.items.splice(len - k, k));
    }
    return null;
  },
  index: (d, a) => {
    const i = d.items.findIndex((y) => ops.eq(y, a[0]));
    if (i < 0) throw new ValueError(`${repr(a[0])} is not in deque`);
    return i;
  },
  count: (d, a) => d.items.filter((y) => ops.eq(y, a[0])).length,
  remove: (d, a) => {
    const i = d.items.findIndex((y) => ops.eq(y, a[0]));
    if (i < 0) throw new ValueError(`${repr(a[0])} is not in deque`);
    d.items.splice(i, 1);
    return null;
  },
  insert: (d, a) => {
    if (d.maxlen !== null && d.items.length >= d.maxlen) throw new IndexError('deque already at its maximum size');
    const n = d.items.length;
    let i = Number(intValue(a[0]));
    i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
    d.items.splice(i, 0, a[1]);
    return null;
  },
  clear: (d) => { d.items.length = 0; return null; },
  reverse: (d) => { d.items.reverse(); return null; },
  copy: (d) => new deque(d.items, d.maxlen),
});

// ---------------------------------------------------------------------------------------------

/** dict's repr body `{'a': 1}` for the mapping classes' reprs. */
const _dictRepr = (d: PyDict): string => repr(new PyDict(d));

export class defaultdict extends PyDict {
  static override readonly pyTypeName: string = 'defaultdict';
  readonly default_factory: unknown;

  constructor(factory?: unknown, items?: unknown, kw?: Record<string, unknown>) {
    super();
    if (factory !== undefined && !isNone(factory) && typeof factory !== 'function') throw new TypeError('first argument must be callable or None');
    this.default_factory = factory ?? null;
    // `defaultdict(int, a=1)`: the keywords come as the options object (call.ts callJS).
    if (kw === undefined && _isOptions(items)) [items, kw] = [undefined, items as Record<string, unknown>];
    if (items instanceof Map) for (const [k, v] of items) this.set(k, v);
    else if (items !== undefined) for (const [k, v] of ops.iter(items) as Iterable<[unknown, unknown]>) this.set(k, v);
    for (const [k, v] of Object.entries(kw ?? {})) this.set(k, v);
  }

  [NATIVE_MISSING](k: unknown): unknown {
    if (isNone(this.default_factory)) return undefined;
    return Promise.resolve(invoke(this.default_factory as Function, undefined, [], undefined)).then((v) => {
      this.set(k, v);
      return v;
    });
  }

  [pyRepr](): string {
    return `defaultdict(${isNone(this.default_factory) ? 'None' : repr(this.default_factory)}, ${_dictRepr(this)})`;
  }
}

// ---------------------------------------------------------------------------------------------

const _count = (x: unknown): number => Number(intValue(x));

_methods(defaultdict, {
  copy: (d) => new defaultdict(d.default_factory, d),
});

export class Counter extends PyDict {
  static override readonly pyTypeName: string = 'Counter';

  constructor(items?: unknown, options?: Record<string, unknown>) {
    super();
    // Counter(a=1, b=2): the keywords alone arrive as the first argument (call.ts, a trailing options object).
    if (_isOptions(items)) [items, options] = [undefined, items as Record<string, unknown>];
    if (items !== undefined && !isNone(items)) _update(this, items);
    // Counter(iterable, **kwds) counts the keywords too (Counter.update(kwds)).
    if (options && !(options instanceof Map)) _update(this, new PyDict(Object.entries(options)));
  }

  [NATIVE_MISSING](): unknown { return 0; }

  /** Items by count, largest first; equal counts in insertion order (sorted is stable). */
  ordered(): [unknown, unknown][] {
    return [...this.entries()].sort((x, y) => _count(y[1]) - _count(x[1]));
  }

  /** Counter's + - | & (Lib/collections/__init__.py): only positive counts are kept. */
  [NATIVE_BINARY](op: string, other: unknown, reflected: boolean): unknown {
    if (!(other instanceof Counter) || reflected) return undefined;
    const get = (c: Counter, k: unknown): unknown => (c.has(k) ? c.get(k) : 0);
    const out = new Counter();
    const keep = (k: unknown, v: unknown) => { if (ops.gt(v, 0)) out.set(k, v); };
    switch (op) {
      case '+': for (const [k, v] of this) keep(k, ops.add(v, get(other, k))); break;
      case '-': for (const [k, v] of this) keep(k, ops.sub(v, get(other, k))); break;
      case '|': for (const [k, v] of this) keep(k, ops.lt(v, get(other, k)) ? get(other, k) : v); break;
      case '&': for (const [k, v] of this) keep(k, ops.lt(v, get(other, k)) ? v : get(other, k)); break;
      default: return undefined;
    }
    if (op !== '&') {
      for (const [k, v] of other) {
        if (this.has(k)) continue;
        if (op === '-') { if (ops.lt(v, 0)) out.set(k, ops.neg(v)); } else keep(k, v);
      }
    }
    return out;
  }

  [NATIVE_UNARY](op: string): unknown {
    if (op !== '+' && op !== '-') return undefined;
    const out = new Counter();
    for (const [k, v] of this) {
      if (op === '+' ? ops.gt(v, 0) : ops.lt(v, 0)) out.set(k, op === '+' ? v : ops.neg(v));
    }
    return out;
  }

  [pyRepr](): string {
    if (this.size === 0) return 'Counter()';
    return `Counter({${this.ordered().map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}})`;
  }
}

function _update(c: Counter, items: unknown, sign = 1): void {
  if (items instanceof Map) {
    for (const [k, v] of items) c.set(k, ops.add(c.has(k) ? c.get(k) : 0, sign > 0 ? v : ops.neg(v)));
    return;
  }
  for (const k of ops.iter(items)) c.set(k, ops.add(c.has(k) ? c.get(k) : 0, sign));
}

/** update(iterable_or_mapping, **kwds) / subtract(...): the positional source, then the keywords. */
function _updateAll(c: Counter, a: unknown[], kw: Kw, sign: number): void {
  if (a[0] !== undefined && !isNone(a[0])) _update(c, a[0], sign);
  if (kw && Object.keys(kw).length > 0) _update(c, new PyDict(Object.entries(kw)), sign);
}

_methods(Counter, {
  copy: (c) => new Counter(c),
  most_common: (c, a, kw) => {
    const n = _arg(a, kw, 0, 'n');
    const all = c.ordered().map(([k, v]) => tuple(k, v));
    return n === undefined || isNone(n) ? all : all.slice(0, Math.max(0, Number(intValue(n))));
  },
  update: (c, a, kw) => { _updateAll(c, a, kw, 1); return null; },
  subtract: (c, a, kw) => { _updateAll(c, a, kw, -1); return null; },
  elements: (c) => [...c.entries()].flatMap(([k, v]) => Array<unknown>(Math.max(0, _count(v))).fill(k)),
  total: (c) => [...c.values()].reduce((s, v) => ops.add(s, v), 0),
});

// ---------------------------------------------------------------------------------------------

export class OrderedDict extends PyDict {
  static override readonly pyTypeName: string = 'OrderedDict';

  constructor(items?: unknown, kw?: Record<string, unknown>) {
    super();
    // `OrderedDict(a=1)`: the keywords come as the options object (call.ts callJS), a dict never does.
    if (kw === undefined && _isOptions(items)) [items, kw] = [undefined, items as Record<string, unknown>];
    if (items instanceof Map) for (const [k, v] of items) this.set(k, v);
    else if (items !== undefined && !isNone(items)) for (const [k, v] of ops.iter(items) as Iterable<[unknown, unknown]>) this.set(k, v);
    for (const [k, v] of Object.entries(kw ?? {})) this.set(k, v);
  }

  [pyRepr](): string {
    if (this.size === 0) return 'OrderedDict()';
    return `OrderedDict([${[...this.entries()].map(([k, v]) => `(${repr(k)}, ${repr(v)})`).join(', ')}])`;
  }
}

const _last = (a: unknown[], kw: Kw, i: number): boolean => {
  const x = _arg(a, kw, i, 'last');
  return x === undefined ? true : ops.truthy(x);
};

_methods(OrderedDict, {
  // copy() of a dict subclass of these is of its own class (and a defaultdict's keeps its factory).
  copy: (d) => new OrderedDict(d),
  move_to_end: (d, a, kw) => {
    const k = a[0];
    if (!d.has(k)) throw new KeyError(k);
    const v = d.get(k);
    if (_last(a, kw, 1)) {
      d.delete(k);
      d.set(k, v);
    } else {
      const rest = [...d.entries()].filter(([x]) => !ops.eq(x, k));
      d.clear();
      d.set(k, v);
      for (const [x, y] of rest) d.set(x, y);
    }
    return null;
  },
  popitem: (d, a, kw) => {
    if (d.size === 0) throw new KeyError('dictionary is empty');
    const entries = [...d.entries()];
    const [k, v] = _last(a, kw, 0) ? entries[entries.length - 1]! : entries[0]!;
    d.delete(k);
    return tuple(k, v);
  },
});

// ---------------------------------------------------------------------------------------------

const _identifier = lazyRegExp(() => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*$/u);
/** Where a namedtuple class says whether x is one of its instances (builtins.ts isinstance). */
const _TYPE_CHECK = Symbol.for('socklab.python.typeCheck');

/** The field names of namedtuple(typename, field_names, rename=...), checked as Lib/collections does. */
function _fieldNames(typeName: string, fieldNames: unknown, rename: boolean): string[] {
  const names = typeof fieldNames === 'string' ? fieldNames.replace(/,/g, ' ').split(/\s+/).filter(Boolean) : [...ops.iter(fieldNames)].map(String);
  if (rename) {
    const seen = new Set<string>();
    names.forEach((n, i) => {
      if (!_identifier().test(n) || _KEYWORDS.has(n) || n.startsWith('_') || seen.has(n)) names[i] = `_${i}`;
      seen.add(names[i]!);
    });
  }
  for (const n of [typeName, ...names]) {
    if (!_identifier().test(n)) throw new ValueError(`Type names and field names must be valid identifiers: ${repr(n)}`);
    if (_KEYWORDS.has(n)) throw new ValueError(`Type names and field names cannot be a keyword: ${repr(n)}`);
  }
  const seen = new Set<string>();
  for (const n of names) {
    if (n.startsWith('_') && !rename) throw new ValueError(`Field names cannot start with an underscore: ${repr(n)}`);
    if (seen.has(n)) throw new ValueError(`Encountered duplicate field name: ${repr(n)}`);
    seen.add(n);
  }
  return names;
}

/** collections.namedtuple('Point', ['x', 'y'], defaults=None, rename=False, module=None). */
/** collections.namedtuple(typename, field_names, *, rename, defaults, module): the class. */
export function namedtupleClass(a: unknown[], kw: Kw): Function {
  const typeName = _arg(a, kw, 0, 'typename');
  if (typeof typeName !== 'string') throw new TypeError(`namedtuple() argument 'typename' must be str, not ${ops.typeName(typeName)}`);
  const name = typeName;
  const fields = _fieldNames(name, _arg(a, kw, 1, 'field_names'), ops.truthy(kw?.rename ?? false));
  const defaultsArg = kw?.defaults;
  const defaults = defaultsArg === undefined || isNone(defaultsArg) ? [] : [...ops.iter(defaultsArg)];
  if (defaults.length > fields.length) throw new TypeError('Got more default values than field names');
  const fieldDefaults = new PyDict(defaults.map((v, i) => [fields[fields.length - defaults.length + i], v] as const));
  const module = kw?.module === undefined || isNone(kw.module) ? '__main__' : String(kw.module);
  const make = (values: unknown[]): readonly unknown[] => namedTuple(name, fields, values, cls, {
    _fields: tuple(...fields),
    _field_defaults: fieldDefaults,
    _replace: native('_replace', (_a, kw2) => {
      const unknown = Object.keys(kw2 ?? {}).filter((k) => !fields.includes(k));
      if (unknown.length > 0) throw new ValueError(`Got unexpected field names: [${unknown.map((k) => repr(k)).join(', ')}]`);
      return make(fields.map((f, i) => (kw2 && f in kw2 ? kw2[f] : values[i])));
    }),
    _asdict: native('_asdict', () => new PyDict(fields.map((f, i) => [f, values[i]] as const))),
  });
  const cls = native(name, (args, kw2) => {
    return make(namedTupleArguments(name, fields, fieldDefaults, args, kw2));
  });
  Object.defineProperty(cls, '_fields', { value: tuple(...fields) });
  Object.defineProperty(cls, '_field_defaults', { value: fieldDefaults });
  Object.defineProperty(cls, '_make', {
    value: native('_make', (args) => {
      const values = [...ops.iter(args[0])];
      if (values.length !== fields.length) throw new TypeError(`Expected ${fields.length} arguments, got ${values.length}`);
      return make(values);
    }),
  });
  // As a base (`class P(namedtuple('P', 'x y'))`), the type stands for a tuple class of these fields.
  let asBase: Function | undefined;
  const baseClass = (): Function => (asBase ??= namedTupleBase(name, fields, new Map([...fieldDefaults] as [string, unknown][])));
  Object.defineProperty(cls, Symbol.for('socklab.python.classOf'), { get: baseClass });
  Object.defineProperty(cls, _TYPE_CHECK, { value: (x: unknown) => namedType(x) === cls || (asBase !== undefined && x instanceof asBase) });
  Object.defineProperty(cls, pyRepr, { value: () => `<class '${module}.${name}'>` });
  return cls;
}

// The methods that take one value as it is (an iterable Python object is appended, not its items),
// and the constructors that iterate their argument (a generator's items are collected first).
_takeValues(deque.prototype, ['append', 'appendleft', 'index', 'count', 'remove', 'insert']);
_takeValues(OrderedDict.prototype, ['move_to_end']);
for (const cls of [deque, defaultdict, Counter, OrderedDict]) ITERATES_ARGUMENTS.add(cls);

function _takeValues(prototype: object, names: string[]): void {
  for (const name of names) takesValues((prototype as Record<string, Function>)[name]!);
}

export function createCollectionsModule(): PyModule {
  for (const cls of [deque, defaultdict, Counter, OrderedDict]) (QUALIFIED_NAMES as Map<Function, string>).set(cls, `collections.${cls.name}`);
  addGenericOrigins(deque, defaultdict, Counter, OrderedDict);
  return makeModule('collections', { deque, defaultdict, Counter, OrderedDict, namedtuple: native('namedtuple', namedtupleClass) });
}
