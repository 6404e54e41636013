// Python's operator module (Lib/operator.py, CPython 3.11): the operators as functions, for
// functools.reduce(operator.add, chunks), itertools.accumulate(xs, operator.mul) and
// sorted(rows, key=operator.itemgetter(1)). Each gives the operator's own result, a Python
// class's dunder method included (awaited).
import { pyRepr } from '../../../socket/format.ts';
import { tuple } from '../../../socket/tuple.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { getattr, invokeAttribute } from '../runtime/attributes.ts';
import { invoke, native } from '../runtime/call.ts';
import * as dunders from '../runtime/dunders.ts';
import * as ops from '../runtime/ops.ts';

/** An operator that may start a Python dunder method (runtime/dunders.ts): its result, awaited. */
const _settled = async (v: unknown): Promise<unknown> => (v === undefined ? dunders.dunder() : v);

function _binary(name: string, op: (a: unknown, b: unknown) => unknown) {
  return native(name, (a) => {
    if (a.length !== 2) throw new TypeError(`${name} expected 2 arguments, got ${a.length}`);
    return _settled(op(a[0], a[1]));
  });
}

function _unary(name: string, op: (a: unknown) => unknown) {
  return native(name, (a) => {
    if (a.length !== 1) throw new TypeError(`${name}() takes exactly one argument (${a.length} given)`);
    return _settled(op(a[0]));
  });
}

/** A callable object shown as CPython's `operator.itemgetter(1)`. */
function _getter(repr: string, fn: (obj: unknown) => Promise<unknown>): unknown {
  const f = native(repr.slice(0, repr.indexOf('(')), (a) => {
    if (a.length !== 1) throw new TypeError(`${repr.slice(0, repr.indexOf('('))} expected 1 argument, got ${a.length}`);
    return fn(a[0]);
  });
  Object.defineProperty(f, pyRepr, { value: () => `operator.${repr}` });
  return f;
}

const _attr = (obj: unknown, dotted: string): unknown => dotted.split('.').reduce((o, part) => getattr(o, part), obj);

export function createOperatorModule(): PyModule {
  const truth = async (x: unknown): Promise<boolean> => Boolean(await _settled(dunders.truthy(x)));
  const bin: Record<string, (a: unknown, b: unknown) => unknown> = {
    add: dunders.add, sub: dunders.sub, mul: dunders.mul, truediv: dunders.truediv, floordiv: dunders.floordiv, mod: dunders.mod,
    pow: ops.pow, lshift: ops.lshift, rshift: ops.rshift, and_: ops.bitand, or_: ops.bitor, xor: ops.bitxor,
    eq: dunders.eq, ne: dunders.ne, lt: dunders.lt, le: dunders.le, gt: dunders.gt, ge: dunders.ge,
    getitem: dunders.getitem, contains: dunders.contains, concat: dunders.add,
    is_: (a, b) => a === b, is_not: (a, b) => a !== b,
  };
  return makeModule('operator', {
    ...Object.fromEntries(Object.entries(bin).map(([name, op]) => [name, _binary(name, op)])),
    neg: _unary('neg', dunders.neg), pos: _unary('pos', dunders.pos), invert: _unary('invert', dunders.invert),
    not_: native('not_', async (a) => !(await truth(a[0]))),
    truth: native('truth', (a) => truth(a[0])),
    itemgetter: native('itemgetter', (items) => {
      if (items.length === 0) throw new TypeError('itemgetter expected 1 argument, got 0');
      const get = (obj: unknown, k: unknown) => _settled(dunders.getitem(obj, k));
      return _getter(`itemgetter(${items.map((k) => ops.repr(k)).join(', ')})`, async (obj) => {
        if (items.length === 1) return get(obj, items[0]);
        const out: unknown[] = [];
        for (const k of items) out.push(await get(obj, k));
        return tuple(...out);
      });
    }),
    attrgetter: native('attrgetter', (names) => {
      if (names.length === 0) throw new TypeError('attrgetter expected 1 argument, got 0');
      for (const n of names) if (typeof n !== 'string') throw new TypeError('attribute name must be a string');
      return _getter(`attrgetter(${names.map((k) => ops.repr(k)).join(', ')})`, async (obj) => {
        const values = names.map((n) => _attr(obj, n as string));
        return values.length === 1 ? values[0] : tuple(...values);
      });
    }),
    methodcaller: native('methodcaller', (a, kw) => {
      const name = a[0];
      if (typeof name !== 'string') throw new TypeError('method name must be a string');
      const shown = [ops.repr(name), ...a.slice(1).map((x) => ops.repr(x)), ...Object.entries(kw ?? {}).map(([k, v]) => `${k}=${ops.repr(v)}`)];
      return _getter(`methodcaller(${shown.join(', ')})`, (obj) => invokeAttribute(obj, name, a.slice(1), kw));
    }),
  });
}
