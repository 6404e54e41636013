// Python's urllib.parse (Lib/urllib/parse.py, CPython 3.11) for str URLs, as an HTTP tutorial
// uses it: urlsplit/urlparse (SplitResult and ParseResult are named tuples with hostname, port,
// username, password and geturl()), urlunsplit/urlunparse, urljoin, urldefrag, quote/quote_plus/
// quote_from_bytes, unquote/unquote_plus/unquote_to_bytes, urlencode, parse_qs/parse_qsl. Each
// follows CPython's algorithm step by step (the WHATWG stripping, the scheme test, _splitnetloc,
// _splitparams, RFC 3986 dot-segment removal in urljoin). Not here: bytes URLs given to the
// split/join functions, the legacy split* helpers.
import { b as makeBytes } from '../../../socket/bytes.ts';
import { ValueError } from '../../../socket/exceptions.ts';
import { repr, str } from '../../../socket/format.ts';
import { tuple } from '../../../socket/tuple.ts';
import { makeModule, type PyModule } from '../modules.ts';
import { argAt, native } from '../runtime/call.ts';
import { iter, truthy, typeName } from '../runtime/ops.ts';
import { PyDict, isNone } from '../runtime/values.ts';
import { namedTuple } from './namedtuple.ts';

type Kw = Record<string, unknown> | undefined;

const _words = (s: string): string[] => s.split(' ');
const uses_relative = _words('ftp http gopher nntp imap wais file https shttp mms prospero rtsp rtsps rtspu sftp svn svn+ssh ws wss');
const uses_netloc = _words('ftp http gopher nntp telnet imap wais file mms https shttp snews prospero rtsp rtsps rtspu rsync svn svn+ssh sftp nfs git git+ssh ws wss');
const uses_params = _words('ftp hdl prospero http imap https shttp rtsp rtsps rtspu sip sips mms sftp tel');
const non_hierarchical = _words('gopher hdl mailto news telnet wais imap snews sip sips');
const uses_query = _words('http wais imap https shttp mms gopher rtsp rtsps rtspu sip sips');
const uses_fragment = _words('ftp hdl http gopher news nntp wais https shttp snews file prospero');
for (const list of [uses_relative, uses_netloc, uses_params, uses_query, uses_fragment]) list.unshift('');
const scheme_chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.';

const _SPLIT_FIELDS = ['scheme', 'netloc', 'path', 'query', 'fragment'];
const _PARSE_FIELDS = ['scheme', 'netloc', 'path', 'params', 'query', 'fragment'];

/** str.partition. */
function _partition(s: string, sep: string, fromRight = false): [string, string, string] {
  const i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (i < 0) return fromRight ? ['', '', s] : [s, '', ''];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** _NetlocResultMixinStr: the netloc's parts, as properties of the result. */
function _netlocGetters(netloc: string): Record<string, () => unknown> {
  const userinfo = (): [string | null, string | null] => {
    const [info, have] = _partition(netloc, '@', true);
    if (!have) return [null, null];
    const [username, havePassword, password] = _partition(info, ':');
    return [username, havePassword ? password : null];
  };
  const hostinfo = (): [string, string | null] => {
    const [, , host] = _partition(netloc, '@', true);
    const [, open, bracketed] = _partition(host, '[');
    let hostname: string;
    let port: string;
    if (open) {
      let rest: string;
      [hostname, , rest] = _partition(bracketed, ']');
      [, , port] = _partition(rest, ':');
    } else {
      [hostname, , port] = _partition(host, ':');
    }
    return [hostname, port === '' ? null : port];
  };
  return {
    username: () => userinfo()[0],
    password: () => userinfo()[1],
    hostname: () => {
      const [hostname] = hostinfo();
      if (!hostname) return null;
      // A scoped IPv6 address's zone is not lowercased.
      const [h, percent, zone] = _partition(hostname, '%');
      return h.toLowerCase() + percent + zone;
    },
    port: () => {
      const [, text] = hostinfo();
      if (text === null) return null;
      if (!/^[0-9]+$/.test(text)) throw new ValueError(`Port could not be cast to integer value as ${repr(text)}`);
      const port = Number(text);
      if (!(port >= 0 && port <= 65535)) throw new ValueError('Port out of range 0-65535');
      return port;
    },
  };
}

function _result(kind: 'SplitResult' | 'ParseResult' | 'DefragResult', values: string[]): readonly unknown[] {
  const fields = kind === 'SplitResult' ? _SPLIT_FIELDS : kind === 'ParseResult' ? _PARSE_FIELDS : ['url', 'fragment'];
  const geturl = kind === 'SplitResult' ? () => _urlunsplit(values) : kind === 'ParseResult' ? () => _urlunparse(values)
    : () => (values[1] ? `${values[0]}#${values[1]}` : values[0]!);
  return namedTuple(kind, fields, values, _TYPES[kind], {
    _fields: tuple(...fields),
    geturl: native('geturl', () => geturl()),
    _replace: native('_replace', (_a, kw) => {
      const unknown = Object.keys(kw ?? {}).filter((k) => !fields.includes(k));
      if (unknown.length > 0) throw new ValueError(`Got unexpected field names: [${unknown.map((k) => repr(k)).join(', ')}]`);
      return _result(kind, fields.map((f, i) => (kw && f in kw ? String(kw[f]) : values[i]!)));
    }),
    _asdict: native('_asdict', () => new PyDict(fields.map((f, i) => [f, values[i]] as const))),
  }, fields.length, kind === 'DefragResult' ? undefined : _netlocGetters(values[1]!));
}

function _resultClass(kind: 'SplitResult' | 'ParseResult' | 'DefragResult', count: number): Function {
  const cls = native(kind, (args) => {
    if (args.length !== count) throw new TypeError(`${kind}.__new__() takes ${count + 1} positional arguments but ${args.length + 1} were given`);
    return _result(kind, args.map(String));
  });
  return cls;
}

const _TYPES: Record<string, Function> = {};

function _text(x: unknown, what: string): string {
  if (typeof x === 'string') return x;
  if (x instanceof String) return String(x);
  throw new TypeError(`${what}: expected str, not ${typeName(x)}`);
}

function _splitnetloc(url: string, start = 0): [string, string] {
  let delim = url.length;
  for (const c of '/?#') {
    const w = url.indexOf(c, start);
    if (w >= 0) delim = Math.min(delim, w);
  }
  return [url.slice(start, delim), url.slice(delim)];
}

function _urlsplit(given: string, givenScheme: string, allowFragments: boolean): string[] {
  // WHATWG: leading C0 controls and spaces go, and every tab and newline.
  let url = given.replace(/^[\x00-\x20]+/, '').replace(/[\t\r\n]/g, '');
  let scheme = givenScheme.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '').replace(/[\t\r\n]/g, '');
  let netloc = '';
  let query = '';
  let fragment = '';
  const i = url.indexOf(':');
  if (i > 0 && /^[A-Za-z]/.test(url) && [...url.slice(0, i)].every((c) => scheme_chars.includes(c))) {
    scheme = url.slice(0, i).toLowerCase();
    url = url.slice(i + 1);
  }
  if (url.startsWith('//')) {
    [netloc, url] = _splitnetloc(url, 2);
    if ((netloc.includes('[') && !netloc.includes(']')) || (netloc.includes(']') && !netloc.includes('['))) {
      throw new ValueError('Invalid IPv6 URL');
    }
  }
  if (allowFragments && url.includes('#')) [url, fragment] = _partition(url, '#').filter((_, k) => k !== 1) as [string, string];
  if (url.includes('?')) [url, query] = _partition(url, '?').filter((_, k) => k !== 1) as [string, string];
  return [scheme, netloc, url, query, fragment];
}

function _splitparams(url: string): [string, string] {
  let i: number;
  if (url.includes('/')) {
    i = url.indexOf(';', url.lastIndexOf('/'));
    if (i < 0) return [url, ''];
  } else {
    i = url.indexOf(';');
  }
  return [url.slice(0, i), url.slice(i + 1)];
}

function _urlparse(url: string, scheme: string, allowFragments: boolean): string[] {
  const [s, netloc, path0, query, fragment] = _urlsplit(url, scheme, allowFragments) as [string, string, string, string, string];
  let path = path0;
  let params = '';
  if (uses_params.includes(s) && path.includes(';')) [path, params] = _splitparams(path);
  return [s, netloc, path, params, query, fragment];
}

function _urlunsplit([scheme, netloc, path, query, fragment]: string[]): string {
  let url = path!;
  if (netloc || (scheme && uses_netloc.includes(scheme) && url.slice(0, 2) !== '//')) {
    if (url && url[0] !== '/') url = `/${url}`;
    url = `//${netloc ?? ''}${url}`;
  }
  if (scheme) url = `${scheme}:${url}`;
  if (query) url = `${url}?${query}`;
  if (fragment) url = `${url}#${fragment}`;
  return url;
}

function _urlunparse([scheme, netloc, path, params, query, fragment]: string[]): string {
  return _urlunsplit([scheme!, netloc!, params ? `${path};${params}` : path!, query!, fragment!]);
}

function _urljoin(base: string, url: string, allowFragments: boolean): string {
  if (!base) return url;
  if (!url) return base;
  const [bscheme, bnetloc, bpath, bparams, bquery] = _urlparse(base, '', allowFragments) as string[];
  let [scheme, netloc, path, params, query, fragment] = _urlparse(url, bscheme!, allowFragments) as string[];
  if (scheme !== bscheme || !uses_relative.includes(scheme!)) return url;
  if (uses_netloc.includes(scheme!)) {
    if (netloc) return _urlunparse([scheme!, netloc, path!, params!, query!, fragment!]);
    netloc = bnetloc;
  }
  if (!path && !params) {
    path = bpath;
    params = bparams;
    if (!query) query = bquery;
    return _urlunparse([scheme!, netloc!, path!, params!, query!, fragment!]);
  }
  const baseParts = bpath!.split('/');
  if (baseParts[baseParts.length - 1] !== '') baseParts.pop();
  let segments: string[];
  if (path!.startsWith('/')) {
    segments = path!.split('/');
  } else {
    segments = [...baseParts, ...path!.split('/')];
    // segments[1:-1] = filter(None, segments[1:-1])
    if (segments.length > 2) segments = [segments[0]!, ...segments.slice(1, -1).filter((s) => s !== ''), segments[segments.length - 1]!];
  }
  const resolved: string[] = [];
  for (const seg of segments) {
    if (seg === '..') resolved.pop();
    else if (seg !== '.') resolved.push(seg);
  }
  const last = segments[segments.length - 1];
  if (last === '.' || last === '..') resolved.push('');
  return _urlunparse([scheme!, netloc!, resolved.join('/') || '/', params!, query!, fragment!]);
}

// ---- quoting ----------------------------------------------------------------------------------

const _ALWAYS_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~';

function _toBytes(x: unknown, encoding: unknown, errors: unknown, fn: string): Uint8Array {
  if (typeof x === 'string' || x instanceof String) {
    return makeBytes(String(x), isNone(encoding) || encoding === undefined ? 'utf-8' : String(encoding), isNone(errors) || errors === undefined ? 'strict' : String(errors));
  }
  if (x instanceof Uint8Array) {
    if (!(isNone(encoding) || encoding === undefined)) throw new TypeError(`${fn}() doesn't support 'encoding' for bytes`);
    if (!(isNone(errors) || errors === undefined)) throw new TypeError(`${fn}() doesn't support 'errors' for bytes`);
    return x;
  }
  throw new TypeError('quote_from_bytes() expected bytes');
}

function _quoteFromBytes(bs: Uint8Array, safe: unknown): string {
  const safeText = typeof safe === 'string' ? [...safe].filter((c) => c.charCodeAt(0) < 128).join('')
    : safe instanceof Uint8Array ? String.fromCharCode(...[...safe].filter((c) => c < 128)) : String(safe);
  const keep = _ALWAYS_SAFE + safeText;
  let out = '';
  for (const byte of bs) {
    const c = String.fromCharCode(byte);
    out += byte < 128 && keep.includes(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function _quote(string: unknown, safe: unknown = '/', encoding: unknown = null, errors: unknown = null): string {
  if ((typeof string === 'string' || string instanceof String) && String(string) === '') return String(string);
  return _quoteFromBytes(_toBytes(string, encoding, errors, 'quote'), safe);
}

function _quotePlus(string: unknown, safe: unknown = '', encoding: unknown = null, errors: unknown = null): string {
  const text = typeof string === 'string' || string instanceof String;
  if ((text && !String(string).includes(' ')) || (string instanceof Uint8Array && !string.includes(32))) return _quote(string, safe, encoding, errors);
  const withSpace = typeof safe === 'string' ? `${safe} ` : makeBytes([...(safe as Uint8Array), 32]);
  return _quote(string, withSpace, encoding, errors).replaceAll(' ', '+');
}

function _unquoteToBytes(string: unknown): Uint8Array {
  const data = typeof string === 'string' ? makeBytes(string, 'utf-8') : (string as Uint8Array);
  const out: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const hex = String.fromCharCode(data[i + 1] ?? 0, data[i + 2] ?? 0);
    if (data[i] === 37 && i + 2 < data.length && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      out.push(data[i]!);
    }
  }
  return makeBytes(out);
}

function _unquote(string: unknown, encoding: unknown = 'utf-8', errors: unknown = 'replace'): string {
  const enc = isNone(encoding) || encoding === undefined ? 'utf-8' : String(encoding);
  const err = isNone(errors) || errors === undefined ? 'replace' : String(errors);
  if (string instanceof Uint8Array) return (makeBytes(_unquoteToBytes(string)) as unknown as { decode: (e: string, r: string) => string }).decode(enc, err);
  const text = _text(string, 'unquote()');
  if (!text.includes('%')) return text;
  // Runs of ASCII are unquoted to bytes and decoded; other characters stay as they are.
  return text.replace(/[\x00-\x7f]+/g, (run) => (makeBytes(_unquoteToBytes(run)) as unknown as { decode: (e: string, r: string) => string }).decode(enc, err));
}

function _parseQsl(qs: unknown, kw: Kw, a: unknown[]): [string, string][] {
  const text = isNone(qs) ? '' : _text(qs, 'parse_qsl()');
  const keepBlank = truthy(argAt(a, kw, 1, 'keep_blank_values') ?? false);
  const strict = truthy(argAt(a, kw, 2, 'strict_parsing') ?? false);
  const encoding = argAt(a, kw, 3, 'encoding') ?? 'utf-8';
  const errors = argAt(a, kw, 4, 'errors') ?? 'replace';
  const maxFields = argAt(a, kw, 5, 'max_num_fields');
  const separator = argAt(a, kw, 6, 'separator') ?? '&';
  if (typeof separator !== 'string' || separator === '') throw new ValueError('Separator must be of type string or bytes.');
  if (maxFields !== undefined && !isNone(maxFields)) {
    const count = text ? 1 + text.split(separator).length - 1 : 0;
    if (Number(maxFields) < count) throw new ValueError('Max number of fields exceeded');
  }
  const out: [string, string][] = [];
  for (const nameValue of text ? text.split(separator) : []) {
    if (!nameValue && !strict) continue;
    const eq = nameValue.indexOf('=');
    const nv = eq < 0 ? [nameValue] : [nameValue.slice(0, eq), nameValue.slice(eq + 1)];
    if (nv.length !== 2) {
      if (strict) throw new ValueError(`bad query field: ${repr(nameValue)}`);
      if (keepBlank) nv.push('');
      else continue;
    }
    if (nv[1]!.length > 0 || keepBlank) {
      out.push([_unquote(nv[0]!.replaceAll('+', ' '), encoding, errors), _unquote(nv[1]!.replaceAll('+', ' '), encoding, errors)]);
    }
  }
  return out;
}

function _isSequence(v: unknown): boolean {
  return Array.isArray(v) || v instanceof Set || v instanceof Map;
}

function _urlencode(a: unknown[], kw: Kw): string {
  const query = argAt(a, kw, 0, 'query');
  const doseq = truthy(argAt(a, kw, 1, 'doseq') ?? false);
  const safe = argAt(a, kw, 2, 'safe') ?? '';
  const encoding = argAt(a, kw, 3, 'encoding') ?? null;
  const errors = argAt(a, kw, 4, 'errors') ?? null;
  const via = argAt(a, kw, 5, 'quote_via');
  const quoteVia = (x: unknown): string => (via === undefined || via === quotePlus ? _quotePlus(x, safe, encoding, errors)
    : via === quote ? _quote(x, safe, encoding, errors) : String((via as (...args: unknown[]) => unknown)(x, safe)));
  let pairs: unknown[];
  if (query instanceof Map) {
    pairs = [...query.entries()];
  } else {
    const items = Array.isArray(query) ? query : undefined;
    if (items === undefined || (items.length > 0 && !Array.isArray(items[0]))) throw new TypeError('not a valid non-string sequence or mapping object');
    pairs = items;
  }
  const one = (x: unknown): string => quoteVia(x instanceof Uint8Array ? x : str(x));
  const out: string[] = [];
  for (const pair of pairs) {
    const [k, v] = [...iter(pair)];
    const key = one(k);
    if (!doseq || typeof v === 'string' || v instanceof Uint8Array || !_isSequence(v)) out.push(`${key}=${one(v)}`);
    else for (const elt of iter(v)) out.push(`${key}=${one(elt)}`);
  }
  return out.join('&');
}

const quote = native('quote', (a, kw) => _quote(argAt(a, kw, 0, 'string'), argAt(a, kw, 1, 'safe') ?? '/', argAt(a, kw, 2, 'encoding') ?? null, argAt(a, kw, 3, 'errors') ?? null));
const quotePlus = native('quote_plus', (a, kw) => _quotePlus(argAt(a, kw, 0, 'string'), argAt(a, kw, 1, 'safe') ?? '', argAt(a, kw, 2, 'encoding') ?? null, argAt(a, kw, 3, 'errors') ?? null));

const _flag = (a: unknown[], kw: Kw, i: number, name: string): boolean => truthy(argAt(a, kw, i, name) ?? true);

export function createUrllibParseModule(): PyModule {
  _TYPES.SplitResult = _resultClass('SplitResult', 5);
  _TYPES.ParseResult = _resultClass('ParseResult', 6);
  _TYPES.DefragResult = _resultClass('DefragResult', 2);
  const lists = { uses_relative, uses_netloc, uses_params, non_hierarchical, uses_query, uses_fragment, scheme_chars };
  return makeModule('urllib.parse', {
    ...Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v])),
    ..._TYPES,
    urlsplit: native('urlsplit', (a, kw) => _result('SplitResult', _urlsplit(_text(argAt(a, kw, 0, 'url'), 'urlsplit()'), String(argAt(a, kw, 1, 'scheme') ?? ''), _flag(a, kw, 2, 'allow_fragments')))),
    urlparse: native('urlparse', (a, kw) => _result('ParseResult', _urlparse(_text(argAt(a, kw, 0, 'url'), 'urlparse()'), String(argAt(a, kw, 1, 'scheme') ?? ''), _flag(a, kw, 2, 'allow_fragments')))),
    urlunsplit: native('urlunsplit', (a, kw) => _urlunsplit([...iter(argAt(a, kw, 0, 'components'))].map(String))),
    urlunparse: native('urlunparse', (a, kw) => _urlunparse([...iter(argAt(a, kw, 0, 'components'))].map(String))),
    urljoin: native('urljoin', (a, kw) => _urljoin(String(argAt(a, kw, 0, 'base') ?? ''), String(argAt(a, kw, 1, 'url') ?? ''), _flag(a, kw, 2, 'allow_fragments'))),
    urldefrag: native('urldefrag', (a, kw) => {
      const url = _text(argAt(a, kw, 0, 'url'), 'urldefrag()');
      if (!url.includes('#')) return _result('DefragResult', [url, '']);
      const parts = _urlparse(url, '', true);
      return _result('DefragResult', [_urlunparse([...parts.slice(0, 5), '']), parts[5]!]);
    }),
    quote,
    quote_plus: quotePlus,
    quote_from_bytes: native('quote_from_bytes', (a, kw) => {
      const bs = argAt(a, kw, 0, 'bs');
      if (!(bs instanceof Uint8Array)) throw new TypeError('quote_from_bytes() expected bytes');
      return _quoteFromBytes(bs, argAt(a, kw, 1, 'safe') ?? '/');
    }),
    unquote: native('unquote', (a, kw) => _unquote(argAt(a, kw, 0, 'string'), argAt(a, kw, 1, 'encoding'), argAt(a, kw, 2, 'errors'))),
    unquote_plus: native('unquote_plus', (a, kw) => _unquote(_text(argAt(a, kw, 0, 'string'), 'unquote_plus()').replaceAll('+', ' '), argAt(a, kw, 1, 'encoding'), argAt(a, kw, 2, 'errors'))),
    unquote_to_bytes: native('unquote_to_bytes', (a, kw) => _unquoteToBytes(argAt(a, kw, 0, 'string'))),
    urlencode: native('urlencode', _urlencode),
    parse_qsl: native('parse_qsl', (a, kw) => _parseQsl(argAt(a, kw, 0, 'qs'), kw, a).map(([k, v]) => tuple(k, v))),
    parse_qs: native('parse_qs', (a, kw) => {
      const out = new PyDict();
      for (const [k, v] of _parseQsl(argAt(a, kw, 0, 'qs'), kw, a)) {
        if (out.has(k)) (out.get(k) as string[]).push(v);
        else out.set(k, [v]);
      }
      return out;
    }),
  });
}
