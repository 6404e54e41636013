// Python's hmac (Lib/hmac.py, CPython 3.11) and secrets (Lib/secrets.py) as a network protocol
// uses them to sign and check messages: hmac.new(key, msg, digestmod) with update/digest/
// hexdigest/copy, hmac.digest, compare_digest; secrets' token_bytes/token_hex/token_urlsafe,
// choice, randbelow, randbits, compare_digest, from the system's random source. HMAC is computed
// as RFC 2104 defines it (hmac.py's inner and outer hashes), so copy() works as CPython's.
import type { Hash } from 'node:crypto';
import { nodeCrypto } from '../../../lazy-builtins.ts';
import { b as makeBytes } from '../../../socket/bytes.ts';
import { ValueError } from '../../../socket/exceptions.ts';
import { pyRepr } from '../../../socket/format.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { argAt, native } from '../runtime/call.ts';
import { IndexError } from '../runtime/exceptions.ts';
import { typeName } from '../runtime/ops.ts';
import { intValue, isNone } from '../runtime/values.ts';
import { HASH_ALGORITHMS } from './hashlib.ts';

let _serial = 0;

function _bytesArg(x: unknown, what: string): Uint8Array {
  if (x instanceof Uint8Array) return x;
  throw new TypeError(`${what}: expected bytes or bytearray, but got '${typeName(x)}'`);
}

/** The hashlib name a digestmod names: 'sha256', hashlib.sha256 (openssl_sha256), or a module's name. */
function _digestName(digestmod: unknown): string {
  const raw = typeof digestmod === 'string' ? digestmod : typeof digestmod === 'function' ? digestmod.name.replace(/^openssl_/, '') : '';
  const name = raw.toLowerCase();
  if (!(name in HASH_ALGORITHMS)) throw new ValueError(`unsupported hash type ${raw}`);
  return name;
}

/** hmac.HMAC: the inner hash fed as it goes, the outer one applied at digest(). */
class HMAC {
  static readonly pyTypeName = 'HMAC';
  private readonly id = 0x7f0000500000 + (++_serial) * 0x40;
  constructor(private readonly algorithm: string, private readonly inner: Hash, private readonly outerKey: Uint8Array) {}

  static make(key: Uint8Array, algorithm: string): HMAC {
    const [openssl, blockSize] = HASH_ALGORITHMS[algorithm]!;
    const crypto = nodeCrypto();
    let k = Buffer.from(key);
    if (k.length > blockSize) k = crypto.createHash(openssl).update(k).digest();
    const padded = Buffer.alloc(blockSize);
    k.copy(padded);
    const inner = crypto.createHash(openssl).update(padded.map((x) => x ^ 0x36));
    return new HMAC(algorithm, inner, padded.map((x) => x ^ 0x5c));
  }

  get name(): string {
    return `hmac-${this.algorithm}`;
  }

  get digest_size(): number {
    return this.inner.copy().digest().length;
  }

  get block_size(): number {
    return HASH_ALGORITHMS[this.algorithm]![1];
  }

  feed(data: Uint8Array): void {
    this.inner.update(data);
  }

  finish(): Buffer {
    return nodeCrypto().createHash(HASH_ALGORITHMS[this.algorithm]![0]).update(this.outerKey).update(this.inner.copy().digest()).digest();
  }

  clone(): HMAC {
    return new HMAC(this.algorithm, this.inner.copy(), this.outerKey);
  }

  [pyRepr](): string {
    return `<hmac.HMAC object at 0x${this.id.toString(16)}>`;
  }
}

for (const [name, fn] of Object.entries({
  update: (h: HMAC, a: unknown[]) => { h.feed(_bytesArg(a[0], 'update()')); return null; },
  digest: (h: HMAC) => makeBytes(h.finish()),
  hexdigest: (h: HMAC) => h.finish().toString('hex'),
  copy: (h: HMAC) => h.clone(),
})) {
  Object.defineProperty(HMAC.prototype, name, { value: native(name, function (this: HMAC, a) { return fn(this, a); }), writable: true, configurable: true });
}

/** hmac.compare_digest(a, b): both str (ASCII) or both bytes-like; the answer takes the same time whatever differs. */
const compare_digest = native('compare_digest', (a) => {
  const [x, y] = a;
  if (typeof x === 'string' && typeof y === 'string') {
    if (/[^\x00-\x7f]/.test(x + y)) throw new TypeError('comparing strings with non-ASCII characters is not supported');
    return x.length === y.length && nodeCrypto().timingSafeEqual(Buffer.from(x), Buffer.from(y));
  }
  if (x instanceof Uint8Array && y instanceof Uint8Array) return x.length === y.length && nodeCrypto().timingSafeEqual(x, y);
  throw new TypeError(`unsupported operand types(s) or combination of types: '${typeName(x)}' and '${typeName(y)}'`);
});

export function createHmacModule(): PyModule {
  return makeModule('hmac', {
    HMAC: native('HMAC', (a, kw) => _new(a, kw)),
    new: native('new', (a, kw) => _new(a, kw)),
    digest: native('digest', (a, kw) => {
      const h = HMAC.make(_bytesArg(argAt(a, kw, 0, 'key'), 'key'), _digestName(argAt(a, kw, 2, 'digest')));
      h.feed(_bytesArg(argAt(a, kw, 1, 'msg'), 'msg'));
      return makeBytes(h.finish());
    }),
    compare_digest,
    digest_size: null,
  });
}

function _new(a: unknown[], kw: Record<string, unknown> | undefined): HMAC {
  const key = argAt(a, kw, 0, 'key');
  if (!(key instanceof Uint8Array)) throw new TypeError(`key: expected bytes or bytearray, but got '${typeName(key)}'`);
  const digestmod = argAt(a, kw, 2, 'digestmod');
  if (digestmod === undefined || isNone(digestmod) || digestmod === '') throw new TypeError("Missing required parameter 'digestmod'.");
  const h = HMAC.make(key, _digestName(digestmod));
  const msg = argAt(a, kw, 1, 'msg');
  if (msg !== undefined && !isNone(msg)) h.feed(_bytesArg(msg, 'msg'));
  return h;
}

const _DEFAULT_ENTROPY = 32;

function _count(a: unknown[], kw: Record<string, unknown> | undefined): number {
  const n = argAt(a, kw, 0, 'nbytes');
  return n === undefined || isNone(n) ? _DEFAULT_ENTROPY : Number(intValue(n));
}

/** A uniform int in [0, n), by rejection as random.SystemRandom's _randbelow does. */
function _randbelow(n: number): number {
  if (n <= 0) throw new ValueError('Upper bound must be positive.');
  return nodeCrypto().randomInt(0, n);
}

export function createSecretsModule(): PyModule {
  return makeModule('secrets', {
    token_bytes: native('token_bytes', (a, kw) => makeBytes(nodeCrypto().randomBytes(_count(a, kw)))),
    token_hex: native('token_hex', (a, kw) => nodeCrypto().randomBytes(_count(a, kw)).toString('hex')),
    token_urlsafe: native('token_urlsafe', (a, kw) => nodeCrypto().randomBytes(_count(a, kw)).toString('base64url')),
    randbelow: native('randbelow', (a, kw) => _randbelow(Number(intValue(argAt(a, kw, 0, 'exclusive_upper_bound'))))),
    randbits: native('randbits', (a, kw) => {
      const k = Number(intValue(argAt(a, kw, 0, 'k')));
      if (k < 0) throw new ValueError('number of bits must be non-negative');
      let v = 0n;
      for (const byte of nodeCrypto().randomBytes(Math.ceil(k / 8))) v = (v << 8n) | BigInt(byte);
      v >>= BigInt(Math.ceil(k / 8) * 8 - k);
      return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
    }),
    choice: native('choice', (a, kw) => {
      const seq = argAt(a, kw, 0, 'seq');
      const items = typeof seq === 'string' ? [...seq] : Array.isArray(seq) ? seq : undefined;
      if (items === undefined) throw new TypeError(`object of type '${typeName(seq)}' has no len()`);
      if (items.length === 0) throw new IndexError('Cannot choose from an empty sequence');
      return items[_randbelow(items.length)];
    }),
    compare_digest,
    DEFAULT_ENTROPY: _DEFAULT_ENTROPY,
  });
}
