// sys.getsizeof(): what a 64-bit Linux CPython 3.11 reports for an object, computed from its
// value with the object layouts of CPython's headers (Include/cpython/*.h), plus the 16-byte GC
// header that getsizeof adds for a GC-tracked type (list, tuple, dict, set, function, instance).
// What socklab's values do not record is modelled as CPython's most common case, and said so at
// each type: a list's over-allocation, a dict's or set's deleted slots.
import { bytes } from '../../../socket/bytes.ts';
import { isTuple } from '../../../socket/tuple.ts';
import { PY_CLASS, PY_NATIVE } from './call.ts';
import { PySet } from './set.ts';
import { intValue, isInt, PyDict, PyFloat, PyRange } from './values.ts';

const _GC_HEAD = 16;
/** sizeof(PyDictObject) and sizeof(PyDictKeysObject) (3.11). */
const _DICT_OBJECT = 48;
const _DICT_KEYS_OBJECT = 32;
/** sizeof(PySetObject), its 8-entry smalltable included. */
const _SET_OBJECT = 200;
const _SET_MINSIZE = 8;

/** An int: PyLongObject's 24-byte head and its 30-bit digits, at least one (0 too, in 3.11). */
function _intSize(x: unknown): number {
  let v = BigInt(intValue(x));
  if (v < 0n) v = -v;
  let digits = 0;
  while (v > 0n) {
    digits++;
    v >>= 30n;
  }
  return 24 + 4 * Math.max(1, digits);
}

/**
 * A str: a compact PyUnicodeObject, by its widest character (unicodeobject.c): ASCII 48 + n + 1
 * (PyASCIIObject and its NUL), else PyCompactUnicodeObject's 72 and n + 1 latin-1, UCS-2 or UCS-4 units.
 */
function _strSize(s: string): number {
  let widest = 0;
  let n = 0;
  for (const c of s) {
    widest = Math.max(widest, c.codePointAt(0)!);
    n++;
  }
  if (widest < 0x80) return 48 + n + 1;
  const unit = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
  return 72 + unit * (n + 1);
}

/**
 * A dict: PyDictObject, and its keys table unless it is empty (the shared empty table is not
 * counted). The table is the smallest one whose usable two thirds hold the items, as insertion
 * and a literal make it (deleted entries are not tracked here); its entries are 16 bytes when
 * every key is a str (DICT_KEYS_UNICODE), 24 otherwise, its index one byte a slot up to 128.
 * Not modelled: a table made for str keys and converted by a later key of another type, which
 * CPython regrows (`{'a': 1, 2: 3}` is 352, not 224).
 */
function _dictSize(d: PyDict): number {
  if (d.size === 0) return _GC_HEAD + _DICT_OBJECT;
  let slots = 8;
  while (Math.floor((slots * 2) / 3) < d.size) slots *= 2;
  const indexWidth = slots <= 0x80 ? 1 : slots <= 0x8000 ? 2 : slots <= 0x80000000 ? 4 : 8;
  const unicode = [...d.keys()].every((k) => typeof k === 'string');
  return _GC_HEAD + _DICT_OBJECT + _DICT_KEYS_OBJECT + slots * indexWidth + Math.floor((slots * 2) / 3) * (unicode ? 16 : 24);
}

/**
 * A set: PySetObject, plus a table past the smalltable, the size set_add_entry's resizes reach
 * adding the items one by one (set(), add(), a comprehension: used*4 while it is small). A set
 * display of five or more items is built otherwise in CPython and can be smaller.
 */
function _setSize(s: PySet): number {
  let mask = _SET_MINSIZE - 1;
  let fill = 0;
  for (let used = 1; used <= s.size; used++) {
    fill++;
    if (fill * 5 < mask * 3) continue;
    const minused = used > 50000 ? used * 2 : used * 4;
    let size = _SET_MINSIZE;
    while (size <= minused) size *= 2;
    mask = size - 1;
  }
  return _GC_HEAD + _SET_OBJECT + (mask + 1 > _SET_MINSIZE ? 16 * (mask + 1) : 0);
}

/** sys.getsizeof(obj[, default]): the object's own size in bytes, not what it refers to. */
export function sizeOf(x: unknown): number {
  if (x === null || x === undefined) return 16;
  if (isInt(x)) return _intSize(x);
  if (x instanceof PyFloat) return 24;
  if (typeof x === 'string') return _strSize(x);
  if (x instanceof bytes) return 33 + x.length;
  // A bytearray: PyByteArrayObject and its buffer, len + 1 as bytearray(n) or bytearray(b'..')
  // allocates it (one grown by append() or += is over-allocated in CPython).
  if (ArrayBuffer.isView(x)) return 56 + (x.byteLength > 0 ? x.byteLength + 1 : 0);
  // A tuple: its items' pointers after the head. A list: as if allocated to its length, as
  // [0] * n and a display of up to two items are; CPython over-allocates one grown by append(),
  // extend() or a longer display, which socklab does not record.
  if (Array.isArray(x)) return (isTuple(x) ? 40 : 56) + 8 * (x as unknown[]).length;
  if (x instanceof PyDict) return _dictSize(x);
  if (x instanceof PySet) return _setSize(x);
  if (x instanceof PyRange) return 48;
  // A class of the program's own (a heap type), a builtin function, a def (PyFunctionObject), and
  // below an instance of a class of the program's own (3.11's managed dict).
  if (typeof x === 'function') {
    const marks = x as unknown as Record<symbol, unknown>;
    return marks[PY_CLASS] ? 1688 : marks[PY_NATIVE] ? 72 : 152;
  }
  return 56;
}
