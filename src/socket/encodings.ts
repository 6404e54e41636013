// Python's text codecs: str.encode() and bytes.decode() for the codec names a learner meets in
// Chinese socket tutorials. Names, results, error handlers and the exact UnicodeError messages
// follow CPython 3.11 (Objects/unicodeobject.c, Python/codecs.c, Modules/cjkcodecs/). Checked
// against python3 3.11 on Linux: every one- and two-byte sequence and every BMP character of the
// Chinese codecs, and random byte/character strings through every codec and error handler.
import type Iconv from 'iconv-lite';
import { requireDeferred } from '../bundle-hooks.ts';
import { LookupError, UnicodeDecodeError, UnicodeEncodeError, charEscape } from './exceptions.ts';

/** Encodes `text` with Python's codec `encoding` (`'x'.encode(encoding, errors)`). */
export function encode(text: string, encoding = 'utf-8', errors = 'strict'): Uint8Array {
  return _lookup(encoding).encode(text, errors);
}

/** Decodes `data` with Python's codec `encoding` (`b.decode(encoding, errors)`). */
export function decode(data: Uint8Array, encoding = 'utf-8', errors = 'strict'): string {
  return _lookup(encoding).decode(data, errors);
}

/** The codec's canonical Python name (`codecs.lookup('UTF8').name` is `'utf-8'`); LookupError if unknown. */
export function lookupCodecName(encoding: string): string {
  return _lookup(encoding).name;
}

interface _Codec {
  readonly name: string;
  encode(text: string, errors: string): Uint8Array;
  decode(data: Uint8Array, errors: string): string;
}

// ---------------------------------------------------------------------------------------------
// Names. CPython lower-cases the name and turns every run of characters other than ASCII letters,
// digits and '.' into one '_' (_Py_normalize_encoding), then consults encodings.aliases.

function _normalize(name: string): string {
  let out = '';
  let punct = false;
  for (const c of name) {
    if (/^[A-Za-z0-9.]$/.test(c)) {
      if (punct && out !== '') out += '_';
      out += c.toLowerCase();
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

// The entries of CPython's encodings.aliases that point at the codecs implemented here.
const _ALIASES: Readonly<Record<string, string>> = {
  '646': 'ascii', 'ansi_x3.4_1968': 'ascii', 'ansi_x3_4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii',
  cp367: 'ascii', csascii: 'ascii', ibm367: 'ascii', iso646_us: 'ascii', 'iso_646.irv_1991': 'ascii',
  iso_ir_6: 'ascii', us: 'ascii', us_ascii: 'ascii',
  big5_tw: 'big5', csbig5: 'big5', x_mac_trad_chinese: 'big5',
  gb18030_2000: 'gb18030',
  chinese: 'gb2312', csiso58gb231280: 'gb2312', euc_cn: 'gb2312', euccn: 'gb2312', eucgb2312_cn: 'gb2312',
  gb2312_1980: 'gb2312', gb2312_80: 'gb2312', iso_ir_58: 'gb2312', x_mac_simp_chinese: 'gb2312',
  '936': 'gbk', cp936: 'gbk', ms936: 'gbk',
  '8859': 'latin_1', cp819: 'latin_1', csisolatin1: 'latin_1', ibm819: 'latin_1', iso8859: 'latin_1',
  iso8859_1: 'latin_1', iso_8859_1: 'latin_1', iso_8859_1_1987: 'latin_1', iso_ir_100: 'latin_1',
  l1: 'latin_1', latin: 'latin_1', latin1: 'latin_1',
  u16: 'utf_16', utf16: 'utf_16', unicodebigunmarked: 'utf_16_be', utf_16be: 'utf_16_be',
  unicodelittleunmarked: 'utf_16_le', utf_16le: 'utf_16_le',
  u32: 'utf_32', utf32: 'utf_32', utf_32be: 'utf_32_be', utf_32le: 'utf_32_le',
  u8: 'utf_8', utf: 'utf_8', utf8: 'utf_8', utf8_ucs2: 'utf_8', utf8_ucs4: 'utf_8', cp65001: 'utf_8',
};

const _CODECS: Readonly<Record<string, () => _Codec>> = {
  utf_8: () => _utf8,
  utf_8_sig: () => _utf8sig,
  ascii: () => _ascii,
  latin_1: () => _latin1,
  utf_16: () => _utf16('utf-16', 'le', true),
  utf_16_le: () => _utf16('utf-16-le', 'le', false),
  utf_16_be: () => _utf16('utf-16-be', 'be', false),
  utf_32: () => _utf32('utf-32', 'le', true),
  utf_32_le: () => _utf32('utf-32-le', 'le', false),
  utf_32_be: () => _utf32('utf-32-be', 'be', false),
  gbk: () => _cjk('gbk'),
  gb2312: () => _cjk('gb2312'),
  gb18030: () => _cjk('gb18030'),
  big5: () => _cjk('big5'),
};

const _cache = new Map<string, _Codec>();

function _lookup(encoding: string): _Codec {
  const norm = _normalize(encoding);
  const module = _ALIASES[norm] ?? _ALIASES[norm.replace(/\./g, '_')] ?? norm;
  let codec = _cache.get(module);
  if (!codec) {
    const make = Object.hasOwn(_CODECS, module) ? _CODECS[module] : undefined;
    // CPython: LookupError('unknown encoding: ' + the name exactly as given).
    if (!make) throw new LookupError(`unknown encoding: ${encoding}`);
    codec = make();
    _cache.set(module, codec);
  }
  return codec;
}

// ---------------------------------------------------------------------------------------------
// Errors. CPython's UnicodeDecodeError/UnicodeEncodeError carry (encoding, object, start, end,
// reason) as args and format their message from them (Objects/exceptions.c): exceptions.ts does that.

function _unknownHandler(errors: string): LookupError {
  return new LookupError(`unknown error handler name '${errors}'`);
}

// ---------------------------------------------------------------------------------------------
// Decoding driver. A codec's step decodes one character at `pos`, or reports the byte range
// [pos, end) that CPython's decoder reports and hands to the error handler.

interface _DecodeStep {
  /** Code point decoded, or -1 for an error. */
  cp: number;
  /** Bytes consumed, or on error the length of the offending range. */
  len: number;
  reason: string;
}

type _Decoder = (data: Uint8Array, pos: number, out: _DecodeStep) => void;

function _decodeWith(
  codec: string, data: Uint8Array, errors: string, start: number, step: _Decoder,
  surrogatepass?: (data: Uint8Array, pos: number) => [cp: number, len: number] | undefined,
): string {
  const parts: string[] = [];
  let units: number[] = [];
  const flush = (): void => {
    for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode(...units.slice(i, i + 8192)));
    units = [];
  };
  const push = (cp: number): void => {
    if (cp > 0xffff) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      units.push(cp);
    }
    if (units.length > 65536) flush();
  };
  const out: _DecodeStep = { cp: 0, len: 0, reason: '' };
  let pos = start;
  while (pos < data.length) {
    step(data, pos, out);
    if (out.cp >= 0) {
      push(out.cp);
      pos += out.len;
      continue;
    }
    const end = pos + out.len;
    const fail = (): UnicodeDecodeError => new UnicodeDecodeError(codec, data, pos, end, out.reason);
    switch (errors) {
      case 'strict': throw fail();
      case 'ignore': break;
      case 'replace': push(0xfffd); break;
      case 'backslashreplace':
        for (let i = pos; i < end; i++) for (const c of charEscape(data[i] ?? 0)) push(c.charCodeAt(0));
        break;
      case 'surrogateescape': {
        // PEP 383 (PyCodec_SurrogateEscapeErrors): up to 4 leading bytes >= 0x80 become
        // U+DC80..U+DCFF and decoding resumes after them; an ASCII byte cannot be escaped.
        let n = 0;
        while (n < 4 && pos + n < end && (data[pos + n] ?? 0) >= 0x80) push(0xdc00 + (data[pos + n++] ?? 0));
        if (n === 0) throw fail();
        pos += n;
        continue;
      }
      case 'surrogatepass': {
        const got = surrogatepass?.(data, pos);
        if (!got) throw fail();
        push(got[0]);
        pos += got[1];
        continue;
      }
      case 'xmlcharrefreplace':
      case 'namereplace':
        throw new TypeError(`don't know how to handle UnicodeDecodeError in error callback`);
      default: throw _unknownHandler(errors);
    }
    pos = end;
  }
  flush();
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// Encoding driver. `encodeChar` writes the bytes of one code point, or returns false if the codec
// cannot encode it. ASCII, latin-1, charmap and UTF-8 report a whole run of unencodable characters
// in one error ("characters in position 0-1"); the UTF-16/32 and CJK codecs report one at a time.

interface _EncodeSpec {
  readonly name: string;
  readonly reason: string;
  readonly groupRuns: boolean;
  /** UTF-16/32: units wider than a byte, so surrogateescape does not apply. */
  readonly wide?: boolean;
  encodeChar(cp: number, out: number[]): boolean;
  /** surrogatepass: how a lone surrogate is written, for the UTF codecs. */
  surrogatepass?(cp: number, out: number[]): void;
}

function _encodeWith(spec: _EncodeSpec, text: string, errors: string, prefix: readonly number[] = []): Uint8Array {
  const cps: number[] = [];
  for (const ch of text) cps.push(ch.codePointAt(0) ?? 0);
  const out: number[] = [...prefix];
  let i = 0;
  while (i < cps.length) {
    const cp = cps[i] ?? 0;
    if (spec.encodeChar(cp, out)) {
      i++;
      continue;
    }
    let end = i + 1;
    if (spec.groupRuns) {
      while (end < cps.length) {
        const probe: number[] = [];
        if (spec.encodeChar(cps[end] ?? 0, probe)) break;
        end++;
      }
    }
    const fail = (): UnicodeEncodeError => new UnicodeEncodeError(spec.name, text, i, end, spec.reason);
    const emit = (s: string): void => {
      for (const c of s) if (!spec.encodeChar(c.codePointAt(0) ?? 0, out)) throw fail();
    };
    const range = cps.slice(i, end);
    switch (errors) {
      case 'strict': throw fail();
      case 'ignore': break;
      case 'replace': emit('?'.repeat(range.length)); break;
      case 'backslashreplace':
      // namereplace needs the Unicode name database, which socklab does not ship: \N{...} is
      // written as the backslash escape instead.
      case 'namereplace':
        emit(range.map(charEscape).join(''));
        break;
      case 'xmlcharrefreplace': emit(range.map((c) => `&#${c};`).join('')); break;
      case 'surrogateescape': {
        // PEP 383: U+DC80..U+DCFF go back to the bytes they came from (not in UTF-16/32). Like
        // CPython's encoders, escape the leading run and report the rest of the range.
        let k = i;
        if (!spec.wide) while (k < end && (cps[k] ?? 0) >= 0xdc80 && (cps[k] ?? 0) <= 0xdcff) out.push((cps[k++] ?? 0) - 0xdc00);
        if (k < end) throw new UnicodeEncodeError(spec.name, text, k, end, spec.reason);
        break;
      }
      case 'surrogatepass':
        if (!spec.surrogatepass || range.some((c) => c < 0xd800 || c > 0xdfff)) throw fail();
        for (const c of range) spec.surrogatepass(c, out);
        break;
      default: throw _unknownHandler(errors);
    }
    i = end;
  }
  return Uint8Array.from(out);
}

const _LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// ---------------------------------------------------------------------------------------------
// UTF-8 (Objects/stringlib/codecs.h utf8_decode): the error ranges are the "maximal subparts" of
// CPython's decoder, e.g. b'\xe4\xbd' is one error "bytes in position 0-1: unexpected end of data".

const _isCont = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80;

const _utf8Step: _Decoder = (d, p, out) => {
  const c = d[p] ?? 0;
  const left = d.length - p;
  out.cp = -1;
  if (c < 0x80) { out.cp = c; out.len = 1; return; }
  const invalid = (n: number): void => { out.len = n; out.reason = 'invalid continuation byte'; };
  if (c < 0xc2 || c > 0xf4) { out.len = 1; out.reason = 'invalid start byte'; return; }
  const c2 = d[p + 1];
  const c3 = d[p + 2];
  if (c < 0xe0) {
    if (left < 2) { out.len = left; out.reason = 'unexpected end of data'; return; }
    if (!_isCont(c2)) return invalid(1);
    out.cp = ((c & 0x1f) << 6) | ((c2 ?? 0) & 0x3f); out.len = 2; return;
  }
  if (c < 0xf0) {
    // E0 needs A0..BF after it (no overlongs), ED needs 80..9F (no surrogates).
    const bad2 = !_isCont(c2) || (c === 0xe0 && (c2 ?? 0) < 0xa0) || (c === 0xed && (c2 ?? 0) >= 0xa0);
    if (left < 3) {
      if (left >= 2 && bad2) return invalid(1);
      out.len = left; out.reason = 'unexpected end of data'; return;
    }
    if (bad2) return invalid(1);
    if (!_isCont(c3)) return invalid(2);
    out.cp = ((c & 0x0f) << 12) | (((c2 ?? 0) & 0x3f) << 6) | ((c3 ?? 0) & 0x3f); out.len = 3; return;
  }
  // F0 needs 90..BF after it (no overlongs), F4 needs 80..8F (nothing above U+10FFFF).
  const bad2 = !_isCont(c2) || (c === 0xf0 && (c2 ?? 0) < 0x90) || (c === 0xf4 && (c2 ?? 0) >= 0x90);
  const c4 = d[p + 3];
  if (left < 4) {
    if (left >= 2 && bad2) return invalid(1);
    if (left >= 3 && !_isCont(c3)) return invalid(2);
    out.len = left; out.reason = 'unexpected end of data'; return;
  }
  if (bad2) return invalid(1);
  if (!_isCont(c3)) return invalid(2);
  if (!_isCont(c4)) return invalid(3);
  out.cp = ((c & 0x07) << 18) | (((c2 ?? 0) & 0x3f) << 12) | (((c3 ?? 0) & 0x3f) << 6) | ((c4 ?? 0) & 0x3f);
  out.len = 4;
};

/** surrogatepass for UTF-8: ED A0..BF 80..BF is a lone surrogate written as three bytes. */
function _utf8SurrogatePass(d: Uint8Array, p: number): [number, number] | undefined {
  const c2 = d[p + 1] ?? 0;
  const c3 = d[p + 2] ?? 0;
  if (d[p] === 0xed && c2 >= 0xa0 && c2 <= 0xbf && _isCont(c3)) return [0xd000 | ((c2 & 0x3f) << 6) | (c3 & 0x3f), 3];
  return undefined;
}

const _fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const _utf8Spec: _EncodeSpec = {
  name: 'utf-8',
  reason: 'surrogates not allowed',
  groupRuns: true,
  encodeChar(cp, out) {
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp >= 0xd800 && cp <= 0xdfff) return false;
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    return true;
  },
  surrogatepass(cp, out) {
    out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  },
};

function _utf8Decode(data: Uint8Array, errors: string, start = 0): string {
  // Fast path: well-formed UTF-8 (WHATWG's validity is exactly CPython's).
  try {
    return _fatalUtf8.decode(data.subarray(start));
  } catch {
    return _decodeWith('utf-8', data, errors, start, _utf8Step, _utf8SurrogatePass);
  }
}

function _utf8Encode(text: string, errors: string, prefix: readonly number[] = []): Uint8Array {
  if (!_LONE_SURROGATE.test(text)) {
    const body = Buffer.from(text, 'utf8');
    const out = new Uint8Array(prefix.length + body.length);
    out.set(prefix);
    out.set(body, prefix.length);
    return out;
  }
  return _encodeWith(_utf8Spec, text, errors, prefix);
}

const _utf8: _Codec = { name: 'utf-8', decode: (d, e) => _utf8Decode(d, e), encode: (t, e) => _utf8Encode(t, e) };

/** utf-8-sig: a BOM is written on encode and skipped on decode; errors still say 'utf-8'. */
const _utf8sig: _Codec = {
  name: 'utf-8-sig',
  decode: (d, e) => _utf8Decode(d, e, d[0] === 0xef && d[1] === 0xbb && d[2] === 0xbf ? 3 : 0),
  encode: (t, e) => _utf8Encode(t, e, [0xef, 0xbb, 0xbf]),
};

// ---------------------------------------------------------------------------------------------
// ASCII and latin-1: one byte per character below 128 / 256.

function _singleByte(name: string, limit: number): _Codec {
  const spec: _EncodeSpec = {
    name,
    reason: `ordinal not in range(${limit})`,
    groupRuns: true,
    encodeChar(cp, out) {
      if (cp >= limit) return false;
      out.push(cp);
      return true;
    },
  };
  const step: _Decoder = (d, p, out) => {
    const c = d[p] ?? 0;
    out.len = 1;
    if (c < limit) out.cp = c;
    else { out.cp = -1; out.reason = `ordinal not in range(${limit})`; }
  };
  return {
    name,
    encode: (t, e) => _encodeWith(spec, t, e),
    decode: (d, e) => {
      if (limit === 256 || d.every((c) => c < limit)) return Buffer.from(d.buffer, d.byteOffset, d.byteLength).toString('latin1');
      return _decodeWith(name, d, e, 0, step);
    },
  };
}

const _ascii = _singleByte('ascii', 128);
const _latin1 = _singleByte('latin-1', 256);

// ---------------------------------------------------------------------------------------------
// UTF-16 and UTF-32 (PyUnicode_DecodeUTF16Stateful / DecodeUTF32Stateful). The BOM-less 'utf-16'
// and 'utf-32' write a little-endian BOM (this machine's order) and read either BOM; their decode
// errors name the byte order actually used ('utf-16-le').

type _Order = 'le' | 'be';

function _unit16(d: Uint8Array, p: number, o: _Order): number {
  return o === 'le' ? (d[p] ?? 0) | ((d[p + 1] ?? 0) << 8) : ((d[p] ?? 0) << 8) | (d[p + 1] ?? 0);
}

function _unit32(d: Uint8Array, p: number, o: _Order): number {
  const b = [d[p] ?? 0, d[p + 1] ?? 0, d[p + 2] ?? 0, d[p + 3] ?? 0];
  if (o === 'be') b.reverse();
  return ((b[0] ?? 0) | ((b[1] ?? 0) << 8) | ((b[2] ?? 0) << 16) | ((b[3] ?? 0) << 24)) >>> 0;
}

function _bom(d: Uint8Array, width: 2 | 4, fallback: _Order): [_Order, number] {
  const le = width === 2 ? d[0] === 0xff && d[1] === 0xfe : d[0] === 0xff && d[1] === 0xfe && d[2] === 0 && d[3] === 0;
  const be = width === 2 ? d[0] === 0xfe && d[1] === 0xff : d[0] === 0 && d[1] === 0 && d[2] === 0xfe && d[3] === 0xff;
  return le ? ['le', width] : be ? ['be', width] : [fallback, 0];
}

function _utf16(name: string, order: _Order, withBom: boolean): _Codec {
  const spec: _EncodeSpec = {
    name,
    reason: 'surrogates not allowed',
    groupRuns: false,
    encodeChar(cp, out) {
      if (cp >= 0xd800 && cp <= 0xdfff) return false;
      if (cp > 0xffff) {
        const v = cp - 0x10000;
        _push16(out, 0xd800 + (v >> 10), order);
        _push16(out, 0xdc00 + (v & 0x3ff), order);
      } else {
        _push16(out, cp, order);
      }
      return true;
    },
    wide: true,
    surrogatepass: (cp, out) => _push16(out, cp, order),
  };
  return {
    name,
    encode: (t, e) => _encodeWith(spec, t, e, withBom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : []),
    decode: (d, e) => {
      const [o, start] = withBom ? _bom(d, 2, order) : [order, 0];
      const step: _Decoder = (data, p, out) => {
        out.cp = -1;
        if (data.length - p < 2) { out.len = data.length - p; out.reason = 'truncated data'; return; }
        const u = _unit16(data, p, o);
        if (u < 0xd800 || u > 0xdfff) { out.cp = u; out.len = 2; return; }
        if (u >= 0xdc00) { out.len = 2; out.reason = 'illegal encoding'; return; }
        if (data.length - p < 4) { out.len = data.length - p; out.reason = 'unexpected end of data'; return; }
        const u2 = _unit16(data, p + 2, o);
        if (u2 < 0xdc00 || u2 > 0xdfff) { out.len = 2; out.reason = 'illegal UTF-16 surrogate'; return; }
        out.cp = 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00);
        out.len = 4;
      };
      const pass = (data: Uint8Array, p: number): [number, number] | undefined => {
        const u = data.length - p >= 2 ? _unit16(data, p, o) : 0;
        return u >= 0xd800 && u <= 0xdfff ? [u, 2] : undefined;
      };
      return _decodeWith(`utf-16-${o}`, d, e, start, step, pass);
    },
  };
}

function _push16(out: number[], u: number, o: _Order): void {
  if (o === 'le') out.push(u & 0xff, u >> 8);
  else out.push(u >> 8, u & 0xff);
}

function _utf32(name: string, order: _Order, withBom: boolean): _Codec {
  const push32 = (out: number[], cp: number): void => {
    const b = [cp & 0xff, (cp >> 8) & 0xff, (cp >> 16) & 0xff, (cp >>> 24) & 0xff];
    out.push(...(order === 'le' ? b : b.reverse()));
  };
  const spec: _EncodeSpec = {
    name,
    reason: 'surrogates not allowed',
    groupRuns: false,
    encodeChar(cp, out) {
      if (cp >= 0xd800 && cp <= 0xdfff) return false;
      push32(out, cp);
      return true;
    },
    wide: true,
    surrogatepass: (cp, out) => push32(out, cp),
  };
  return {
    name,
    encode: (t, e) => _encodeWith(spec, t, e, withBom ? (order === 'le' ? [0xff, 0xfe, 0, 0] : [0, 0, 0xfe, 0xff]) : []),
    decode: (d, e) => {
      const [o, start] = withBom ? _bom(d, 4, order) : [order, 0];
      const step: _Decoder = (data, p, out) => {
        out.cp = -1;
        if (data.length - p < 4) { out.len = data.length - p; out.reason = 'truncated data'; return; }
        const u = _unit32(data, p, o);
        out.len = 4;
        if (u > 0x10ffff) out.reason = 'code point not in range(0x110000)';
        else if (u >= 0xd800 && u <= 0xdfff) out.reason = 'code point in surrogate code point range(0xd800, 0xe000)';
        else out.cp = u;
      };
      const pass = (data: Uint8Array, p: number): [number, number] | undefined => {
        const u = data.length - p >= 4 ? _unit32(data, p, o) : 0;
        return u >= 0xd800 && u <= 0xdfff ? [u, 4] : undefined;
      };
      return _decodeWith(`utf-32-${o}`, d, e, start, step, pass);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Chinese codecs (Modules/cjkcodecs/_codecs_cn.c, _codecs_tw.c). iconv-lite supplies the mapping
// tables; CPython's tables are stricter (no user-defined areas, no GB18030 additions in gbk, plain
// big5 rather than cp950), so iconv-lite's answers are cut down to CPython's byte ranges and then
// patched with _CJK_PATCHES, the complete difference found by decoding every two-byte sequence
// with both. Errors are CPython's multibytecodec ones: a lead byte at the end of the data is an
// "incomplete multibyte sequence" running to the end, anything else an "illegal multibyte
// sequence" of one byte (after which decoding resumes at the next byte).

type _CjkName = 'gbk' | 'gb2312' | 'gb18030' | 'big5';

interface _CjkSpec {
  readonly iconvName: string;
  readonly lead: readonly [number, number];
  trail(c: number): boolean;
  readonly keepPrivateUse: boolean;
}

const _CJK_SPECS: Readonly<Record<_CjkName, _CjkSpec>> = {
  gbk: { iconvName: 'gbk', lead: [0x81, 0xfe], trail: (c) => c >= 0x40 && c <= 0xfe && c !== 0x7f, keepPrivateUse: false },
  gb2312: { iconvName: 'gbk', lead: [0xa1, 0xf7], trail: (c) => c >= 0xa1 && c <= 0xfe, keepPrivateUse: false },
  gb18030: { iconvName: 'gb18030', lead: [0x81, 0xfe], trail: (c) => c >= 0x40 && c <= 0xfe && c !== 0x7f, keepPrivateUse: true },
  big5: { iconvName: 'cp950', lead: [0xa1, 0xf9], trail: (c) => (c >= 0x40 && c <= 0x7e) || (c >= 0xa1 && c <= 0xfe), keepPrivateUse: false },
};

// [first two-byte code, CPython's code point for it (0: CPython rejects it), run length]; in a run
// both the code and the code point go up by one.
const _CJK_PATCHES: Readonly<Record<_CjkName, readonly (readonly [number, number, number])[]>> = {
  gbk: [[0xa2e3, 0, 1], [0xa3a0, 0, 1], [0xa8bc, 0, 1], [0xa8bf, 0, 1], [0xa989, 0, 13], [0xfe50, 0, 1], [0xfe54, 0, 5], [0xfe5a, 0, 7], [0xfe62, 0, 4], [0xfe68, 0, 4], [0xfe6e, 0, 8], [0xfe77, 0, 7], [0xfe80, 0, 16], [0xfe92, 0, 14]],
  gb2312: [[0xa1a4, 0x30fb, 1], [0xa1aa, 0x2015, 1], [0xa2a1, 0, 10], [0xa2e3, 0, 1], [0xa6e0, 0, 12], [0xa6ee, 0, 5], [0xa6f4, 0, 2], [0xa8bb, 0, 6]],
  big5: [[0xa145, 0x2022, 1], [0xa14e, 0xff64, 1], [0xa1c2, 0x203e, 1], [0xa1e3, 0x223c, 1], [0xa1f2, 0x2641, 1], [0xa1f3, 0x2609, 1], [0xa241, 0xff0f, 1], [0xa242, 0xff3c, 1], [0xa244, 0xa5, 1], [0xa246, 0xa2, 2], [0xa3e1, 0, 1], [0xc6a1, 0x30fe, 1], [0xc6a2, 0x309d, 2], [0xc6a4, 0x3005, 1], [0xc6a5, 0x3041, 83], [0xc6f8, 0x30a1, 7], [0xc740, 0x30a8, 63], [0xc7a1, 0x30e7, 16], [0xc7b1, 0x414, 2], [0xc7b3, 0x401, 1], [0xc7b4, 0x416, 7], [0xc7bb, 0x423, 19], [0xc7ce, 0x451, 1], [0xc7cf, 0x436, 26], [0xc7e9, 0x2460, 10], [0xc7f3, 0x2474, 10], [0xf9d6, 0, 41]],
  gb18030: [[0xa3a0, 0xe5e5, 1], [0xa8bc, 0xe7c7, 1]],
};

// GB18030-2000 four-byte codes where iconv-lite follows GB18030-2005 (U+1E3F and U+E7C7 swapped).
// Code points that have two codes in CPython's big5 table, where CPython's encoder uses the later.
const _BIG5_ENCODE_PATCHES: ReadonlyMap<number, number> = new Map([[0x5341, 0xa451], [0x5345, 0xa4ca], [0xff0f, 0xa241], [0xff3c, 0xa242]]);

const _GB18030_FOUR_PATCHES: ReadonlyMap<number, number> = new Map([[0x8135f437, 0x1e3f]]);

interface _CjkTables {
  /** (lead << 8 | trail) → code point, 0 where CPython rejects the pair. */
  readonly decode: Uint32Array;
  /** code point → two-byte code. */
  readonly encode: ReadonlyMap<number, number>;
}

const _cjkTables = new Map<_CjkName, _CjkTables>();

let _iconvLite: typeof Iconv | undefined;

/** iconv-lite, loaded by the first CJK codec call: its tables are a third of the bundle, and most programs never use them. */
function _iconv(): typeof Iconv {
  return (_iconvLite ??= requireDeferred<typeof Iconv>('iconv-lite'));
}

function _cjkTablesFor(name: _CjkName): _CjkTables {
  const cached = _cjkTables.get(name);
  if (cached) return cached;
  const spec = _CJK_SPECS[name];
  const dec = new Uint32Array(0x10000);
  const pair = Buffer.alloc(2);
  const iconv = _iconv();
  for (let a = spec.lead[0]; a <= spec.lead[1]; a++) {
    for (let t = 0x40; t <= 0xfe; t++) {
      if (!spec.trail(t)) continue;
      pair[0] = a;
      pair[1] = t;
      const s = iconv.decode(pair, spec.iconvName);
      const cp = s.codePointAt(0) ?? 0xfffd;
      if (s.length !== (cp > 0xffff ? 2 : 1) || cp === 0xfffd) continue;
      if (!spec.keepPrivateUse && cp >= 0xe000 && cp <= 0xf8ff) continue;
      dec[(a << 8) | t] = cp;
    }
  }
  for (const [code, cp, n] of _CJK_PATCHES[name]) for (let k = 0; k < n; k++) dec[code + k] = cp === 0 ? 0 : cp + k;
  const enc = new Map<number, number>();
  for (let code = 0; code < 0x10000; code++) {
    const cp = dec[code] ?? 0;
    if (cp !== 0 && !enc.has(cp)) enc.set(cp, code);
  }
  if (name === 'big5') for (const [cp, code] of _BIG5_ENCODE_PATCHES) enc.set(cp, code);
  const tables = { decode: dec, encode: enc };
  _cjkTables.set(name, tables);
  return tables;
}

function _gb18030Four(d: Uint8Array, p: number): number {
  const [c1, c2, c3, c4] = [d[p] ?? 0, d[p + 1] ?? 0, d[p + 2] ?? 0, d[p + 3] ?? 0];
  if (c1 < 0x81 || c1 > 0xfe || c3 < 0x81 || c3 > 0xfe || c4 < 0x30 || c4 > 0x39) return -1;
  const code = ((c1 << 24) | (c2 << 16) | (c3 << 8) | c4) >>> 0;
  const patched = _GB18030_FOUR_PATCHES.get(code);
  if (patched !== undefined) return patched;
  const linear = (((c1 - 0x81) * 10 + (c2 - 0x30)) * 126 + (c3 - 0x81)) * 10 + (c4 - 0x30);
  if (c1 >= 0x90) {
    const cp = 0x10000 + linear - 15 * 12600;
    return cp <= 0x10ffff ? cp : -1;
  }
  // CPython maps four-byte codes below 0x84318730 (39420 of them) to the BMP, rejecting the rest.
  if (c1 > 0x84 || linear >= 39420) return -1;
  const s = _iconv().decode(Buffer.from([c1, c2, c3, c4]), 'gb18030');
  return s.length === 1 && s !== '\ufffd' ? s.charCodeAt(0) : -1;
}

function _cjk(name: _CjkName): _Codec {
  const step: _Decoder = (d, p, out) => {
    const c = d[p] ?? 0;
    out.cp = -1;
    if (c < 0x80) { out.cp = c; out.len = 1; return; }
    const left = d.length - p;
    const incomplete = (): void => { out.len = left; out.reason = 'incomplete multibyte sequence'; };
    const illegal = (): void => { out.len = 1; out.reason = 'illegal multibyte sequence'; };
    if (left < 2) return incomplete();
    const c2 = d[p + 1] ?? 0;
    if (name === 'gb18030' && c2 >= 0x30 && c2 <= 0x39) {
      if (left < 4) return incomplete();
      const cp = _gb18030Four(d, p);
      if (cp < 0) return illegal();
      out.cp = cp; out.len = 4; return;
    }
    const cp = _cjkTablesFor(name).decode[(c << 8) | c2] ?? 0;
    if (cp === 0) return illegal();
    out.cp = cp; out.len = 2;
  };
  const spec: _EncodeSpec = {
    name,
    reason: 'illegal multibyte sequence',
    groupRuns: false,
    encodeChar(cp, out) {
      if (cp < 0x80) { out.push(cp); return true; }
      const code = _cjkTablesFor(name).encode.get(cp);
      if (code !== undefined) { out.push(code >> 8, code & 0xff); return true; }
      if (name !== 'gb18030' || (cp >= 0xd800 && cp <= 0xdfff)) return false;
      const four = cp === 0x1e3f ? [0x81, 0x35, 0xf4, 0x37] : [..._iconv().encode(String.fromCodePoint(cp), 'gb18030')];
      if (four.length !== 4) return false;
      out.push(...four);
      return true;
    },
  };
  return { name, encode: (t, e) => _encodeWith(spec, t, e), decode: (d, e) => _decodeWith(name, d, e, 0, step) };
}
