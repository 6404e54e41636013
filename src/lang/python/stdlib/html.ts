// Python's html module: escape() and unescape(), written in Python and run by the first import
// (as textwrap is), from the html module's documentation, the HTML5 specification's rules for
// character references and python3 3.11's results. unescape() knows all 2,231 of HTML5's named
// references (html-entities.ts, looked up through the _named_reference native so the table is
// never a Python dict); a name the table lacks may still begin with one of the 106 legacy names,
// which HTML5 accepts without their ';' (`&notit;` is `¬it;`). Numeric references follow the
// specification's repairs: NUL, surrogates and values past U+10FFFF become U+FFFD, 0x80-0x9F are
// read as Windows-1252, and the other control characters and noncharacters are dropped, as
// python3 does. Left out: the html.parser and html.entities submodules.
import { native } from '../runtime/call.ts';
import { namedReference } from './html-entities.ts';

/** The natives the module's Python source calls. */
export function htmlNatives(): Record<string, unknown> {
  return {
    _named_reference: native('_named_reference', (a) => namedReference(String(a[0])) ?? null),
  };
}

export const HTML_SOURCE = String.raw`import re as _re

__all__ = ['escape', 'unescape']

_MARKUP = (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'))
_MARKUP_AND_QUOTES = _MARKUP + (('"', '&quot;'), ("'", '&#x27;'))

def escape(s, quote=True):
    """Replace special characters "&", "<" and ">" to HTML-safe sequences (quotes too, if quote)."""
    # '&' goes first, so the references written here are not escaped again.
    for plain, reference in (_MARKUP_AND_QUOTES if quote else _MARKUP):
        s = s.replace(plain, reference)
    return s

# What HTML5 reads for &#128; to &#159;: Windows-1252's characters, five unassigned bytes as such.
_WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'
_LONGEST_LEGACY_NAME = 6

def _code_point_text(n):
    if 0x80 <= n <= 0x9f:
        return _WINDOWS_1252_HIGH[n - 0x80]
    if n == 0 or n > 0x10ffff or 0xd800 <= n <= 0xdfff:
        return '\ufffd'
    dropped = (n <= 0x08 or n == 0x0b or 0x0e <= n <= 0x1f or n == 0x7f
               or 0xfdd0 <= n <= 0xfdef or n & 0xfffe == 0xfffe)
    return '' if dropped else chr(n)

def _reference_text(found):
    decimal, hexadecimal, name, semicolon = found.groups()
    if name is None:
        return _code_point_text(int(decimal) if hexadecimal is None else int(hexadecimal, 16))
    text = _named_reference(name + semicolon)
    if text is not None:
        return text
    for length in range(min(len(name) - 1, _LONGEST_LEGACY_NAME), 1, -1):
        text = _named_reference(name[:length])
        if text is not None:
            return text + name[length:] + semicolon
    return found.group(0)

# A name is at most 32 characters (the table's longest), stopping at whitespace, '<', '&', '#' or ';'.
_REFERENCE = _re.compile(r'&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|([^\t\n\f <&#;]{1,32}))(;?)')

def unescape(s):
    """Convert all named and numeric character references in s to the characters they stand for."""
    # The membership test comes first, as in python3: bytes or None fail here with its TypeError.
    if '&' in s:
        return _REFERENCE.sub(_reference_text, s)
    return s
`;
