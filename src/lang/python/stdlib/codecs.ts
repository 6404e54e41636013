// Python's codecs (Lib/codecs.py, CPython 3.11) for the text codecs bytes.decode knows: encode,
// decode, lookup (CodecInfo), getencoder/getdecoder, the incremental encoder and decoder (a
// utf-8 or gbk character split across two recv() calls is held back until its last byte comes,
// as CPython's decoder keeps it in its state), and the BOM constants. The text itself goes
// through socklab's bytes.decode / str.encode, so errors= and the UnicodeDecodeError messages
// are theirs. Not here: codecs.open, StreamReader/StreamWriter, bytes-to-bytes codecs (hex, base64).
import { b as makeBytes, type bytes } from '../../../socket/bytes.ts';
import { pyRepr } from '../../../socket/format.ts';
import { tuple } from '../../../socket/tuple.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { argAt, native } from '../runtime/call.ts';
import { truthy, typeName } from '../runtime/ops.ts';
import { isNone } from '../runtime/values.ts';

type Kw = Record<string, unknown> | undefined;

/** CPython's canonical names (encodings.aliases) for the codecs tutorials name. */
function _canonical(encoding: string): string {
  const key = encoding.toLowerCase().replace(/[-_ ]/g, '');
  if (['utf8', 'u8', 'utf', 'cp65001'].includes(key)) return 'utf-8';
  if (['latin1', 'latin', 'l1', 'iso88591', 'iso885918859', 'cp819', '8859'].includes(key)) return 'iso8859-1';
  if (['ascii', 'usascii', '646'].includes(key)) return 'ascii';
  if (key === 'utf16') return 'utf-16';
  if (key === 'utf32') return 'utf-32';
  return encoding.toLowerCase().replace(/_/g, '-');
}

function _text(encoding: unknown): string {
  return encoding === undefined || isNone(encoding) ? 'utf-8' : String(encoding);
}

function _errors(errors: unknown): string {
  return errors === undefined || isNone(errors) ? 'strict' : String(errors);
}

function _decode(data: Uint8Array, encoding: string, errors: string): string {
  return (makeBytes(data) as unknown as { decode: (e: string, r: string) => string }).decode(encoding, errors);
}

function _encode(text: unknown, encoding: string, errors: string): bytes {
  if (typeof text !== 'string' && !(text instanceof String)) throw new TypeError(`utf_8_encode() argument 1 must be str, not ${typeName(text)}`);
  return makeBytes(String(text), encoding, errors);
}

/** How many bytes at the end of `data` start a character that has not come in full. */
function _incompleteTail(data: Uint8Array, encoding: string): number {
  if (encoding === 'utf-8') {
    for (let back = 1; back <= Math.min(3, data.length); back++) {
      const byte = data[data.length - back]!;
      if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return needed > back && byte >= 0xc0 && byte <= 0xf4 ? back : 0;
    }
    return 0;
  }
  if (['gbk', 'gb2312', 'gb18030', 'big5', 'cp936', 'cp950'].includes(encoding)) {
    let i = 0;
    while (i < data.length) {
      if (data[i]! >= 0x81 && data[i]! <= 0xfe) {
        if (i + 1 >= data.length) return 1;
        i += 2;
      } else {
        i += 1;
      }
    }
  }
  return 0;
}

/** codecs.IncrementalDecoder for one encoding: decode(input, final=False), reset, getstate, setstate. */
class IncrementalDecoder {
  static readonly pyTypeName = 'IncrementalDecoder';
  private pending = new Uint8Array(0);
  constructor(private readonly encoding: string, readonly errors: string) {}

  decode(a: unknown[], kw: Kw): string {
    const input = argAt(a, kw, 0, 'input') ?? makeBytes([]);
    const final = truthy(argAt(a, kw, 1, 'final') ?? false);
    if (!(input instanceof Uint8Array)) throw new TypeError(`a bytes-like object is required, not '${typeName(input)}'`);
    const data = new Uint8Array(this.pending.length + input.length);
    data.set(this.pending);
    data.set(input, this.pending.length);
    const keep = final ? 0 : _incompleteTail(data, this.encoding);
    this.pending = data.slice(data.length - keep);
    return _decode(data.subarray(0, data.length - keep), this.encoding, this.errors);
  }

  reset(): null {
    this.pending = new Uint8Array(0);
    return null;
  }

  getstate(): readonly unknown[] {
    return tuple(makeBytes(this.pending), 0);
  }

  setstate(a: unknown[]): null {
    const state = a[0] as unknown[];
    this.pending = new Uint8Array(state[0] as Uint8Array);
    return null;
  }
}

class IncrementalEncoder {
  static readonly pyTypeName = 'IncrementalEncoder';
  constructor(private readonly encoding: string, readonly errors: string) {}
  encode(a: unknown[], kw: Kw): bytes {
    return _encode(argAt(a, kw, 0, 'input'), this.encoding, this.errors);
  }
  reset(): null {
    return null;
  }
}

for (const cls of [IncrementalDecoder, IncrementalEncoder]) {
  for (const name of Object.getOwnPropertyNames(cls.prototype)) {
    if (name === 'constructor') continue;
    const f = (cls.prototype as unknown as Record<string, (a: unknown[], kw: Kw) => unknown>)[name]!;
    Object.defineProperty(cls.prototype, name, { value: native(name, function (this: object, a, kw) { return f.call(this, a, kw); }), writable: true, configurable: true });
  }
}

let _serial = 0;

function _codecInfo(encoding: string): object {
  const name = _canonical(encoding);
  // An unknown encoding is LookupError, as str.encode says it.
  makeBytes('', name);
  const id = 0x7f0000600000 + (++_serial) * 0x40;
  const info = {
    name,
    encode: native('encode', (a, kw) => { const s = argAt(a, kw, 0, 'input'); return tuple(_encode(s, name, _errors(argAt(a, kw, 1, 'errors'))), String(s).length); }),
    decode: native('decode', (a, kw) => { const d = argAt(a, kw, 0, 'input') as Uint8Array; return tuple(_decode(d, name, _errors(argAt(a, kw, 1, 'errors'))), d.length); }),
    incrementalencoder: native('IncrementalEncoder', (a, kw) => new IncrementalEncoder(name, _errors(argAt(a, kw, 0, 'errors')))),
    incrementaldecoder: native('IncrementalDecoder', (a, kw) => new IncrementalDecoder(name, _errors(argAt(a, kw, 0, 'errors')))),
  };
  Object.defineProperty(info, pyRepr, { value: () => `<codecs.CodecInfo object for encoding ${name} at 0x${id.toString(16)}>` });
  return info;
}

const _BOMS = {
  BOM_UTF8: [0xef, 0xbb, 0xbf], BOM_UTF16_LE: [0xff, 0xfe], BOM_UTF16_BE: [0xfe, 0xff],
  BOM_UTF32_LE: [0xff, 0xfe, 0, 0], BOM_UTF32_BE: [0, 0, 0xfe, 0xff],
};

export function createCodecsModule(): PyModule {
  const boms = Object.fromEntries(Object.entries(_BOMS).map(([k, v]) => [k, makeBytes(v)]));
  // This machine is little-endian: BOM, BOM_UTF16 and BOM_UTF32 are the _LE ones.
  Object.assign(boms, { BOM: boms.BOM_UTF16_LE, BOM_UTF16: boms.BOM_UTF16_LE, BOM_UTF32: boms.BOM_UTF32_LE, BOM_LE: boms.BOM_UTF16_LE, BOM_BE: boms.BOM_UTF16_BE });
  const lookup = (encoding: unknown) => _codecInfo(String(encoding)) as Record<string, unknown>;
  return makeModule('codecs', {
    ...boms,
    encode: native('encode', (a, kw) => _encode(argAt(a, kw, 0, 'obj'), _canonical(_text(argAt(a, kw, 1, 'encoding'))), _errors(argAt(a, kw, 2, 'errors')))),
    decode: native('decode', (a, kw) => {
      const obj = argAt(a, kw, 0, 'obj');
      if (!(obj instanceof Uint8Array)) throw new TypeError(`a bytes-like object is required, not '${typeName(obj)}'`);
      return _decode(obj, _canonical(_text(argAt(a, kw, 1, 'encoding'))), _errors(argAt(a, kw, 2, 'errors')));
    }),
    lookup: native('lookup', (a) => lookup(a[0])),
    getencoder: native('getencoder', (a) => lookup(a[0]).encode),
    getdecoder: native('getdecoder', (a) => lookup(a[0]).decode),
    getincrementalencoder: native('getincrementalencoder', (a) => lookup(a[0]).incrementalencoder),
    getincrementaldecoder: native('getincrementaldecoder', (a) => lookup(a[0]).incrementaldecoder),
  });
}
