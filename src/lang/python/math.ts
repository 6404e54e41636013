// Python's math module, the part a socket program reaches for: floor/ceil/trunc (ints back),
// sqrt/log/exp/pow (floats back), inf/nan/pi/e, isnan/isinf/isfinite/isclose, gcd, isqrt, factorial,
// with CPython's errors (`math domain error`, `cannot convert float infinity to integer`,
// `must be real number, not str`).
import { OverflowError, ValueError } from '../../socket/exceptions.ts';
import { pyTypeName } from '../../socket/pytype.ts';
import { makeModule, type PyModule } from './modules.ts';
import { invoke, isUserInstance, native, type NativeFunction } from './runtime/call.ts';
import { collect, userMethod } from './runtime/dunders.ts';
import { ZeroDivisionError } from './runtime/exceptions.ts';
import { PyFloat, intValue, isInt, isReal, normInt, realValue } from './runtime/values.ts';

function _real(x: unknown): number {
  if (!isReal(x)) throw new TypeError(`must be real number, not ${pyTypeName(x)}`);
  return realValue(x);
}

/**
 * math.fsum: the correctly rounded sum of doubles (Shewchuk's exact partials, then one rounding
 * that looks at the next partial to settle a half-way case), with CPython's errors for inf - inf
 * and for a finite sum that overflows on the way.
 */
function _exactSum(values: number[]): number {
  const partials: number[] = [];
  let special = 0;
  let infinities = 0;
  for (const value of values) {
    let x = value;
    if (!Number.isFinite(x)) {
      special += x;
      if (!Number.isNaN(x)) infinities += x;
      continue;
    }
    let kept = 0;
    for (const partial of partials) {
      let y = partial;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[kept++] = lo;
      x = hi;
    }
    if (!Number.isFinite(x)) throw new OverflowError('intermediate overflow in fsum');
    partials.length = kept;
    partials.push(x);
  }
  if (special !== 0) {
    if (Number.isNaN(infinities)) throw new ValueError('-inf + inf in fsum');
    return special;
  }
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n]!;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n]!;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Round half-even across the partials: when the remainder lo and the next partial have the same
  // sign, hi + 2*lo is the nearer double if it is representable exactly.
  if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
    const doubled = lo * 2;
    const moved = hi + doubled;
    if (doubled === moved - hi) hi = moved;
  }
  return hi;
}

/** floor/ceil/trunc: an int stays itself (big ints too); a float becomes the int it rounds to. */
function _toInt(x: unknown, round: (v: number) => number): unknown {
  if (isInt(x)) return intValue(x);
  const v = _real(x);
  if (Number.isNaN(v)) throw new ValueError('cannot convert float NaN to integer');
  if (!Number.isFinite(v)) throw new OverflowError('cannot convert float infinity to integer');
  const r = round(v);
  return Number.isSafeInteger(r) ? r + 0 : normInt(BigInt(r));
}

/** A float function of one argument, `math domain error` outside its domain. */
function _float1(name: string, f: (v: number) => number, inDomain: (v: number) => boolean = () => true): Function {
  return native(name, (a) => {
    const v = _real(a[0]);
    if (!inDomain(v)) throw new ValueError('math domain error');
    return new PyFloat(f(v));
  });
}

export function createMathModule(): PyModule {
  return _acceptingPythonNumbers(_createMathModule());
}

const _ROUNDING: Record<string, string> = { floor: '__floor__', ceil: '__ceil__', trunc: '__trunc__' };

/**
 * math's functions given an instance of a Python class (fractions.Fraction): floor/ceil/trunc
 * call its __floor__/__ceil__/__trunc__, and every function takes its __float__ first, as
 * CPython's PyFloat_AsDouble does.
 */
function _acceptingPythonNumbers(m: PyModule): PyModule {
  for (const [name, f] of Object.entries(m)) {
    if (typeof f !== 'function' || name.startsWith('_')) continue;
    const plain = f as unknown as NativeFunction;
    m[name] = native(name, (a, kw) => {
      if (!a.some(isUserInstance)) return plain(a, kw);
      return (async () => {
        const rounding = _ROUNDING[name] !== undefined ? userMethod(a[0], _ROUNDING[name]) : undefined;
        if (rounding) return invoke(rounding, a[0], [], undefined);
        const args = await Promise.all(a.map((x) => {
          const toFloat = userMethod(x, '__float__');
          return toFloat ? invoke(toFloat, x, [], undefined) : x;
        }));
        return plain(args, kw);
      })();
    });
  }
  return m;
}

function _createMathModule(): PyModule {
  const gcd = (x: bigint, y: bigint): bigint => (y === 0n ? (x < 0n ? -x : x) : gcd(y, x % y));
  return makeModule('math', {
    pi: new PyFloat(Math.PI),
    e: new PyFloat(Math.E),
    tau: new PyFloat(2 * Math.PI),
    inf: new PyFloat(Infinity),
    nan: new PyFloat(NaN),
    floor: native('floor', (a) => _toInt(a[0], Math.floor)),
    ceil: native('ceil', (a) => _toInt(a[0], Math.ceil)),
    trunc: native('trunc', (a) => _toInt(a[0], Math.trunc)),
    sqrt: _float1('sqrt', Math.sqrt, (v) => v >= 0 || Number.isNaN(v)),
    exp: _float1('exp', Math.exp),
    log2: _float1('log2', Math.log2, (v) => v > 0 || Number.isNaN(v)),
    log10: _float1('log10', Math.log10, (v) => v > 0 || Number.isNaN(v)),
    log: native('log', (a) => {
      const v = _real(a[0]);
      const base = a.length > 1 ? _real(a[1]) : Math.E;
      if (!(v > 0) || !(base > 0)) throw new ValueError('math domain error');
      if (base === 1) throw new ZeroDivisionError('float division by zero');
      return new PyFloat(Math.log(v) / Math.log(base));
    }),
    pow: native('pow', (a) => new PyFloat(_real(a[0]) ** _real(a[1]))),
    fabs: _float1('fabs', Math.abs),
    sin: _float1('sin', Math.sin),
    cos: _float1('cos', Math.cos),
    tan: _float1('tan', Math.tan),
    atan: _float1('atan', Math.atan),
    atan2: native('atan2', (a) => new PyFloat(Math.atan2(_real(a[0]), _real(a[1])))),
    hypot: native('hypot', (a) => new PyFloat(Math.hypot(...a.map(_real)))),
    degrees: _float1('degrees', (v) => (v * 180) / Math.PI),
    radians: _float1('radians', (v) => (v * Math.PI) / 180),
    copysign: native('copysign', (a) => {
      const [x, y] = [Math.abs(_real(a[0])), _real(a[1])];
      return new PyFloat(y < 0 || Object.is(y, -0) ? -x : x);
    }),
    isnan: native('isnan', (a) => Number.isNaN(_real(a[0]))),
    isinf: native('isinf', (a) => { const v = _real(a[0]); return v === Infinity || v === -Infinity; }),
    isfinite: native('isfinite', (a) => Number.isFinite(_real(a[0]))),
    isclose: native('isclose', (a, kw) => {
      const [x, y] = [_real(a[0]), _real(a[1])];
      const rel = kw?.rel_tol === undefined ? 1e-9 : _real(kw.rel_tol);
      const abs = kw?.abs_tol === undefined ? 0 : _real(kw.abs_tol);
      if (x === y) return true;
      if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
      const diff = Math.abs(x - y);
      return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
    }),
    fsum: native('fsum', async (a) => {
      // Any iterable (a generator too); a Python class's instance (a Fraction) counts by its __float__.
      const values: number[] = [];
      for (const x of await collect(a[0])) {
        const toFloat = userMethod(x, '__float__');
        const v = _real(toFloat ? await invoke(toFloat, x, [], undefined) : x);
        if (isInt(x) && !Number.isFinite(v)) throw new OverflowError('int too large to convert to float');
        values.push(v);
      }
      return new PyFloat(_exactSum(values));
    }),
    gcd: native('gcd', (a) => normInt(a.reduce<bigint>((g, x) => gcd(g, BigInt(_intArg(x))), 0n))),
    // The integer square root by Newton's method from an upper bound (exact for any size).
    isqrt: native('isqrt', (a) => {
      const n = BigInt(_intArg(a[0]));
      if (n < 0n) throw new ValueError('isqrt() argument must be nonnegative');
      if (n < 2n) return normInt(n);
      let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
      for (let y = (x + n / x) >> 1n; y < x; y = (x + n / x) >> 1n) x = y;
      return normInt(x);
    }),
    factorial: native('factorial', (a) => {
      const n = BigInt(_intArg(a[0]));
      if (n < 0n) throw new ValueError('factorial() not defined for negative values');
      let r = 1n;
      for (let i = 2n; i <= n; i++) r *= i;
      return normInt(r);
    }),
  });
}

function _intArg(x: unknown): number | bigint {
  if (!isInt(x)) throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
  return intValue(x);
}
