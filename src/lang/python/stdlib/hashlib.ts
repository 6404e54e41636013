// Python's hashlib module (CPython 3.11 over OpenSSL) over node:crypto, which is OpenSSL too:
// md5/sha1/sha2/sha3/blake2 hash objects with update(), digest(), hexdigest() and copy(), as the
// file-transfer programs of the socket courses check a received file (hashlib.md5(data).hexdigest()).
import type { Hash } from 'node:crypto';
import { nodeCrypto } from '../../../lazy-builtins.ts';
import { b as makeBytes } from '../../../socket/bytes.ts';
import { ValueError } from '../../../socket/exceptions.ts';
import { pyRepr } from '../../../socket/format.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { native } from '../runtime/call.ts';
import { PySet, isNone } from '../runtime/values.ts';

/** Python's name → [OpenSSL's name in node:crypto, block_size]. */
export const HASH_ALGORITHMS: Record<string, readonly [string, number]> = {
  md5: ['md5', 64], sha1: ['sha1', 64], sha224: ['sha224', 64], sha256: ['sha256', 64], sha384: ['sha384', 128], sha512: ['sha512', 128],
  sha3_224: ['sha3-224', 144], sha3_256: ['sha3-256', 136], sha3_384: ['sha3-384', 104], sha3_512: ['sha3-512', 72],
  blake2b: ['blake2b512', 128], blake2s: ['blake2s256', 64],
};

let _serial = 0;

/** What update() and the constructors take: bytes-like only (`Strings must be encoded before hashing`). */
function _data(x: unknown): Uint8Array {
  if (typeof x === 'string') throw new TypeError('Strings must be encoded before hashing');
  if (!(x instanceof Uint8Array)) throw new TypeError('object supporting the buffer API required');
  return x;
}

/** _hashlib.HASH: one running hash. */
export class HASH {
  static readonly pyTypeName = 'HASH';
  private readonly id = 0x7f0000300000 + (++_serial) * 0x40;
  constructor(readonly name: string, private readonly hash: Hash, readonly block_size: number) {}

  get digest_size(): number {
    return this.hash.copy().digest().length;
  }

  feed(data: unknown): void {
    this.hash.update(_data(data));
  }

  finish(): Buffer {
    return this.hash.copy().digest();
  }

  clone(): HASH {
    return new HASH(this.name, this.hash.copy(), this.block_size);
  }

  [pyRepr](): string {
    return `<${this.name} _hashlib.HASH object @ 0x${this.id.toString(16)}>`;
  }
}

for (const [name, fn] of Object.entries({
  update: (h: HASH, a: unknown[]) => { h.feed(a[0]); return null; },
  digest: (h: HASH) => makeBytes(h.finish()),
  hexdigest: (h: HASH) => h.finish().toString('hex'),
  copy: (h: HASH) => h.clone(),
})) {
  Object.defineProperty(HASH.prototype, name, { value: native(name, function (this: HASH, a) { return fn(this, a); }), writable: true, configurable: true });
}

function _make(name: string, label: string, a: unknown[], kw: Record<string, unknown> | undefined): HASH {
  for (const k of Object.keys(kw ?? {})) if (k !== 'string' && k !== 'usedforsecurity') throw new TypeError(`'${k}' is an invalid keyword argument for ${label}()`);
  const [openssl, blockSize] = HASH_ALGORITHMS[name]!;
  const h = new HASH(name, nodeCrypto().createHash(openssl), blockSize);
  const data = a.length > 0 ? a[0] : kw?.string;
  if (data !== undefined && !(isNone(data) && a.length === 0)) h.feed(data);
  return h;
}

export function createHashlibModule(): PyModule {
  const constructors = Object.fromEntries(Object.keys(HASH_ALGORITHMS).map((name) => [name, native(`openssl_${name}`, (a, kw) => _make(name, `openssl_${name}`, a, kw))]));
  const names = Object.keys(HASH_ALGORITHMS);
  return makeModule('hashlib', {
    ...constructors,
    new: native('new', (a, kw) => {
      const name = a[0] ?? kw?.name;
      const key = typeof name === 'string' ? name.toLowerCase() : '';
      if (!(key in HASH_ALGORITHMS)) throw new ValueError(`unsupported hash type ${String(name)}`);
      return _make(key, `openssl_${key}`, a.slice(1), kw && Object.fromEntries(Object.entries(kw).filter(([k]) => k !== 'name')));
    }),
    algorithms_guaranteed: new PySet(names),
    algorithms_available: new PySet(names),
  });
}
