// Python's base64 and binascii modules (CPython 3.11): b64encode/b64decode (standard, urlsafe,
// altchars, validate=), b16, encodebytes/decodebytes, hexlify/unhexlify. Decoding follows
// Modules/binascii.c a2b_base64 step by step, so a learner's bad input fails with its exact
// binascii.Error ("Incorrect padding", "Only base64 data is allowed").
import { b as makeBytes, type bytes } from '../../../socket/bytes.ts';
import { QUALIFIED_NAMES, ValueError } from '../../../socket/exceptions.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { argAt, native } from '../runtime/call.ts';
import * as ops from '../runtime/ops.ts';
import { isNone } from '../runtime/values.ts';

/** binascii.Error, a ValueError. */
export class BinasciiError extends ValueError {}
Object.defineProperty(BinasciiError, 'name', { value: 'Error' });
(QUALIFIED_NAMES as Map<Function, string>).set(BinasciiError, 'binascii.Error');

const _ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const _VALUE = new Map([..._ALPHABET].map((c, i) => [c.charCodeAt(0), i]));
const _PAD = 61; // '='

/** The bytes to encode: bytes-like only (`a bytes-like object is required, not 'str'`). */
function _bytesLike(x: unknown): Uint8Array {
  if (!(x instanceof Uint8Array)) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(x)}'`);
  return x;
}

/** base64._bytes_from_decode_data: bytes-like, or a str of ASCII characters. */
function _decodeData(x: unknown): Uint8Array {
  if (typeof x === 'string') {
    if (/[^\x00-\x7f]/.test(x)) throw new ValueError('string argument should contain only ASCII characters');
    return Buffer.from(x, 'latin1');
  }
  if (x instanceof Uint8Array) return x;
  throw new TypeError(`argument should be a bytes-like object or ASCII string, not '${pyTypeName(x)}'`);
}

/** binascii.a2b_base64(data, strict_mode): non-alphabet bytes are skipped unless strict. */
function _a2bBase64(data: Uint8Array, strict: boolean): bytes {
  const out: number[] = [];
  let quad = 0;
  let pads = 0;
  let acc = 0;
  let bits = 0;
  let paddingStarted = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === _PAD) {
      paddingStarted = true;
      if (strict && quad === 0) throw new BinasciiError('Leading padding not allowed');
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < data.length) throw new BinasciiError('Excess data after padding');
        return makeBytes(out);
      }
      continue;
    }
    const v = _VALUE.get(c);
    if (v === undefined) {
      if (strict) throw new BinasciiError('Only base64 data is allowed');
      continue;
    }
    if (strict && paddingStarted) throw new BinasciiError('Discontinuous padding not allowed');
    pads = 0;
    acc = (acc << 6) | v;
    bits += 6;
    quad = (quad + 1) % 4;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
      acc &= (1 << bits) - 1;
    }
  }
  if (quad === 1) {
    throw new BinasciiError(`Invalid base64-encoded string: number of data characters (${Math.floor(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
  }
  if (quad !== 0) throw new BinasciiError('Incorrect padding');
  return makeBytes(out);
}

/** bytes.translate of two characters into two others (altchars, the urlsafe alphabet). */
function _swap(data: Uint8Array, from: string, to: string): Uint8Array {
  const out = Uint8Array.from(data);
  for (let i = 0; i < out.length; i++) {
    const k = from.indexOf(String.fromCharCode(out[i]!));
    if (k >= 0) out[i] = to.charCodeAt(k);
  }
  return out;
}

const _b64 = (data: Uint8Array): string => Buffer.from(data.buffer, data.byteOffset, data.length).toString('base64');

function _altchars(x: unknown): string | undefined {
  if (x === undefined || isNone(x)) return undefined;
  const alt = Buffer.from(_decodeData(x)).toString('latin1');
  if (alt.length !== 2) throw new ValueError(`altchars must be two bytes, not ${alt.length}`);
  return alt;
}

function _unhex(x: unknown): bytes {
  const text = Buffer.from(_decodeData(x)).toString('latin1');
  if (text.length % 2 !== 0) throw new BinasciiError('Odd-length string');
  if (/[^0-9a-fA-F]/.test(text)) throw new BinasciiError('Non-hexadecimal digit found');
  return makeBytes(Buffer.from(text, 'hex'));
}

const _hex = (x: unknown): bytes => makeBytes(Buffer.from(Buffer.from(_bytesLike(x)).toString('hex'), 'latin1'));

export function createBase64Module(): PyModule {
  return makeModule('base64', {
    b64encode: native('b64encode', (a, kw) => {
      const encoded = Buffer.from(_b64(_bytesLike(argAt(a, kw, 0, 's'))), 'latin1');
      const alt = _altchars(argAt(a, kw, 1, 'altchars'));
      return makeBytes(alt ? _swap(encoded, '+/', alt) : encoded);
    }),
    b64decode: native('b64decode', (a, kw) => {
      let data = _decodeData(argAt(a, kw, 0, 's'));
      const alt = _altchars(argAt(a, kw, 1, 'altchars'));
      if (alt) data = _swap(data, alt, '+/');
      return _a2bBase64(data, ops.truthy(argAt(a, kw, 2, 'validate') ?? false));
    }),
    standard_b64encode: native('standard_b64encode', (a) => makeBytes(Buffer.from(_b64(_bytesLike(a[0])), 'latin1'))),
    standard_b64decode: native('standard_b64decode', (a) => _a2bBase64(_decodeData(a[0]), false)),
    urlsafe_b64encode: native('urlsafe_b64encode', (a) => makeBytes(_swap(Buffer.from(_b64(_bytesLike(a[0])), 'latin1'), '+/', '-_'))),
    urlsafe_b64decode: native('urlsafe_b64decode', (a) => _a2bBase64(_swap(_decodeData(a[0]), '-_', '+/'), false)),
    b16encode: native('b16encode', (a) => makeBytes(Buffer.from(Buffer.from(_bytesLike(a[0])).toString('hex').toUpperCase(), 'latin1'))),
    b16decode: native('b16decode', (a, kw) => {
      let text = Buffer.from(_decodeData(argAt(a, kw, 0, 's'))).toString('latin1');
      if (ops.truthy(argAt(a, kw, 1, 'casefold') ?? false)) text = text.toUpperCase();
      if (/[^0-9A-F]/.test(text)) throw new BinasciiError('Non-base16 digit found');
      return _unhex(text);
    }),
    // encodebytes: lines of at most 76 characters (57 bytes), each ending in a newline.
    encodebytes: native('encodebytes', (a) => {
      const data = _bytesLike(a[0]);
      let text = '';
      for (let i = 0; i < data.length; i += 57) text += `${_b64(data.subarray(i, i + 57))}\n`;
      return makeBytes(Buffer.from(text, 'latin1'));
    }),
    decodebytes: native('decodebytes', (a) => _a2bBase64(_bytesLike(a[0]), false)),
  });
}

export function createBinasciiModule(): PyModule {
  return makeModule('binascii', {
    Error: BinasciiError,
    hexlify: native('hexlify', (a) => _hex(a[0])),
    b2a_hex: native('b2a_hex', (a) => _hex(a[0])),
    unhexlify: native('unhexlify', (a) => _unhex(a[0])),
    a2b_hex: native('a2b_hex', (a) => _unhex(a[0])),
    b2a_base64: native('b2a_base64', (a, kw) => {
      const newline = ops.truthy(kw?.newline ?? true);
      return makeBytes(Buffer.from(`${_b64(_bytesLike(a[0]))}${newline ? '\n' : ''}`, 'latin1'));
    }),
    a2b_base64: native('a2b_base64', (a, kw) => _a2bBase64(_decodeData(a[0]), ops.truthy(kw?.strict_mode ?? false))),
  });
}
