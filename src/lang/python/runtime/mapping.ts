// The items a mapping hands over when it is merged: `{**m}`, `f(**m)`, dict(m), d.update(m), as
// CPython's PyDict_Merge (Objects/dictobject.c, dict_merge) takes them. A dict whose class keeps
// dict's own iteration gives its stored values at once: a subclass's __getitem__ is not asked
// (`class D(dict): def __getitem__…` still copies as the plain dict it holds). Any other mapping
// (a dict subclass with its own __iter__, a class with keys() and __getitem__) is read through
// Python: its keys(), each key looked up with m[k], so __getitem__ and __missing__ answer.
import { callMethod } from './attributes.ts';
import { collect, dunder, getitem, userMethod } from './dunders.ts';
import { PyDict } from './values.ts';

type Items = [unknown, unknown][];

/** Whether CPython takes x as a mapping to merge (PyDict_Check, or an attribute keys). */
export function isMapping(x: unknown): boolean {
  if (x instanceof PyDict) return true;
  if (typeof x !== 'object' || x === null) return false;
  return userMethod(x, 'keys') !== undefined;
}

/** Whether merging m copies its stored items without running Python (dict_merge's fast path). */
const _storedItems = (m: unknown): m is PyDict => m instanceof PyDict && userMethod(m, '__iter__') === undefined;

/** m's items, at once when no Python code has to run; `notMapping` is the TypeError for a non-mapping. */
export function mappingItems(m: unknown, notMapping: () => Error): Items | Promise<Items> {
  if (_storedItems(m)) return [...m];
  if (!isMapping(m)) throw notMapping();
  return _pythonItems(m);
}

async function _pythonItems(m: unknown): Promise<Items> {
  const keys = await collect(await callMethod(m, 'keys'));
  const items: Items = [];
  for (const k of keys) items.push([k, getitem(m, k) ?? (await dunder())]);
  return items;
}

/**
 * `'%(name)s' % m`: each named field is m[name] (PyObject_GetItem), so a dict subclass's
 * __getitem__ or __missing__ answers, and a missing key is m's KeyError.
 */
export async function lookedUp(m: unknown, key: unknown): Promise<unknown> {
  return getitem(m, key) ?? (await dunder());
}
