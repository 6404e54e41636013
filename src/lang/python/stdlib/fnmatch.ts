// Python's fnmatch module (Lib/fnmatch.py, CPython 3.11), written in Python and run once by the
// first import, as textwrap is. translate() builds the same regular expression as CPython's
// (`(?s:.*\.py)\Z`, an atomic group `(?>.*?b)` between two stars, `[!x]` as `[^x]`, a range
// written backwards dropped, an unclosed `[` taken literally), so printing it agrees;
// fnmatch/fnmatchcase/filter match with it (names are not case-folded: os.path.normcase is the
// identity on Linux).
export const FNMATCH_SOURCE = String.raw`import re
import functools

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN."""
    return fnmatchcase(name, pat)

@functools.lru_cache(maxsize=256)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        return re.compile(translate(pat.decode('latin-1')).encode('latin-1')).match
    return re.compile(translate(pat)).match

def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    match = _compile_pattern(pat)
    return [name for name in names if match(name)]

def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    match = _compile_pattern(pat)
    return match(name) is not None

_STAR = object()

def _set(pat, i, j):
    stuff = pat[i:j]
    if '-' not in stuff:
        stuff = stuff.replace('\\', r'\\')
    else:
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        # Remove empty ranges: a range written backwards matches nothing.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)
    stuff = re.sub(r'([&~|])', r'\\\1', stuff)
    if not stuff:
        return '(?!)'
    if stuff == '!':
        return '.'
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    return '[' + stuff + ']'

def translate(pat):
    """Translate a shell PATTERN to a regular expression."""
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i = i + 1
        if c == '*':
            if not res or res[-1] is not _STAR:
                res.append(_STAR)
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j = j + 1
            if j < n and pat[j] == ']':
                j = j + 1
            while j < n and pat[j] != ']':
                j = j + 1
            if j >= n:
                res.append('\\[')
            else:
                res.append(_set(pat, i, j))
                i = j + 1
        else:
            res.append(re.escape(c))
    # Between two stars, the fixed part is matched by an atomic group: no backtracking into it.
    out = []
    i, n = 0, len(res)
    while i < n and res[i] is not _STAR:
        out.append(res[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and res[i] is not _STAR:
            fixed.append(res[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return r'(?s:' + ''.join(out) + r')\Z'
`;
