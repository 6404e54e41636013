// Python's html module (Lib/html/__init__.py, CPython 3.11), written in Python and run once by the
// first import, as textwrap is. escape() is CPython's; unescape() applies CPython's rules to
// character references: decimal and hex ones (the Windows-1252 replacements for 0x80-0x9f, U+FFFD
// for NUL, surrogates and values past U+10FFFF, nothing for the invalid code points), and named
// ones, a name taken as the longest known prefix. socklab knows the names a web page's text
// usually holds (the HTML 4 Latin-1 and punctuation set, about sixty), not all 2,231 of HTML5's
// table: another name is left as written, where CPython would decode it.
export const HTML_SOURCE = String.raw`import re as _re

__all__ = ['escape', 'unescape']

def escape(s, quote=True):
    """Replace special characters "&", "<" and ">" to HTML-safe sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s

# The names valid without their ';' are HTML5's legacy ones (the Latin-1 set and amp/lt/gt/quot).
_LEGACY = {
    'AMP': '&', 'amp': '&', 'LT': '<', 'lt': '<', 'GT': '>', 'gt': '>', 'QUOT': '"', 'quot': '"',
    'COPY': '\xa9', 'copy': '\xa9', 'REG': '\xae', 'reg': '\xae', 'nbsp': '\xa0', 'iexcl': '\xa1',
    'cent': '\xa2', 'pound': '\xa3', 'curren': '\xa4', 'yen': '\xa5', 'brvbar': '\xa6', 'sect': '\xa7',
    'uml': '\xa8', 'ordf': '\xaa', 'laquo': '\xab', 'not': '\xac', 'shy': '\xad', 'macr': '\xaf',
    'deg': '\xb0', 'plusmn': '\xb1', 'sup2': '\xb2', 'sup3': '\xb3', 'acute': '\xb4', 'micro': '\xb5',
    'para': '\xb6', 'middot': '\xb7', 'cedil': '\xb8', 'sup1': '\xb9', 'ordm': '\xba', 'raquo': '\xbb',
    'frac14': '\xbc', 'frac12': '\xbd', 'frac34': '\xbe', 'iquest': '\xbf', 'times': '\xd7',
    'divide': '\xf7', 'Agrave': '\xc0', 'Aacute': '\xc1', 'Auml': '\xc4', 'Ccedil': '\xc7',
    'Eacute': '\xc9', 'Ntilde': '\xd1', 'Ouml': '\xd6', 'Uuml': '\xdc', 'szlig': '\xdf',
    'agrave': '\xe0', 'aacute': '\xe1', 'acirc': '\xe2', 'auml': '\xe4', 'ccedil': '\xe7',
    'egrave': '\xe8', 'eacute': '\xe9', 'ecirc': '\xea', 'euml': '\xeb', 'iacute': '\xed',
    'ntilde': '\xf1', 'oacute': '\xf3', 'ouml': '\xf6', 'uacute': '\xfa', 'uuml': '\xfc',
}
_html5 = {}
for _name, _char in _LEGACY.items():
    _html5[_name] = _char
    _html5[_name + ';'] = _char
for _name, _char in {
    'apos': "'", 'euro': '\u20ac', 'trade': '\u2122', 'hellip': '\u2026', 'mdash': '\u2014',
    'ndash': '\u2013', 'lsquo': '\u2018', 'rsquo': '\u2019', 'ldquo': '\u201c', 'rdquo': '\u201d',
    'bull': '\u2022', 'larr': '\u2190', 'rarr': '\u2192', 'uarr': '\u2191', 'darr': '\u2193',
    'harr': '\u2194', 'le': '\u2264', 'ge': '\u2265', 'ne': '\u2260', 'infin': '\u221e',
    'hearts': '\u2665', 'check': '\u2713', 'Tab': '\t', 'NewLine': '\n', 'lpar': '(', 'rpar': ')',
}.items():
    _html5[_name + ';'] = _char

_invalid_charrefs = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192',
    0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030',
    0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f',
    0x90: '\x90', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022',
    0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
    0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178',
}

def _invalid_codepoint(num):
    if 0x1 <= num <= 0x8 or 0xe <= num <= 0x1f or 0x7f <= num <= 0x9f or 0xfdd0 <= num <= 0xfdef:
        return True
    return num == 0xb or (num & 0xfffe) == 0xfffe

def _replace_charref(s):
    s = s.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if _invalid_codepoint(num):
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s

_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')

def unescape(s):
    """Convert all named and numeric character references in the string s to the corresponding unicode characters."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
`;
