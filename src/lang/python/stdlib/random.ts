// Python's random module: CPython's Mersenne Twister (Modules/_randommodule.c: init_genrand,
// init_by_array, genrand_uint32, random_random's 53-bit float, getrandbits) and Lib/random.py's
// algorithms on top (_randbelow by rejection of getrandbits(n.bit_length()), randrange, randint,
// choice, shuffle, sample's two strategies, uniform), so `random.seed(1); random.randint(1, 10)`
// prints what python3 prints. seed(str) is version 2: the text's bytes plus their SHA-512.
import { nodeCrypto } from '../../../lazy-builtins.ts';
import { ValueError } from '../../../socket/exceptions.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { native } from '../runtime/call.ts';
import { IndexError } from '../runtime/exceptions.ts';
import { PyFloat, PyRange, intValue, isInt, isNone, normInt, realValue } from '../runtime/values.ts';

const _N = 624;
const _M = 397;

/** One MT19937 state, as CPython's RandomObject holds it. */
class _Twister {
  private readonly mt = new Uint32Array(_N);
  private index = _N + 1;

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < _N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = _N;
  }

  initByArray(key: readonly number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    const len = Math.max(1, key.length);
    for (let k = Math.max(_N, len); k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + (key[j] ?? 0) + j) >>> 0;
      i++;
      j++;
      if (i >= _N) {
        mt[0] = mt[_N - 1]!;
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = _N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= _N) {
        mt[0] = mt[_N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.index = _N;
  }

  uint32(): number {
    const mt = this.mt;
    if (this.index >= _N) {
      let kk = 0;
      const mag = (y: number) => (y & 1 ? 0x9908b0df : 0);
      for (; kk < _N - _M; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = (mt[kk + _M]! ^ (y >>> 1) ^ mag(y)) >>> 0;
      }
      for (; kk < _N - 1; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = (mt[kk + (_M - _N)]! ^ (y >>> 1) ^ mag(y)) >>> 0;
      }
      const y = (mt[_N - 1]! & 0x80000000) | (mt[0]! & 0x7fffffff);
      mt[_N - 1] = (mt[_M - 1]! ^ (y >>> 1) ^ mag(y)) >>> 0;
      this.index = 0;
    }
    let y = mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  random(): number {
    const a = this.uint32() >>> 5;
    const b = this.uint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  getrandbits(k: number): bigint {
    if (k <= 32) return BigInt(this.uint32() >>> (32 - k));
    let out = 0n;
    for (let shift = 0n; k > 0; k -= 32, shift += 32n) {
      let r = this.uint32();
      if (k < 32) r >>>= 32 - k;
      out |= BigInt(r) << shift;
    }
    return out;
  }
}

function _bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** The 32-bit words of abs(n), least significant first ([0] for 0), as random_seed does. */
function _words(n: bigint): number[] {
  let v = n < 0n ? -n : n;
  const out: number[] = [];
  while (v > 0n) {
    out.push(Number(v & 0xffffffffn));
    v >>= 32n;
  }
  return out.length === 0 ? [0] : out;
}

function _index(x: unknown, what = 'integer'): bigint {
  if (!isInt(x) || typeof x === 'boolean') throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an ${what}`);
  return BigInt(intValue(x));
}

/** The items of a list or tuple of weights. */
function _items(x: unknown): unknown[] {
  if (Array.isArray(x)) return x;
  if (x instanceof PyRange) return Array.from({ length: x.length }, (_, i) => x.at(i));
  throw new TypeError(`'${pyTypeName(x)}' object is not iterable`);
}

/** The sequence protocol sample()/choice() need: length and item i. */
function _sequence(x: unknown, fn: string): { length: number; at: (i: number) => unknown } {
  if (typeof x === 'string') return { length: [...x].length, at: (i) => [...x][i] };
  if (Array.isArray(x)) return { length: x.length, at: (i) => x[i] };
  if (x instanceof PyRange) return { length: x.length, at: (i) => x.at(i) };
  if (fn === 'sample') throw new TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
  throw new TypeError(`object of type '${pyTypeName(x)}' has no len()`);
}

class _Random {
  private readonly mt = new _Twister();
  constructor(seed?: unknown) {
    this.seed(seed);
  }

  seed(a: unknown): void {
    let n: bigint;
    if (isNone(a)) n = BigInt(`0x${nodeCrypto().randomBytes(32).toString('hex')}`);
    else if (typeof a === 'string' || a instanceof Uint8Array) {
      const data = typeof a === 'string' ? Buffer.from(a, 'utf8') : Buffer.from(a);
      const all = Buffer.concat([data, nodeCrypto().createHash('sha512').update(data).digest()]);
      n = BigInt(`0x${all.toString('hex')}`);
    } else if (isInt(a)) n = BigInt(intValue(a));
    else throw new TypeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
    this.mt.initByArray(_words(n));
  }

  random(): number {
    return this.mt.random();
  }

  getrandbits(k: number): bigint {
    if (k < 0) throw new ValueError('number of bits must be non-negative');
    return k === 0 ? 0n : this.mt.getrandbits(k);
  }

  randbelow(n: bigint): bigint {
    const k = _bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  randrange(start: unknown, stop: unknown, step: unknown): bigint {
    const istart = _index(start);
    if (isNone(stop)) {
      if (!isNone(step) && _index(step) !== 1n) throw new TypeError('Missing a non-None stop argument');
      if (istart > 0n) return this.randbelow(istart);
      throw new ValueError('empty range for randrange()');
    }
    const istop = _index(stop);
    const width = istop - istart;
    const istep = isNone(step) ? 1n : _index(step);
    if (istep === 1n) {
      if (width > 0n) return istart + this.randbelow(width);
      throw new ValueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: bigint;
    if (istep > 0n) n = (width + istep - 1n) / istep;
    else if (istep < 0n) n = (width + istep + 1n) / istep;
    else throw new ValueError('zero step for randrange()');
    if (n <= 0n) throw new ValueError('empty range for randrange()');
    return istart + istep * this.randbelow(n);
  }

  sample(population: unknown, k: number): unknown[] {
    const pop = _sequence(population, 'sample');
    const n = pop.length;
    if (!(k >= 0 && k <= n)) throw new ValueError('Sample larger than population or is negative');
    const result: unknown[] = new Array(k).fill(null);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setsize) {
      const pool = Array.from({ length: n }, (_, i) => pop.at(i));
      for (let i = 0; i < k; i++) {
        const j = Number(this.randbelow(BigInt(n - i)));
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = Number(this.randbelow(BigInt(n)));
        while (selected.has(j)) j = Number(this.randbelow(BigInt(n)));
        selected.add(j);
        result[i] = pop.at(j);
      }
    }
    return result;
  }
}

function _functions(r: _Random): Record<string, unknown> {
  const arg = (a: unknown[], kw: Record<string, unknown> | undefined, i: number, name: string): unknown => (i < a.length ? a[i] : kw?.[name]);
  return {
    seed: native('seed', (a, kw) => { r.seed(arg(a, kw, 0, 'a')); return null; }),
    random: native('random', () => new PyFloat(r.random())),
    getrandbits: native('getrandbits', (a) => normInt(r.getrandbits(Number(_index(a[0]))))),
    randrange: native('randrange', (a, kw) => normInt(r.randrange(arg(a, kw, 0, 'start'), arg(a, kw, 1, 'stop'), arg(a, kw, 2, 'step')))),
    randint: native('randint', (a) => normInt(r.randrange(a[0], normInt(_index(a[1]) + 1n), 1))),
    choice: native('choice', (a) => {
      const seq = _sequence(a[0], 'choice');
      if (seq.length === 0) throw new IndexError('Cannot choose from an empty sequence');
      return seq.at(Number(r.randbelow(BigInt(seq.length))));
    }),
    shuffle: native('shuffle', (a) => {
      const x = a[0] as unknown[];
      for (let i = x.length - 1; i > 0; i--) {
        const j = Number(r.randbelow(BigInt(i + 1)));
        [x[i], x[j]] = [x[j], x[i]];
      }
      return null;
    }),
    sample: native('sample', (a, kw) => r.sample(a[0] ?? kw?.population, Number(_index(a[1] ?? kw?.k)))),
    // Lib/random.py choices(): floor(random() * n) without weights, else bisect_right over the
    // cumulative weights scaled by random() * total.
    choices: native('choices', (a, kw) => {
      const pop = _sequence(a[0] ?? kw?.population, 'choices');
      const n = pop.length;
      let weights = a[1] ?? kw?.weights;
      let cum = kw?.cum_weights;
      const k = kw?.k === undefined ? 1 : Number(_index(kw.k));
      if (isNone(cum) || cum === undefined) {
        if (isNone(weights) || weights === undefined) return Array.from({ length: k }, () => pop.at(Math.floor(r.random() * n)));
        if (isInt(weights) && typeof weights !== 'boolean') throw new TypeError(`The number of choices must be a keyword argument: k=${String(weights)}`);
        let total = 0;
        cum = [..._items(weights)].map((w) => (total += realValue(w)));
        weights = undefined;
      } else if (!(isNone(weights) || weights === undefined)) throw new TypeError('Cannot specify both weights and cumulative weights');
      const cw = [..._items(cum)].map((w) => realValue(w));
      if (cw.length !== n) throw new ValueError('The number of weights does not match the population');
      const total = cw[n - 1] ?? 0;
      if (!(total > 0)) throw new ValueError('Total of weights must be greater than zero');
      if (!Number.isFinite(total)) throw new ValueError('Total of weights must be finite');
      return Array.from({ length: k }, () => {
        const x = r.random() * total;
        let lo = 0;
        let hi = n - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (x < cw[mid]!) hi = mid;
          else lo = mid + 1;
        }
        return pop.at(lo);
      });
    }),
    uniform: native('uniform', (a) => {
      const lo = realValue(a[0]);
      const hi = realValue(a[1]);
      return new PyFloat(lo + (hi - lo) * r.random());
    }),
  };
}

export function createRandomModule(): PyModule {
  const Random = native('Random', (a) => makeModule('random.Random', _functions(new _Random(a[0]))));
  return makeModule('random', { ..._functions(new _Random()), Random });
}
