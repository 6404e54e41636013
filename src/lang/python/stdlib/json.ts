// Python's json module (Lib/json/encoder.py and decoder.py, CPython 3.11), for the sticky-packet
// fix every socket course teaches: a JSON header whose length goes first (struct.pack('i', n)).
// dumps() follows JSONEncoder: the separators (', ', ': ') or (',', ': ') with indent, ensure_ascii's
// \uXXXX escapes (surrogate pairs past U+FFFF), float.__repr__ and NaN/Infinity, tuples as lists,
// keys converted as CPython does (1 → "1", True → "true", None → "null"), default= for the rest.
// loads() follows the C scanner's positions, so JSONDecodeError's text is CPython's, byte for byte.
import { decode as decodeBytes } from '../../../socket/encodings.ts';
import { QUALIFIED_NAMES, ValueError } from '../../../socket/exceptions.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { isTuple } from '../../../socket/tuple.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { invoke, native } from '../runtime/call.ts';
import { callMethod } from '../runtime/attributes.ts';
import * as ops from '../runtime/ops.ts';
import { PyDict, PyFloat, PyIntEnum, floatRepr, intValue, isInt, isNone, normInt } from '../runtime/values.ts';

/** json.JSONDecodeError(msg, doc, pos): a ValueError whose text says the line and column. */
export class JSONDecodeError extends ValueError {
  readonly msg: string;
  readonly doc: string;
  readonly pos: number;
  readonly lineno: number;
  readonly colno: number;
  constructor(msg: string, doc: string, pos: number) {
    const lineno = _count(doc, '\n', pos) + 1;
    const colno = pos - (pos === 0 ? -1 : doc.lastIndexOf('\n', pos - 1));
    super(`${msg}: line ${lineno} column ${colno} (char ${pos})`);
    this.msg = msg;
    this.doc = doc;
    this.pos = pos;
    this.lineno = lineno;
    this.colno = colno;
  }
}
(QUALIFIED_NAMES as Map<Function, string>).set(JSONDecodeError, 'json.decoder.JSONDecodeError');

function _count(s: string, c: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0 && i < end; i = s.indexOf(c, i + 1)) n++;
  return n;
}

// ---- dumps ----------------------------------------------------------------------------------

interface _Options {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  indent: string | null;
  itemSeparator: string;
  keySeparator: string;
  default: unknown;
}

const _ENCODER_KEYWORDS = ['skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'cls', 'indent', 'separators', 'default', 'sort_keys'];

function _options(kw: Record<string, unknown> | undefined): _Options {
  const k = kw ?? {};
  for (const name of Object.keys(k)) {
    if (!_ENCODER_KEYWORDS.includes(name)) throw new TypeError(`JSONEncoder.__init__() got an unexpected keyword argument '${name}'`);
  }
  const flag = (name: string, dflt: boolean) => (k[name] === undefined ? dflt : ops.truthy(k[name]));
  let indent: string | null = null;
  if (!isNone(k.indent)) indent = typeof k.indent === 'string' ? k.indent : ' '.repeat(Number(intValue(k.indent)));
  let itemSeparator = indent === null ? ', ' : ',';
  let keySeparator = ': ';
  if (!isNone(k.separators)) {
    const seps = [...(k.separators as Iterable<unknown>)];
    if (seps.length !== 2) throw new ValueError(`too many values to unpack (expected 2)`);
    [itemSeparator, keySeparator] = seps.map(String) as [string, string];
  }
  return {
    skipkeys: flag('skipkeys', false), ensureAscii: flag('ensure_ascii', true), checkCircular: flag('check_circular', true),
    allowNan: flag('allow_nan', true), sortKeys: flag('sort_keys', false), indent, itemSeparator, keySeparator,
    default: isNone(k.default) ? undefined : k.default,
  };
}

const _ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** encode_basestring(_ascii): a JS string is UTF-16, so \uXXXX per code unit is CPython's surrogate pair. */
function _quote(s: string, ascii: boolean): string {
  const re = ascii ? /[\\"\x00-\x1f\x7f-\uffff]/g : /[\\"\x00-\x1f]/g;
  return `"${s.replace(re, (c) => _ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

function _float(v: number, o: _Options): string {
  if (Number.isFinite(v)) return floatRepr(v);
  if (!o.allowNan) throw new ValueError(`Out of range float values are not JSON compliant`);
  return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
}

function _isFloat(x: unknown): boolean {
  return x instanceof PyFloat || (typeof x === 'number' && !Number.isInteger(x));
}

function _key(k: unknown, o: _Options): string | undefined {
  if (typeof k === 'string') return k;
  if (k instanceof String) return k.valueOf();
  if (_isFloat(k)) return _float(Number(k), o);
  if (k === true) return 'true';
  if (k === false) return 'false';
  if (isNone(k)) return 'null';
  if (isInt(k) || k instanceof PyIntEnum) return String(intValue(k instanceof PyIntEnum ? k.value : k));
  if (o.skipkeys) return undefined;
  throw new TypeError(`keys must be str, int, float, bool or None, not ${pyTypeName(k)}`);
}

class _Encoder {
  private readonly seen = new Set<object>();
  constructor(private readonly o: _Options) {}

  async encode(x: unknown, depth: number): Promise<string> {
    const o = this.o;
    if (typeof x === 'string') return _quote(x, o.ensureAscii);
    if (x instanceof String) return _quote(x.valueOf(), o.ensureAscii); // a str subclass's instance
    if (isNone(x)) return 'null';
    if (x === true) return 'true';
    if (x === false) return 'false';
    if (_isFloat(x)) return _float(Number(x), o);
    if (x instanceof PyIntEnum) return String(x.value);
    if (isInt(x)) return String(intValue(x));
    if (Array.isArray(x) || x instanceof PyDict) return this.container(x, depth);
    if (o.default === undefined) throw new TypeError(`Object of type ${pyTypeName(x)} is not JSON serializable`);
    return this.circular(x, () => invoke(o.default, undefined, [x], undefined).then((v) => this.encode(v, depth)));
  }

  private async circular(x: object, body: () => Promise<string>): Promise<string> {
    if (!this.o.checkCircular) return body();
    if (this.seen.has(x)) throw new ValueError('Circular reference detected');
    this.seen.add(x);
    try {
      return await body();
    } finally {
      this.seen.delete(x);
    }
  }

  private container(x: readonly unknown[] | PyDict, depth: number): Promise<string> {
    const o = this.o;
    const isDict = x instanceof PyDict;
    if ((isDict ? x.size : x.length) === 0) return Promise.resolve(isDict ? '{}' : '[]');
    return this.circular(x, async () => {
      const inner = o.indent === null ? '' : `\n${o.indent.repeat(depth + 1)}`;
      const outer = o.indent === null ? '' : `\n${o.indent.repeat(depth)}`;
      const parts: string[] = [];
      if (isDict) {
        let items = [...x.entries()];
        if (o.sortKeys) items = items.sort(([a], [b]) => (ops.lt(a, b) ? -1 : ops.lt(b, a) ? 1 : 0));
        for (const [k, v] of items) {
          const key = _key(k, o);
          if (key === undefined) continue;
          parts.push(`${_quote(key, o.ensureAscii)}${o.keySeparator}${await this.encode(v, depth + 1)}`);
        }
      } else {
        for (const v of x) parts.push(await this.encode(v, depth + 1));
      }
      const [open, close] = isDict ? ['{', '}'] : ['[', ']'];
      return `${open}${inner}${parts.join(o.itemSeparator + inner)}${outer}${close}`;
    });
  }
}

function _dumps(args: unknown[], kw: Record<string, unknown> | undefined, name: string, positional: number): Promise<string> {
  if (args.length > positional) {
    throw new TypeError(`${name}() takes ${positional} positional argument${positional === 1 ? '' : 's'} but ${args.length} were given`);
  }
  if (args.length < 1 && kw?.obj === undefined) throw new TypeError(`${name}() missing 1 required positional argument: 'obj'`);
  const { obj, fp, ...rest } = kw ?? {};
  void fp;
  return new _Encoder(_options(rest)).encode(args.length > 0 ? args[0] : obj, 0);
}

// ---- loads ----------------------------------------------------------------------------------

const _WS = /[ \t\n\r]*/y;
const _NUMBER = /(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?/y;
const _BACKSLASH: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Thrown by scanOnce where CPython's scanner raises StopIteration(idx): "Expecting value". */
class _NoValue {
  constructor(readonly pos: number) {}
}

class _Decoder {
  constructor(private readonly s: string) {}

  ws(i: number): number {
    _WS.lastIndex = i;
    _WS.exec(this.s);
    return _WS.lastIndex;
  }

  decode(): unknown {
    let end: number;
    let value: unknown;
    const start = this.ws(0);
    try {
      [value, end] = this.scanOnce(start);
    } catch (e) {
      if (e instanceof _NoValue) throw new JSONDecodeError('Expecting value', this.s, e.pos);
      throw e;
    }
    end = this.ws(end);
    if (end !== this.s.length) throw new JSONDecodeError('Extra data', this.s, end);
    return value;
  }

  private value(i: number): [unknown, number] {
    try {
      return this.scanOnce(i);
    } catch (e) {
      if (e instanceof _NoValue) throw new JSONDecodeError('Expecting value', this.s, e.pos);
      throw e;
    }
  }

  private scanOnce(i: number): [unknown, number] {
    const s = this.s;
    if (i >= s.length) throw new _NoValue(i);
    const c = s[i]!;
    if (c === '"') return this.string(i + 1);
    if (c === '{') return this.object(i + 1);
    if (c === '[') return this.array(i + 1);
    for (const [word, v] of [['null', null], ['true', true], ['false', false], ['NaN', new PyFloat(NaN)], ['Infinity', new PyFloat(Infinity)], ['-Infinity', new PyFloat(-Infinity)]] as const) {
      if (s.startsWith(word, i)) return [v, i + word.length];
    }
    _NUMBER.lastIndex = i;
    const m = _NUMBER.exec(s);
    if (m) {
      const end = i + m[0].length;
      if (m[2] === undefined && m[3] === undefined) return [normInt(BigInt(m[1]!)), end];
      return [new PyFloat(Number(m[0])), end];
    }
    throw new _NoValue(i);
  }

  private string(end: number): [string, number] {
    const s = this.s;
    const begin = end - 1;
    let out = '';
    for (;;) {
      let j = end;
      while (j < s.length && s[j] !== '"' && s[j] !== '\\' && s.charCodeAt(j) >= 0x20) j++;
      if (j >= s.length) throw new JSONDecodeError('Unterminated string starting at', s, begin);
      out += s.slice(end, j);
      const terminator = s[j]!;
      if (terminator === '"') return [out, j + 1];
      if (terminator !== '\\') throw new JSONDecodeError('Invalid control character at', s, j);
      if (j + 1 >= s.length) throw new JSONDecodeError('Unterminated string starting at', s, begin);
      const esc = s[j + 1]!;
      if (esc !== 'u') {
        const ch = _BACKSLASH[esc];
        if (ch === undefined) throw new JSONDecodeError('Invalid \\escape', s, j);
        out += ch;
        end = j + 2;
        continue;
      }
      let code = this.hex4(j + 2);
      end = j + 6;
      // A high surrogate followed by \u of a low one is one character, as py_scanstring joins them.
      if (code >= 0xd800 && code <= 0xdbff && s.startsWith('\\u', end)) {
        const low = this.hex4(end + 2);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
          end += 6;
        }
      }
      out += String.fromCodePoint(code);
    }
  }

  private hex4(i: number): number {
    const h = this.s.slice(i, i + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) throw new JSONDecodeError('Invalid \\uXXXX escape', this.s, i - 1);
    return parseInt(h, 16);
  }

  private object(end: number): [PyDict, number] {
    const s = this.s;
    const d = new PyDict();
    end = this.ws(end);
    if (s[end] === '}') return [d, end + 1];
    if (s[end] !== '"') throw new JSONDecodeError('Expecting property name enclosed in double quotes', s, end);
    end += 1;
    for (;;) {
      let key: string;
      [key, end] = this.string(end);
      end = this.ws(end);
      if (s[end] !== ':') throw new JSONDecodeError("Expecting ':' delimiter", s, end);
      end = this.ws(end + 1);
      let value: unknown;
      [value, end] = this.value(end);
      d.set(key, value);
      end = this.ws(end);
      const next = s[end];
      end += 1;
      if (next === '}') return [d, end];
      if (next !== ',') throw new JSONDecodeError("Expecting ',' delimiter", s, end - 1);
      end = this.ws(end);
      if (s[end] !== '"') throw new JSONDecodeError('Expecting property name enclosed in double quotes', s, end);
      end += 1;
    }
  }

  private array(end: number): [unknown[], number] {
    const s = this.s;
    const list: unknown[] = [];
    end = this.ws(end);
    if (s[end] === ']') return [list, end + 1];
    for (;;) {
      let value: unknown;
      [value, end] = this.value(end);
      list.push(value);
      end = this.ws(end);
      const next = s[end];
      end += 1;
      if (next === ']') return [list, end];
      if (next !== ',') throw new JSONDecodeError("Expecting ',' delimiter", s, end - 1);
      end = this.ws(end);
    }
  }
}

function _loads(s: unknown): unknown {
  let text: string;
  if (typeof s === 'string') {
    if (s.startsWith('\ufeff')) throw new JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0);
    text = s;
  } else if (s instanceof Uint8Array) {
    // detect_encoding(): utf-8 (with or without its BOM) is what a socket program sends; bytes
    // that are not UTF-8 raise CPython's UnicodeDecodeError, as s.decode() would.
    text = decodeBytes(s, 'utf-8');
    if (text.startsWith('\ufeff')) text = text.slice(1);
  } else {
    throw new TypeError(`the JSON object must be str, bytes or bytearray, not ${pyTypeName(s)}`);
  }
  return new _Decoder(text).decode();
}

export function createJsonModule(): PyModule {
  return makeModule('json', {
    dumps: native('dumps', (a, kw) => _dumps(a, kw, 'dumps', 1)),
    dump: native('dump', async (a, kw) => {
      const fp = a.length > 1 ? a[1] : kw?.fp;
      if (fp === undefined) throw new TypeError("dump() missing 1 required positional argument: 'fp'");
      const text = await _dumps(a.slice(0, 1), kw, 'dump', 2);
      await callMethod(fp, 'write', text);
      return null;
    }),
    loads: native('loads', (a, kw) => _loads(a.length > 0 ? a[0] : kw?.s)),
    load: native('load', async (a, kw) => {
      const fp = a.length > 0 ? a[0] : kw?.fp;
      return _loads(await callMethod(fp, 'read'));
    }),
    JSONDecodeError,
    decoder: makeModule('json.decoder', { JSONDecodeError }),
  });
}
