// CPython 3.11's hash() of the values whose hash does not change from one run to the next: int
// and bool (Objects/longobject.c long_hash: the value mod 2**61 - 1), float (Python/pyhash.c
// _Py_HashDouble) and tuples of those (Objects/tupleobject.c tuplehash, xxHash-based). A set uses
// them to lay its elements out as CPython's table does, so it iterates in CPython's order.
// str and bytes hash with siphash13 under a per-process random key (PYTHONHASHSEED), None and
// objects by address, float('nan') by address (3.10+): those have no reproducible hash, and
// pyHash() says so with undefined.
import { isTuple } from '../../../socket/tuple.ts';
import { PyFloat, PyFrozenSet, PyIntEnum } from './values.ts';

/** A hash as CPython's Py_hash_t: a number while it is a safe integer, else a bigint. */
export type PyHash = number | bigint;

const _MODULUS = (1n << 61n) - 1n; // _PyHASH_MODULUS
const _BITS = 61;
const _INF = 314159; // _PyHASH_INF

/** CPython's hash(x), or undefined when no run of CPython could agree on it. */
export function pyHash(x: unknown): PyHash | undefined {
  switch (typeof x) {
    case 'number':
      return x === -1 ? -2 : x; // |x| < 2**53 < the modulus
    case 'boolean':
      return x ? 1 : 0;
    case 'bigint':
      return _bigHash(x);
  }
  if (x instanceof PyIntEnum) return pyHash(x.value);
  if (x instanceof PyFloat) return _floatHash(x.value);
  if (isTuple(x)) return _tupleHash(x);
  if (x instanceof PyFrozenSet) return _frozensetHash(x);
  return undefined;
}

/** _shuffle_bits (Objects/setobject.c): spreads an element's hash before it is xor-ed in. */
const _shuffle = (h: bigint): bigint => _U64(((h ^ 89869747n) ^ _U64(h << 16n)) * 3644798167n);

/**
 * frozenset_hash: the xor of every element's shuffled hash (so order does not matter), the size,
 * then a final dispersion. The null and dummy slots it also xors in cancel out.
 */
function _frozensetHash(items: Iterable<unknown>): PyHash | undefined {
  let h = 0n;
  let n = 0n;
  for (const item of items) {
    const lane = pyHash(item);
    if (lane === undefined) return undefined;
    h ^= _shuffle(_U64(BigInt(lane)));
    n++;
  }
  h ^= _U64((n + 1n) * 1927868237n);
  h ^= (h >> 11n) ^ (h >> 25n);
  h = _U64(h * 69069n + 907133923n);
  if (h === _U64(-1n)) return 590923713;
  return _narrow(BigInt.asIntN(64, h));
}

function _bigHash(x: bigint): PyHash {
  const h = x < 0n ? -(-x % _MODULUS) : x % _MODULUS;
  return _narrow(h === -1n ? -2n : h);
}

/** _Py_HashDouble: integral floats hash as the int; others fold 28 bits of mantissa at a time. */
function _floatHash(v: number): PyHash | undefined {
  if (Number.isNaN(v)) return undefined;
  if (!Number.isFinite(v)) return v > 0 ? _INF : -_INF;
  if (Number.isSafeInteger(v)) return pyHash(v);
  let [m, e] = _frexp(Math.abs(v));
  let x = 0n;
  while (m) {
    x = ((x << 28n) & _MODULUS) | (x >> BigInt(_BITS - 28));
    m *= 268435456; // 2**28
    e -= 28;
    const y = Math.trunc(m);
    m -= y;
    x += BigInt(y);
    if (x >= _MODULUS) x -= _MODULUS;
  }
  e = e >= 0 ? e % _BITS : _BITS - 1 - ((-1 - e) % _BITS);
  x = ((x << BigInt(e)) & _MODULUS) | (x >> BigInt(_BITS - e));
  if (v < 0) x = -x;
  return _narrow(x === -1n ? -2n : x);
}

/** C's frexp for a finite positive v: [m, e] with v = m * 2**e and 0.5 <= m < 1. */
function _frexp(v: number): [number, number] {
  let e = Math.floor(Math.log2(v)) + 1;
  let m = v / 2 ** e;
  if (m >= 1) (m /= 2), e++;
  else if (m < 0.5) (m *= 2), e--;
  return [m, e];
}

const _XXPRIME_1 = 11400714785074694791n;
const _XXPRIME_2 = 14029467366897019727n;
const _XXPRIME_5 = 2870177450012600261n;
const _U64 = (x: bigint): bigint => BigInt.asUintN(64, x);

/** tuplehash (3.8+): xxHash's round over each item's hash, then the length. */
function _tupleHash(items: readonly unknown[]): PyHash | undefined {
  let acc = _XXPRIME_5;
  for (const item of items) {
    const lane = pyHash(item);
    if (lane === undefined) return undefined;
    acc = _U64(acc + _U64(BigInt(lane)) * _XXPRIME_2);
    acc = _U64((acc << 31n) | (acc >> 33n));
    acc = _U64(acc * _XXPRIME_1);
  }
  acc = _U64(acc + (BigInt(items.length) ^ (_XXPRIME_5 ^ 3527539n)));
  if (acc === _U64(-1n)) return 1546275796;
  return _narrow(BigInt.asIntN(64, acc));
}

function _narrow(h: bigint): PyHash {
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}
