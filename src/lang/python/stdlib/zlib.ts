// Python's zlib module (Modules/zlibmodule.c, CPython 3.11), the one-shot part: compress(),
// decompress(), crc32(), adler32(), zlib.error and the constants. compress() runs the system's
// libz (kernel/libz.ts), as CPython does, so its bytes are CPython's; node:zlib (another deflate)
// stands in where libz cannot be loaded, and for a wbits other than 15. decompress() is node:zlib:
// inflating is exact whichever library does it. Errors are CPython's zlib.error texts
// ("Error -3 while decompressing data: incorrect header check").
import * as nodeZlib from 'node:zlib';
import { libzCompress } from '../../../kernel/libz.ts';
import { b as makeBytes, toBytesLike } from '../../../socket/bytes.ts';
import { Exception, QUALIFIED_NAMES } from '../../../socket/exceptions.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { native } from '../runtime/call.ts';
import { intValue, isInt } from '../runtime/values.ts';

/** zlib.error, an Exception. */
export class ZlibError extends Exception {}
Object.defineProperty(ZlibError, 'name', { value: 'error' });
(QUALIFIED_NAMES as Map<Function, string>).set(ZlibError, 'zlib.error');

type Kw = Record<string, unknown> | undefined;

const _CONSTANTS = {
  MAX_WBITS: 15, DEFLATED: 8, DEF_MEM_LEVEL: 8, DEF_BUF_SIZE: 16384,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_TREES: 6,
  ZLIB_VERSION: '1.2.13', ZLIB_RUNTIME_VERSION: '1.2.13',
};

// zlib's messages for its error codes, as zError() gives them (z_stream.msg is not set for these).
const _Z_MESSAGES: Record<number, string> = { [-5]: 'incomplete or truncated stream', [-2]: 'inconsistent stream state' };

function _int(name: string, x: unknown, dflt: number): number {
  if (x === undefined) return dflt;
  if (!isInt(x)) throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
  return Number(intValue(x));
}

function _arg(a: unknown[], kw: Kw, i: number, name: string): unknown {
  return a[i] !== undefined ? a[i] : kw?.[name];
}

function _compress(data: Uint8Array, level: number, wbits: number): Uint8Array {
  if (level < -1 || level > 9) throw new ZlibError('Bad compression level');
  if (wbits === 15 || wbits === -15 || wbits === 31) {
    const out = libzCompress(data, level);
    if (typeof out === 'number') throw new ZlibError('Bad compression level');
    if (out !== undefined) return wbits === 15 ? out : _rewrap(out, data, level, wbits);
  }
  try {
    if (wbits >= 9 && wbits <= 15) return nodeZlib.deflateSync(data, { level, windowBits: wbits });
    if (wbits >= -15 && wbits <= -9) return nodeZlib.deflateRawSync(data, { level, windowBits: -wbits });
    if (wbits >= 25 && wbits <= 31) return nodeZlib.gzipSync(data, { level, windowBits: wbits - 16 });
  } catch {
    // node:zlib refuses what zlib's deflateInit2 refuses.
  }
  throw new ZlibError('Bad compression level');
}

/**
 * The same deflate body in another wrapper: raw (wbits -15) or gzip (31), as deflate.c writes
 * them with window 15 (the body does not depend on the wrapper). zlib's gzip header has no name
 * and mtime 0, XFL 2 at level 9 and 4 below level 2, OS 3 (Unix); the trailer is the CRC-32 and
 * the size, little-endian.
 */
function _rewrap(stream: Uint8Array, data: Uint8Array, level: number, wbits: number): Uint8Array {
  const body = stream.subarray(2, stream.length - 4);
  if (wbits === -15) return body;
  const out = new Uint8Array(10 + body.length + 8);
  const effective = level === -1 ? 6 : level;
  out.set([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, effective === 9 ? 2 : effective < 2 ? 4 : 0, 3]);
  out.set(body, 10);
  const tail = new DataView(out.buffer, 10 + body.length, 8);
  tail.setUint32(0, _crc32(data, 0), true);
  tail.setUint32(4, data.length >>> 0, true);
  return out;
}

function _decompress(data: Uint8Array, wbits: number): Uint8Array {
  try {
    if (wbits === 0 || wbits >= 8 && wbits <= 15) return nodeZlib.inflateSync(data, wbits === 0 ? {} : { windowBits: Math.max(wbits, 9) });
    if (wbits >= -15 && wbits <= -8) return nodeZlib.inflateRawSync(data, { windowBits: Math.max(-wbits, 9) });
    if (wbits >= 24 && wbits <= 31) return nodeZlib.gunzipSync(data);
    if (wbits >= 40 && wbits <= 47) return nodeZlib.unzipSync(data);
  } catch (e) {
    const err = e as { errno?: number; message?: string };
    const code = err.errno ?? -3;
    throw new ZlibError(`Error ${code} while decompressing data: ${_Z_MESSAGES[code] ?? err.message}`);
  }
  throw new ZlibError('Error -2 while preparing to decompress data: inconsistent stream state');
}

const _CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function _crc32(data: Uint8Array, start: number): number {
  let c = (start ^ 0xffffffff) >>> 0;
  for (const byte of data) c = _CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function _adler32(data: Uint8Array, start: number): number {
  let a = start & 0xffff;
  let b = (start >>> 16) & 0xffff;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A checksum's running value: any int, taken modulo 2**32 as CPython's (unsigned int) cast. */
function _start(x: unknown, dflt: number): number {
  if (x === undefined) return dflt;
  if (!isInt(x)) throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
  return Number(BigInt.asUintN(32, BigInt(intValue(x))));
}

export function createZlibModule(): PyModule {
  return makeModule('zlib', {
    ..._CONSTANTS,
    error: ZlibError,
    compress: native('compress', (a, kw) => makeBytes(_compress(toBytesLike(a[0]), _int('level', _arg(a, kw, 1, 'level'), -1), _int('wbits', kw?.wbits ?? a[2], 15)))),
    decompress: native('decompress', (a, kw) => {
      _int('bufsize', _arg(a, kw, 2, 'bufsize'), 16384);
      return makeBytes(_decompress(toBytesLike(a[0]), _int('wbits', _arg(a, kw, 1, 'wbits'), 15)));
    }),
    crc32: native('crc32', (a) => _crc32(toBytesLike(a[0]), _start(a[1], 0))),
    adler32: native('adler32', (a) => _adler32(toBytesLike(a[0]), _start(a[1], 1))),
  });
}
