// Python's fnmatch module: shell-style wildcards (`*`, `?`, `[seq]`, `[!seq]`) matched against
// file names, written in Python and run once by the first import, as textwrap is. It is written
// from the library documentation and python3 3.11's behaviour: translate() returns the same
// regular-expression text python3 prints (`(?s:.*\.py)\Z`, an atomic group `(?>.*?b)` for each
// star but the last, a backwards range dropped, an unclosed `[` taken literally), and the
// TypeErrors of a name or pattern of the wrong type are python3's. Names are not case-folded:
// os.path.normcase is the identity on Linux, the only system socklab reproduces.
export const FNMATCH_SOURCE = String.raw`import re
import functools

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

# Marks a run of stars among the translated pieces of a pattern until they are joined.
_STARS = object()

# Characters that have a meaning inside a regular-expression set (or will have, as set
# operations), so a set copied from a pattern escapes them.
_SET_SPECIAL = {'\\': '\\\\', '-': '\\-', '&': '\\&', '~': '\\~', '|': '\\|'}

def _path_text(value):
    # posixpath.normcase: returns its argument, after checking it is a path.
    if isinstance(value, (str, bytes)) or hasattr(type(value), '__fspath__'):
        return value
    raise TypeError('expected str, bytes or os.PathLike object, not ' + type(value).__name__)

@functools.lru_cache(maxsize=256)
def _matcher(pat):
    if isinstance(pat, bytes):
        text = translate(pat.decode('latin-1'))
        return re.compile(text.encode('latin-1')).match
    return re.compile(translate(pat)).match

def fnmatch(name, pat):
    """Whether the file name NAME matches the shell pattern PAT (*, ?, [seq], [!seq]; a leading
    dot is an ordinary character), after the case normalisation of the system (none here)."""
    return _matcher(_path_text(pat))(_path_text(name)) is not None

def fnmatchcase(name, pat):
    """Whether NAME matches PAT, comparing case exactly on every system."""
    return _matcher(pat)(name) is not None

def filter(names, pat):
    """The names, in their order, that match PAT."""
    matches = _matcher(_path_text(pat))
    return [name for name in names if matches(name) is not None]

def _set_member(ch):
    return _SET_SPECIAL.get(ch, ch)

def _translate_set(body):
    # body is what stands between '[' and its ']'. Members are read left to right: a character
    # followed by '-' and one more character is a range (dropped when written backwards), any
    # other character stands for itself.
    negated = body[:1] == '!'
    chars = body[1:] if negated else body
    text = '!' if negated else ''
    count = len(chars)
    at = 0
    while at < count:
        low = chars[at]
        if at + 2 < count and chars[at + 1] == '-':
            high = chars[at + 2]
            at += 3
            if low <= high:
                text += _set_member(low) + '-' + _set_member(high)
        else:
            text += _set_member(low)
            at += 1
    # python3 reads the set it built, not the pattern: an empty set never matches, a lone '!'
    # (a negated set left empty) matches any character.
    if not text:
        return '(?!)'
    if text == '!':
        return '.'
    if text[0] == '!':
        text = '^' + text[1:]
    elif text[0] in '^[':
        text = '\\' + text
    return '[' + text + ']'

def _closing_bracket(pat, start):
    # A ']' right after '[' or '[!' is a member of the set, not its end.
    at = start
    if pat[at:at + 1] == '!':
        at += 1
    if pat[at:at + 1] == ']':
        at += 1
    return pat.find(']', at)

def translate(pat):
    """The regular expression, as text, that matches what the shell pattern PAT matches."""
    size = len(pat)
    pieces = []
    at = 0
    while at < size:
        ch = pat[at]
        at += 1
        if ch == '*':
            if not pieces or pieces[-1] is not _STARS:
                pieces.append(_STARS)
        elif ch == '?':
            pieces.append('.')
        elif ch == '[':
            end = _closing_bracket(pat, at)
            if end < 0:
                pieces.append('\\[')
            else:
                pieces.append(_translate_set(pat[at:end]))
                at = end + 1
        else:
            pieces.append(re.escape(ch))
    # Between two stars the text is matched lazily in an atomic group, so a failed match does
    # not backtrack through every split of the name; the last star matches greedily.
    runs = [[]]
    for piece in pieces:
        if piece is _STARS:
            runs.append([])
        else:
            runs[-1].append(piece)
    body = ''.join(runs[0])
    last = len(runs) - 1
    for index in range(1, len(runs)):
        fixed = ''.join(runs[index])
        body += ('.*' + fixed) if index == last else ('(?>.*?' + fixed + ')')
    return '(?s:' + body + ')\\Z'
`;
