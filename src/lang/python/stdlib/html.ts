// Python's html module: escape() and unescape(), from the html module's documentation, the HTML5
// specification's rules for character references and python3 3.11's results. escape() is Python
// run by the first import (str.replace, so a non-str fails as in python3); unescape()'s scan is a
// native: one regular expression over the text, each reference decoded here. All 2,231 of HTML5's
// named references are known (html-entities.ts); a name the table lacks may still begin with one
// of the 106 legacy names, which HTML5 accepts without their ';' (`&notit;` is `¬it;`). Numeric
// references follow the specification's repairs: NUL, surrogates and values past U+10FFFF become
// U+FFFD, 0x80-0x9F are read as Windows-1252, and the other control characters and noncharacters
// are dropped, as python3 does. Left out: the html.parser and html.entities submodules.
import { native } from '../runtime/call.ts';
import { namedReference } from './html-entities.ts';

// A reference: decimal, hexadecimal, or a name of at most 32 characters (the table's longest)
// stopping at whitespace, '<', '&', '#' or ';'; then an optional ';'. The u flag counts code points.
const _REFERENCE = /&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|([^\t\n\f <&#;]{1,32}))(;?)/gu;

// What HTML5 reads for &#128; to &#159;: Windows-1252's characters, five unassigned bytes as such.
const _WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const _LONGEST_LEGACY_NAME = 6;

function _codePointText(n: number): string {
  if (n >= 0x80 && n <= 0x9f) return _WINDOWS_1252_HIGH[n - 0x80]!;
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
  const dropped = n <= 0x08 || n === 0x0b || (n >= 0x0e && n <= 0x1f) || n === 0x7f
    || (n >= 0xfdd0 && n <= 0xfdef) || (n & 0xfffe) === 0xfffe;
  return dropped ? '' : String.fromCodePoint(n);
}

function _referenceText(whole: string, decimal?: string, hex?: string, name?: string, semicolon = ''): string {
  if (name === undefined) return _codePointText(hex === undefined ? Number(decimal) : parseInt(hex, 16));
  const text = namedReference(name + semicolon);
  if (text !== undefined) return text;
  for (let length = Math.min(name.length - 1, _LONGEST_LEGACY_NAME); length > 1; length--) {
    const legacy = namedReference(name.slice(0, length));
    if (legacy !== undefined) return legacy + name.slice(length) + semicolon;
  }
  return whole;
}

/** The natives the module's Python source calls. */
export function htmlNatives(): Record<string, unknown> {
  return {
    _decode_references: native('_decode_references', (a) => String(a[0]).replace(_REFERENCE, _referenceText)),
  };
}

export const HTML_SOURCE = String.raw`__all__ = ['escape', 'unescape']

def escape(s, quote=True):
    """Replace special characters "&", "<" and ">" to HTML-safe sequences (quotes too, if quote)."""
    # '&' goes first, so the references written here are not escaped again.
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;').replace("'", '&#x27;')
    return s

def unescape(s):
    """Convert all named and numeric character references in s to the characters they stand for."""
    # The membership test comes first, as in python3: bytes or None fail here with its TypeError.
    if '&' in s:
        return _decode_references(s)
    return s
`;
