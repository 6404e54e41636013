// Python's literals as values: string and bytes literals with their prefixes and escapes
// (Lexical analysis §2.4 of the language reference), and numbers.

/** A decoded string literal: its text (bytes as latin-1 characters), and its kind. */
export interface StringLiteral {
  value: string;
  bytes: boolean;
  raw: boolean;
  format: boolean;
  /** The literal's body between the quotes, before escapes are read. */
  body: string;
}

export function splitLiteral(text: string): StringLiteral {
  const m = /^([rRbBuUfF]*)('''|"""|'|")/.exec(text);
  const prefix = (m?.[1] ?? '').toLowerCase();
  const quote = m?.[2] ?? "'";
  const body = text.slice(prefix.length + quote.length, text.length - quote.length);
  const raw = prefix.includes('r');
  const bytes = prefix.includes('b');
  return { value: raw ? body : decodeEscapes(body, bytes), bytes, raw, format: prefix.includes('f'), body };
}

const _SIMPLE: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\n': '' };

/** Reads backslash escapes as Python does; unknown escapes stay as written. */
export function decodeEscapes(s: string, bytes: boolean): string {
  if (!s.includes('\\')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = s[i + 1] ?? '';
    if (n in _SIMPLE) {
      out += _SIMPLE[n];
      i++;
    } else if (/[0-7]/.test(n)) {
      const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(oct, 8) & (bytes ? 0xff : 0x1ff));
      i += oct.length;
    } else if (n === 'x') {
      out += String.fromCharCode(parseInt(s.slice(i + 2, i + 4), 16));
      i += 3;
    } else if (!bytes && n === 'u') {
      out += String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16));
      i += 5;
    } else if (!bytes && n === 'U') {
      out += String.fromCodePoint(parseInt(s.slice(i + 2, i + 10), 16));
      i += 9;
    } else if (!bytes && n === 'N') {
      const end = s.indexOf('}', i);
      out += s.slice(i, end + 1);
      i = end;
    } else {
      out += c;
    }
  }
  return out;
}

/** A number literal as JS source: ints as numbers (BigInt past 2**53), floats through py.float. */
export function numberSource(text: string): { js: string; float: boolean; imaginary: boolean } {
  const t = text.replaceAll('_', '').toLowerCase();
  if (t.endsWith('j')) return { js: '0', float: false, imaginary: true };
  if (/^0[xob]/.test(t) || /^\d+$/.test(t)) {
    const big = BigInt(/^0\d+$/.test(t) ? t.replace(/^0+(?=\d)/, '') : t);
    if (big > 9007199254740991n) return { js: `${big}n`, float: false, imaginary: false };
    return { js: String(big), float: false, imaginary: false };
  }
  const v = Number(t);
  return { js: String(v), float: true, imaginary: false };
}
