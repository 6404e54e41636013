// Python's printf-style bytes formatting, `b'Hello, %s!' % name` (PEP 461, Objects/bytesobject.c
// _PyBytes_FormatEx): the str formatter (percent.ts) on the bytes read as latin-1, after each
// argument has been given the bytes meaning of its conversion: %s and %b take bytes-like objects
// only, %r and %a are ascii(repr(x)), %c takes an int below 256 or a single byte.
import { bytes } from './bytes.ts';
import { OverflowError } from './exceptions.ts';
import { repr } from './format.ts';
import { percentFormat } from './percent.ts';
import { pyTypeName } from './pytype.ts';
import { isTuple } from './tuple.ts';

const _SPEC = /%(?:\(([^)]*)\))?([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d*))?(.?)/gs;

function _latin1(x: ArrayBufferView): string {
  return Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString('latin1');
}

/** Python's ascii(): repr() with every non-ASCII character escaped. */
function _ascii(x: unknown): string {
  return repr(x).replace(/[^\x00-\x7f]/gu, (ch) => {
    const c = ch.codePointAt(0)!;
    if (c <= 0xff) return `\\x${c.toString(16).padStart(2, '0')}`;
    if (c <= 0xffff) return `\\u${c.toString(16).padStart(4, '0')}`;
    return `\\U${c.toString(16).padStart(8, '0')}`;
  });
}

/** One argument as the str formatter should see it for conversion `conv` of a bytes format. */
function _argument(conv: string, x: unknown): unknown {
  if (conv === 's' || conv === 'b') {
    if (ArrayBuffer.isView(x)) return _latin1(x);
    throw new TypeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${pyTypeName(x)}'`);
  }
  if (conv === 'r' || conv === 'a') return _ascii(x);
  // formatfloat() in Objects/bytesobject.c words it so (str's formatter says "must be real number").
  if ('eEfFgG'.includes(conv) && conv !== '' && typeof x !== 'number' && typeof x !== 'bigint' && typeof x !== 'boolean') {
    throw new TypeError(`float argument required, not ${pyTypeName(x)}`);
  }
  if (conv === 'c') {
    if (ArrayBuffer.isView(x) && x.byteLength === 1) return _latin1(x);
    if (typeof x === 'number' && Number.isInteger(x)) {
      if (x < 0 || x > 255) throw new OverflowError('%c arg not in range(256)');
      return x;
    }
    throw new TypeError('%c requires an integer in range(256) or a single byte');
  }
  return x;
}

/**
 * `format % right` for a bytes `format`: `right` is a tuple of arguments (a Python tuple, or
 * `literalTuple` when the REPL read `(a, b)` as an array), or one argument.
 */
export function bytesPercentFormat(format: Uint8Array, right: unknown, literalTuple = false): bytes {
  const many = literalTuple || isTuple(right);
  const args: unknown[] = many ? [...(right as unknown[])] : [right];
  const converted: unknown[] = [];
  let used = 0;
  const take = (conv: string) => {
    if (used < args.length) converted.push(_argument(conv, args[used++]));
  };
  const text = _latin1(format).replace(_SPEC, (whole, key: string | undefined, _flags: string, width: string | undefined, precision: string | undefined, conv: string) => {
    if (whole === '%%' || key !== undefined) return whole;
    if (width === '*') take('d');
    if (precision === '*') take('d');
    take(conv);
    return conv === 'r' || conv === 'a' || conv === 'b' ? `${whole.slice(0, -1)}s` : whole;
  });
  while (used < args.length) converted.push(args[used++]); // too many: the str formatter says so
  let out: string;
  try {
    out = percentFormat(text, many ? converted : converted[0], many);
  } catch (e) {
    if (e instanceof TypeError && e.message.endsWith('during string formatting')) {
      throw new TypeError(e.message.replace('string formatting', 'bytes formatting'));
    }
    throw e;
  }
  return bytes.from(Buffer.from(out, 'latin1'));
}
