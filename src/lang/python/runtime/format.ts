// Python's format-spec mini-language (`f'{x:>5}'`, `format(3.14159, '.2f')`, `'{:,}'.format(n)`)
// and str.format's field syntax: [[fill]align][sign][#][0][width][,|_][.precision][type].
import { ValueError } from '../../../socket/exceptions.ts';
import { repr, str } from '../../../socket/format.ts';
import { fixedHalfEven } from '../../../socket/percent.ts';
import { pyTypeName } from '../../../socket/pytype.ts';
import { IndexError, KeyError } from './exceptions.ts';
import { PyFloat, intValue, isInt, realValue } from './values.ts';

const _SPEC = /^(?:(.)?([<>=^]))?([-+ ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s;

function _group(digits: string, sep: string | undefined): string {
  if (!sep) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function _exp(x: number, precision: number, upper: boolean): string {
  const [m, e = '0'] = x.toExponential(precision).split('e');
  const n = Number(e);
  const out = `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  return upper ? out.toUpperCase() : out;
}

function _general(x: number, precision: number, alt: boolean): string {
  const p = precision === 0 ? 1 : precision;
  if (x === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(x)));
  let out = exp < -4 || exp >= p ? _exp(x, p - 1, false) : x.toFixed(Math.max(0, p - 1 - exp));
  if (!alt) {
    if (out.includes('e')) out = out.replace(/\.?0+e/, 'e');
    else if (out.includes('.')) out = out.replace(/\.?0+$/, '');
  }
  return out;
}

/** Python's format(value, spec). */
export function formatValue(value: unknown, spec: string): string {
  if (spec === '') return str(value);
  const m = _SPEC.exec(spec);
  if (!m) throw new ValueError(`Invalid format specifier '${spec}' for object of type '${pyTypeName(value)}'`);
  const [, fillChar, alignChar, sign = '-', alt, zero, widthText, grouping, precisionText, typeChar] = m;
  const width = widthText ? Number(widthText) : 0;
  const precision = precisionText !== undefined ? Number(precisionText) : undefined;
  let fill = fillChar ?? (zero && !alignChar ? '0' : ' ');
  let align = alignChar ?? (zero ? '=' : undefined);
  let body: string;
  let prefix = '';
  const numeric = isInt(value) || value instanceof PyFloat;
  if (!numeric) {
    if (typeChar && typeChar !== 's') throw new ValueError(`Unknown format code '${typeChar}' for object of type '${pyTypeName(value)}'`);
    body = str(value);
    if (precision !== undefined) body = [...body].slice(0, precision).join('');
    align ??= '<';
  } else {
    align ??= '>';
    const isFloat = value instanceof PyFloat;
    let type = typeChar ?? (isFloat ? '' : 'd');
    if (isFloat && type !== '' && 'bcdoxX'.includes(type)) throw new ValueError(`Unknown format code '${type}' for object of type 'float'`);
    if (!isFloat && type === 'n') type = 'd';
    const x = isFloat || (type !== '' && 'eEfFgG%'.includes(type)) ? realValue(value) : intValue(value);
    const negative = typeof x === 'bigint' ? x < 0n : x < 0 || Object.is(x, -0);
    const abs = typeof x === 'bigint' ? (x < 0n ? -x : x) : Math.abs(x);
    switch (type) {
      case 'd': body = _group(abs.toString(), grouping); break;
      case 'x': body = abs.toString(16); if (alt) prefix = '0x'; break;
      case 'X': body = abs.toString(16).toUpperCase(); if (alt) prefix = '0X'; break;
      case 'o': body = abs.toString(8); if (alt) prefix = '0o'; break;
      case 'b': body = abs.toString(2); if (alt) prefix = '0b'; break;
      case 'c': body = String.fromCodePoint(Number(abs)); break;
      case 'f': case 'F': {
        const [int, frac] = fixedHalfEven(Number(abs), precision ?? 6).split('.');
        body = _group(int!, grouping) + (frac !== undefined ? `.${frac}` : alt ? '.' : '');
        break;
      }
      case 'e': case 'E': body = _exp(Number(abs), precision ?? 6, type === 'E'); break;
      case 'g': case 'G': body = _general(Number(abs), precision ?? 6, Boolean(alt)); if (type === 'G') body = body.toUpperCase(); break;
      case '%': body = `${fixedHalfEven(Number(abs) * 100, precision ?? 6)}%`; break;
      default: {
        // float with no type: repr-like, or general format when a precision is given.
        if (precision !== undefined) body = _general(Number(abs), precision, false);
        else body = str(new PyFloat(Number(abs)));
        const [int, rest] = body.split('.');
        if (grouping && !body.includes('e')) body = _group(int!, grouping) + (rest !== undefined ? `.${rest}` : '');
      }
    }
    const signText = negative ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '';
    prefix = signText + prefix;
  }
  const length = [...prefix].length + [...body].length;
  if (length >= width) return prefix + body;
  const pad = width - length;
  if (align === '=') return prefix + fill.repeat(pad) + body;
  if (fill === '') fill = ' ';
  if (align === '<') return prefix + body + fill.repeat(pad);
  if (align === '^') return fill.repeat(Math.floor(pad / 2)) + prefix + body + fill.repeat(Math.ceil(pad / 2));
  return fill.repeat(pad) + prefix + body;
}

/** How a replacement field gets its value and text: `{0.attr[key]!r:spec}` (a Python __format__ may run). */
export interface FieldTools {
  /** The attribute, or a Promise of it when a Python getter runs (a property). */
  getattr: (o: unknown, name: string) => unknown;
  getitem: (o: unknown, key: unknown) => unknown;
  format: (value: unknown, conversion: string, spec: string) => Promise<string>;
}

/**
 * Python's str.format(*args, **kwargs); with `lookup`, str.format_map(mapping), whose named
 * fields are the mapping's items (its __getitem__ or __missing__ may run) and which has no
 * positional ones.
 */
export async function strFormat(template: string, args: readonly unknown[], kwargs: Record<string, unknown>, tools: FieldTools, lookup?: (key: string) => Promise<unknown>): Promise<string> {
  let auto = 0;
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if (ch === '}') {
      if (template[i + 1] === '}') {
        out += '}';
        i++;
        continue;
      }
      throw new ValueError("Single '}' encountered in format string");
    }
    if (ch !== '{') {
      out += ch;
      continue;
    }
    if (template[i + 1] === '{') {
      out += '{';
      i++;
      continue;
    }
    let depth = 1;
    let j = i + 1;
    for (; j < template.length && depth > 0; j++) {
      if (template[j] === '{') depth++;
      else if (template[j] === '}') depth--;
    }
    if (depth > 0) throw new ValueError("Single '{' encountered in format string");
    const field = template.slice(i + 1, j - 1);
    i = j - 1;
    const fm = /^([^.[!:]*)((?:\.[^.[!:]+|\[[^\]]*\])*)(?:!([rsa]))?(?::(.*))?$/s.exec(field);
    if (!fm) throw new ValueError('unmatched format field');
    const [, first = '', chain = '', conversion, rawSpec = ''] = fm;
    let value: unknown;
    if (lookup && (first === '' || /^\d+$/.test(first))) throw new ValueError('Format string contains positional fields');
    if (lookup) {
      value = await lookup(first);
    } else if (first === '') {
      if (auto >= args.length) throw new IndexError(`Replacement index ${auto} out of range for positional args tuple`);
      value = args[auto++];
    } else if (/^\d+$/.test(first)) {
      const n = Number(first);
      if (n >= args.length) throw new IndexError(`Replacement index ${n} out of range for positional args tuple`);
      value = args[n];
    } else {
      if (!(first in kwargs)) throw new KeyError(first);
      value = kwargs[first];
    }
    for (const part of chain.match(/\.[^.[]+|\[[^\]]*\]/g) ?? []) {
      if (part.startsWith('.')) {
        const got = tools.getattr(value, part.slice(1));
        value = got instanceof Promise ? await got : got;
      } else {
        const key = part.slice(1, -1);
        value = await tools.getitem(value, /^\d+$/.test(key) ? Number(key) : key);
      }
    }
    const spec = rawSpec.replace(/\{([^}]*)\}/g, (_, inner: string) => str(inner === '' ? args[auto++] : /^\d+$/.test(inner) ? args[Number(inner)] : kwargs[inner]));
    out += await tools.format(value, conversion ?? '', spec);
  }
  return out;
}

export { repr };
