// Python's set, in CPython's order. Membership is a JS Map keyed by value (hashKey: 1, 1.0 and
// True are one key), so `x in s`, add and discard stay O(1). Beside it the set keeps the slots of
// CPython 3.11's open-addressing table (Objects/setobject.c) for one purpose, the order in which
// CPython iterates, prints and pops: an element whose hash CPython computes the same in every run
// (int, bool, float, tuples of those: hash.ts) goes where set_add_entry() would put it, with its
// linear probes, perturbation, dummies and resizes, so `print({8, 16, 1, 9})` matches python3.
// str and bytes hash under a random per-process key (PYTHONHASHSEED) and None and objects by
// address, so no two CPython runs agree on their order: a set holding any of those iterates in
// insertion order instead (they take no table slot, so the others keep CPython's layout).
import { pyRepr, repr } from '../../../socket/format.ts';
import { KeyError } from './exceptions.ts';
import { pyHash } from './hash.ts';
import { PyDict, hashKey } from './values.ts';

const _LINEAR_PROBES = 9;
const _MINSIZE = 8; // PySet_MINSIZE

/** One element: its value, its Map key, its hash as size_t halves, and its table slot. */
interface _Entry {
  readonly value: unknown;
  readonly key: unknown;
  readonly hashed: boolean;
  readonly hi: number;
  readonly lo: number;
  slot: number;
}

/** A deleted element's slot: probing goes on past it, an insertion may reuse it. */
const _DUMMY = Symbol('dummy');
type _Slot = _Entry | typeof _DUMMY | undefined;

function _entry(value: unknown, key: unknown): _Entry {
  const h = pyHash(value);
  if (h === undefined) return { value, key, hashed: false, hi: 0, lo: 0, slot: -1 };
  if (typeof h === 'number') return { value, key, hashed: true, hi: Math.floor(h / 4294967296) >>> 0, lo: h >>> 0, slot: -1 };
  const u = BigInt.asUintN(64, h);
  return { value, key, hashed: true, hi: Number(u >> 32n), lo: Number(u & 0xffffffffn), slot: -1 };
}

const _copy = (e: _Entry): _Entry => ({ ...e, slot: -1 });
const _active = (s: _Slot): s is _Entry => s !== undefined && s !== _DUMMY;

/** set_insert_clean(): the first free slot of e's probe sequence in a table without dummies. */
function _insertClean(table: _Slot[], mask: number, e: _Entry): void {
  let i = e.lo & mask;
  let { hi, lo } = e;
  for (;;) {
    if (table[i] === undefined) return _place(table, i, e);
    if (i + _LINEAR_PROBES <= mask) {
      for (let j = 1; j <= _LINEAR_PROBES; j++) if (table[i + j] === undefined) return _place(table, i + j, e);
    }
    // perturb >>= PERTURB_SHIFT (5) on the 64-bit hash; i = (i * 5 + 1 + perturb) & mask
    lo = ((lo >>> 5) | (hi << 27)) >>> 0;
    hi >>>= 5;
    i = (i * 5 + 1 + lo) & mask;
  }
}

function _place(table: _Slot[], i: number, e: _Entry): void {
  table[i] = e;
  e.slot = i;
}

/** Python's set (and frozenset), keyed by value like dict, iterating in CPython's order. */
export class PySet extends Set<unknown> {
  static readonly pyTypeName: string = 'set';
  private _entries = new Map<unknown, _Entry>();
  private _table: _Slot[] = new Array<_Slot>(_MINSIZE).fill(undefined);
  private _mask = _MINSIZE - 1;
  private _fill = 0; // active + dummy slots
  private _used = 0; // active slots
  private _finger = 0; // where pop() looks first
  private _unordered = 0; // elements without a reproducible hash

  constructor(items?: Iterable<unknown>) {
    super();
    if (items) this.update(items);
  }

  override get size(): number {
    return this._entries.size;
  }
  override has(x: unknown): boolean {
    return this._entries.has(hashKey(x));
  }
  override add(x: unknown): this {
    const key = hashKey(x);
    if (!this._entries.has(key)) this._insert(_entry(x, key));
    return this;
  }
  override delete(x: unknown): boolean {
    const key = hashKey(x);
    const e = this._entries.get(key);
    if (e === undefined) return false;
    this._remove(e);
    return true;
  }
  override clear(): void {
    this._entries.clear();
    this._table = new Array<_Slot>(_MINSIZE).fill(undefined);
    this._mask = _MINSIZE - 1;
    this._fill = this._used = this._unordered = 0;
  }
  override *values(): SetIterator<unknown> {
    if (this._unordered > 0) {
      for (const e of this._entries.values()) yield e.value;
      return;
    }
    for (const s of this._table) if (_active(s)) yield s.value;
  }
  override keys(): SetIterator<unknown> {
    return this.values();
  }
  override [Symbol.iterator](): SetIterator<unknown> {
    return this.values();
  }

  /** set.pop(): the next element from the finger on, as set_pop() finds it. */
  pop(): unknown {
    if (this.size === 0) throw new KeyError('pop from an empty set');
    let e: _Entry;
    if (this._unordered > 0) e = this._entries.values().next().value!;
    else {
      let i = this._finger & this._mask;
      while (!_active(this._table[i])) i = i === this._mask ? 0 : i + 1;
      e = this._table[i] as _Entry;
      this._finger = i + 1;
    }
    this._remove(e);
    return e.value;
  }

  /** set.update(x) / set(x): a set merges table to table, a dict sizes once, others add one by one. */
  update(items: Iterable<unknown>): void {
    if (items instanceof PySet) return this._merge(items);
    if (items instanceof PyDict) {
      if ((this._fill + items.size) * 5 >= this._mask * 3) this._resize((this._used + items.size) * 2);
      for (const k of items.keys()) this.add(k);
      return;
    }
    for (const x of items) this.add(x);
  }

  copy(): PySet {
    const out = this._like();
    out._merge(this);
    return out;
  }

  /** An empty set of this one's type: set operations on a frozenset give frozensets (make_new_set_basetype). */
  protected _like(): PySet {
    return new PySet();
  }

  /** `a & b`, set.intersection(): the smaller set's elements found in the other, in its order. */
  intersection(other: Iterable<unknown>): PySet {
    if (other === this) return this.copy();
    const out = this._like();
    if (other instanceof PySet) {
      const [small, big] = other.size > this.size ? [this as PySet, other] : [other, this as PySet];
      for (const e of small._ordered()) if (big._entries.has(e.key)) out._insert(_copy(e));
      return out;
    }
    for (const x of _keysOf(other)) {
      if (this.has(x) && !out.has(x)) out.add(x);
      if (out.size >= this.size) break;
    }
    return out;
  }

  /** `a - b`, set.difference(): a copy that discards, or the elements not in a small other. */
  difference(other: Iterable<unknown>): PySet {
    if (!(other instanceof PySet || other instanceof PyDict) || this.size >> 2 > other.size) {
      const out = this.copy();
      out.differenceUpdate(other);
      return out;
    }
    const out = this._like();
    for (const e of this._ordered()) if (!other.has(e.value)) out._insert(_copy(e));
    return out;
  }

  /** `a -= b`: discards leave dummies; more than a quarter of dummies are resized away. */
  differenceUpdate(other: Iterable<unknown>): void {
    if (other === this) return this.clear();
    const src = other instanceof PySet && other.size >> 3 > this.size ? this.intersection(other) : other;
    for (const x of _keysOf(src)) this.delete(x);
    if (this._fill - this._used <= this._mask >>> 2) return;
    this._resize(this._used > 50000 ? this._used * 2 : this._used * 4);
  }

  /** `a &= b`: the intersection's table becomes this set's (set_swap_bodies). */
  intersectionUpdate(other: Iterable<unknown>): void {
    const tmp = this.intersection(other);
    this._entries = tmp._entries;
    this._table = tmp._table;
    this._mask = tmp._mask;
    this._fill = tmp._fill;
    this._used = tmp._used;
    this._unordered = tmp._unordered;
  }

  /** `a ^ b`: a copy of b that then discards or adds each element of a, in a's order. */
  symmetricDifference(other: Iterable<unknown>): PySet {
    const out = this._like();
    out.update(other);
    out.symmetricDifferenceUpdate(this);
    return out;
  }

  symmetricDifferenceUpdate(other: Iterable<unknown>): void {
    if (other === this) return this.clear();
    const src = other instanceof PySet || other instanceof PyDict ? other : new PySet(other);
    for (const x of _keysOf(src)) if (!this.delete(x)) this.add(x);
  }

  /** The entries in iteration order. */
  private *_ordered(): Iterable<_Entry> {
    if (this._unordered > 0) yield* this._entries.values();
    else for (const s of this._table) if (_active(s)) yield s;
  }

  private _insert(e: _Entry): void {
    this._entries.set(e.key, e);
    if (e.hashed) this._addEntry(e);
    else this._unordered++;
  }

  private _remove(e: _Entry): void {
    this._entries.delete(e.key);
    if (!e.hashed) this._unordered--;
    else {
      this._table[e.slot] = _DUMMY;
      this._used--;
    }
  }

  /** set_add_entry() for an element known to be absent: the last dummy or the first free slot. */
  private _addEntry(e: _Entry): void {
    const table = this._table;
    const mask = this._mask;
    let i = e.lo & mask;
    let { hi, lo } = e;
    let freeslot = -1;
    for (;;) {
      let probes = i + _LINEAR_PROBES <= mask ? _LINEAR_PROBES : 0;
      let j = i;
      do {
        const s = table[j];
        if (s === undefined) {
          if (freeslot >= 0) {
            _place(table, freeslot, e);
            this._used++;
            return;
          }
          _place(table, j, e);
          this._fill++;
          this._used++;
          if (this._fill * 5 >= mask * 3) this._resize(this._used > 50000 ? this._used * 2 : this._used * 4);
          return;
        }
        if (s === _DUMMY) freeslot = j;
        j++;
      } while (probes--);
      lo = ((lo >>> 5) | (hi << 27)) >>> 0;
      hi >>>= 5;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  /** set_table_resize(): the smallest power of two above minused, elements re-placed in slot order. */
  private _resize(minused: number): void {
    let size = _MINSIZE;
    while (size <= minused) size *= 2;
    if (size === _MINSIZE && this._mask === _MINSIZE - 1 && this._fill === this._used) return;
    const table = new Array<_Slot>(size).fill(undefined);
    for (const s of this._table) if (_active(s)) _insertClean(table, size - 1, s);
    this._table = table;
    this._mask = size - 1;
    this._fill = this._used;
  }

  /** set_merge(): into an empty table of the same size the slots are copied as they are. */
  private _merge(other: PySet): void {
    if (other === this || other.size === 0) return;
    const fresh: _Entry[] = [];
    for (const e of other._entries.values()) {
      if (this._entries.has(e.key)) continue;
      const mine = _copy(e);
      this._entries.set(e.key, mine);
      if (mine.hashed) fresh[e.slot] = mine;
      else this._unordered++;
    }
    if (other._used === 0) return;
    if ((this._fill + other._used) * 5 >= this._mask * 3) this._resize((this._used + other._used) * 2);
    if (this._fill === 0 && this._mask === other._mask && other._fill === other._used) {
      fresh.forEach((e, i) => _place(this._table, i, e));
      this._fill = this._used = other._used;
      return;
    }
    if (this._fill === 0) {
      for (const e of fresh) if (e) _insertClean(this._table, this._mask, e);
      this._fill = this._used = other._used;
      return;
    }
    for (const e of fresh) if (e) this._addEntry(e);
  }
}

/**
 * Python's frozenset: a set that is hashable (a dict key, a set member) and has no mutating
 * methods; `a | b` and its other operations give a frozenset when a is one.
 */
export class PyFrozenSet extends PySet {
  static override readonly pyTypeName = 'frozenset';
  protected override _like(): PySet {
    return new PyFrozenSet();
  }
  [pyRepr](): string {
    return this.size === 0 ? 'frozenset()' : `frozenset({${Array.from(this, (x) => repr(x)).join(', ')}})`;
  }
}

function _keysOf(x: Iterable<unknown>): Iterable<unknown> {
  return x instanceof PyDict ? x.keys() : x;
}
