// Python's uuid module (Lib/uuid.py, CPython 3.11): the UUID class (from a hex string, bytes,
// bytes_le, fields or an int; str, repr, hex, int, bytes, urn, version, variant, comparisons,
// hashing), uuid4() (random), uuid3()/uuid5() (MD5/SHA-1 of a namespace and a name, so they print
// what python3 prints), uuid1() (time-based; its node is random here, as CPython's is when it
// cannot read a MAC address), and the NAMESPACE_* constants. Chat and discovery tutorials tag
// their messages and peers with these ids.
import { nodeCrypto } from '../../../lazy-builtins.ts';
import { b as makeBytes } from '../../../socket/bytes.ts';
import { QUALIFIED_NAMES, ValueError } from '../../../socket/exceptions.ts';
import { pyRepr, pyStr } from '../../../socket/format.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { tuple } from '../../../socket/tuple.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { PY_PARAMS, PYTHON_VALUES, native } from '../runtime/call.ts';
import { AttributeError } from '../runtime/exceptions.ts';
import { NATIVE_COMPARE, NATIVE_HASH } from '../runtime/native.ts';
import { intValue, isInt, isNone, normInt } from '../runtime/values.ts';

const _MAX = 1n << 128n;

function _given(x: unknown): boolean {
  return x !== undefined && !isNone(x);
}

function _fromBytes(b: Uint8Array): bigint {
  return BigInt(`0x${Buffer.from(b).toString('hex') || '0'}`);
}

export class UUID {
  readonly #int: bigint;
  constructor(hex?: unknown, bytes?: unknown, bytesLe?: unknown, fields?: unknown, int?: unknown, version?: unknown) {
    const given = [hex, bytes, bytesLe, fields, int].filter(_given).length;
    if (given !== 1) throw new TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given');
    let n: bigint;
    if (_given(hex)) {
      if (typeof hex !== 'string') throw new TypeError(`replace() argument 1 must be str, not ${pyTypeName(hex)}`);
      const h = hex.replace('urn:', '').replace('uuid:', '').replace(/^[{}]+|[{}]+$/g, '').replaceAll('-', '');
      if (h.length !== 32 || !/^[0-9a-fA-F]+$/.test(h)) throw new ValueError('badly formed hexadecimal UUID string');
      n = BigInt(`0x${h}`);
    } else if (_given(bytesLe)) {
      const b = bytesLe as Uint8Array;
      if (!(b instanceof Uint8Array) || b.length !== 16) throw new ValueError('bytes_le is not a 16-char string');
      const swapped = Uint8Array.from([b[3]!, b[2]!, b[1]!, b[0]!, b[5]!, b[4]!, b[7]!, b[6]!, ...b.slice(8)]);
      n = _fromBytes(swapped);
    } else if (_given(bytes)) {
      if (!(bytes instanceof Uint8Array) || bytes.length !== 16) throw new ValueError('bytes is not a 16-char string');
      n = _fromBytes(bytes);
    } else if (_given(fields)) {
      const f = [...(fields as unknown[])].map((x) => BigInt(intValue(x)));
      if (f.length !== 6) throw new ValueError('fields is not a 6-tuple');
      const [timeLow, timeMid, timeHi, seqHi, seqLow, node] = f as [bigint, bigint, bigint, bigint, bigint, bigint];
      n = (timeLow << 96n) | (timeMid << 80n) | (timeHi << 64n) | (((seqHi << 8n) | seqLow) << 48n) | node;
    } else {
      if (!isInt(int)) throw new TypeError(`'<=' not supported between instances of 'int' and '${pyTypeName(int)}'`);
      n = BigInt(intValue(int));
      if (n < 0n || n >= _MAX) throw new ValueError('int is out of range (need a 128-bit value)');
    }
    if (_given(version)) {
      const v = BigInt(intValue(version));
      if (v < 1n || v > 5n) throw new ValueError('illegal version number');
      n &= ~(0xc000n << 48n);
      n |= 0x8000n << 48n;
      n &= ~(0xf000n << 64n);
      n |= v << 76n;
    }
    this.#int = n;
  }
  get int(): unknown {
    return normInt(this.#int);
  }
  get hex(): string {
    return this.#int.toString(16).padStart(32, '0');
  }
  get bytes(): unknown {
    return makeBytes(Buffer.from(this.hex, 'hex'));
  }
  get bytes_le(): unknown {
    const b = Buffer.from(this.hex, 'hex');
    return makeBytes([b[3]!, b[2]!, b[1]!, b[0]!, b[5]!, b[4]!, b[7]!, b[6]!, ...b.subarray(8)]);
  }
  get urn(): string {
    return `urn:uuid:${this[pyStr]()}`;
  }
  get variant(): string {
    if (!(this.#int & (0x8000n << 48n))) return 'reserved for NCS compatibility';
    if (!(this.#int & (0x4000n << 48n))) return 'specified in RFC 4122';
    if (!(this.#int & (0x2000n << 48n))) return 'reserved for Microsoft compatibility';
    return 'reserved for future definition';
  }
  get version(): unknown {
    return this.variant === 'specified in RFC 4122' ? Number((this.#int >> 76n) & 0xfn) : null;
  }
  get fields(): unknown {
    const n = this.#int;
    return tuple(...[n >> 96n, (n >> 80n) & 0xffffn, (n >> 64n) & 0xffffn, (n >> 56n) & 0xffn, (n >> 48n) & 0xffn, n & 0xffffffffffffn].map(normInt));
  }
  get time_low(): unknown {
    return normInt(this.#int >> 96n);
  }
  get node(): unknown {
    return normInt(this.#int & 0xffffffffffffn);
  }
  [pyStr](): string {
    const h = this.hex;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  [pyRepr](): string {
    return `UUID('${this[pyStr]()}')`;
  }
  [NATIVE_COMPARE](other: unknown): number | undefined {
    if (!(other instanceof UUID)) return undefined;
    return this.#int < other.#int ? -1 : this.#int > other.#int ? 1 : 0;
  }
  [NATIVE_HASH](): unknown {
    return `uuid:${this.hex}`;
  }
  __str__(): string {
    return this[pyStr]();
  }
}
Object.defineProperty(UUID, PY_PARAMS, { value: { positional: ['hex', 'bytes', 'bytes_le', 'fields', 'int', 'version'], keywordOnly: ['is_safe'] } });
PYTHON_VALUES.add(UUID);
(QUALIFIED_NAMES as Map<Function, string>).set(UUID, 'uuid.UUID');

function _hashed(algorithm: string, version: number, namespace: unknown, name: unknown): UUID {
  if (!(namespace instanceof UUID)) throw new AttributeError(`'${pyTypeName(namespace)}' object has no attribute 'bytes'`);
  // 3.11 spells the name `bytes(name, "utf-8")`: a str only (3.12 takes bytes too).
  if (typeof name !== 'string') throw new TypeError('encoding without a string argument');
  const data = Buffer.from(name, 'utf8');
  const digest = nodeCrypto().createHash(algorithm).update(Buffer.from(namespace.hex, 'hex')).update(data).digest();
  return new UUID(undefined, makeBytes(digest.subarray(0, 16)), undefined, undefined, undefined, version);
}

let _lastTimestamp: bigint | undefined;

export function createUuidModule(): PyModule {
  const ns = (hex: string) => new UUID(hex);
  return makeModule('uuid', {
    UUID,
    uuid4: native('uuid4', () => new UUID(undefined, makeBytes(nodeCrypto().randomBytes(16)), undefined, undefined, undefined, 4)),
    uuid3: native('uuid3', (a) => _hashed('md5', 3, a[0], a[1])),
    uuid5: native('uuid5', (a) => _hashed('sha1', 5, a[0], a[1])),
    // uuid1: 100-ns intervals since 1582-10-15, a random clock sequence and a random multicast node.
    uuid1: native('uuid1', (a) => {
      let timestamp = BigInt(Date.now()) * 10000n + 0x01b21dd213814000n;
      if (_lastTimestamp !== undefined && timestamp <= _lastTimestamp) timestamp = _lastTimestamp + 1n;
      _lastTimestamp = timestamp;
      const random = nodeCrypto().randomBytes(8);
      const clockSeq = BigInt(random.readUInt16BE(0) & 0x3fff);
      const node = _given(a[0]) ? BigInt(intValue(a[0])) : BigInt(`0x${random.subarray(2).toString('hex')}`) | (1n << 40n);
      const fields = [timestamp & 0xffffffffn, (timestamp >> 32n) & 0xffffn, (timestamp >> 48n) & 0x0fffn, (clockSeq >> 8n) & 0x3fn, clockSeq & 0xffn, node];
      return new UUID(undefined, undefined, undefined, fields, undefined, 1);
    }),
    NAMESPACE_DNS: ns('6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
    NAMESPACE_URL: ns('6ba7b811-9dad-11d1-80b4-00c04fd430c8'),
    NAMESPACE_OID: ns('6ba7b812-9dad-11d1-80b4-00c04fd430c8'),
    NAMESPACE_X500: ns('6ba7b814-9dad-11d1-80b4-00c04fd430c8'),
    RESERVED_NCS: 'reserved for NCS compatibility',
    RFC_4122: 'specified in RFC 4122',
    RESERVED_MICROSOFT: 'reserved for Microsoft compatibility',
    RESERVED_FUTURE: 'reserved for future definition',
  });
}
