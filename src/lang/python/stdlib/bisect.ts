// Python's bisect module, written in Python and run once by the first import. Each function halves
// the window [lo, hi) of a sorted sequence until one position is left, probing the middle item
// (lo + hi) // 2 and comparing with `<` only: `item < x` for the left edge, `x < item` for the
// right one, so a class that defines only __lt__ works and a program that logs its comparisons or
// key calls sees what python3 shows. key= is applied to the probed items and never to x, except
// that insort_* looks up key(x) once before searching. lo and hi are taken as integers (__index__),
// hi=None means len(a), and a negative lo is python3's ValueError.
// Written from the library documentation and python3 3.11's observed behaviour; the C accelerator's
// argument messages are reproduced, nothing is left out.
export const BISECT_SOURCE = String.raw`def _as_start(value):
    if type(value) is int:
        return value
    if isinstance(value, int):
        return int(value)
    convert = getattr(type(value), '__index__', None)
    if convert is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return convert(value)

def _as_end(value, a):
    if value is None:
        return len(a)
    if type(value) is int:
        return value
    try:
        return _as_start(value)
    except TypeError:
        raise TypeError(f"argument should be integer or None, not '{type(value).__name__}'") from None

# The search functions take plain non-negative ints straight ('lo is 0' first: the usual call, and
# exact, as 0.0 and False are not 0); anything else is converted or refused here as the C module does.
def _window(a, lo, hi):
    lo = _as_start(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    return lo, _as_end(hi, a)

def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Leftmost index at which x can be inserted into the sorted a[lo:hi] (before equal items)."""
    if hi is None:
        if lo is 0 or lo.__class__ is int and lo > 0:
            hi = len(a)
        else:
            lo, hi = _window(a, lo, hi)
    elif lo.__class__ is not int or lo < 0 or hi.__class__ is not int:
        lo, hi = _window(a, lo, hi)
    if key is None:
        while lo < hi:
            probe = (lo + hi) // 2
            if a[probe] < x:
                lo = probe + 1
            else:
                hi = probe
        return lo
    while lo < hi:
        probe = (lo + hi) // 2
        if key(a[probe]) < x:
            lo = probe + 1
        else:
            hi = probe
    return lo

def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Rightmost index at which x can be inserted into the sorted a[lo:hi] (after equal items)."""
    if hi is None:
        if lo is 0 or lo.__class__ is int and lo > 0:
            hi = len(a)
        else:
            lo, hi = _window(a, lo, hi)
    elif lo.__class__ is not int or lo < 0 or hi.__class__ is not int:
        lo, hi = _window(a, lo, hi)
    if key is None:
        while lo < hi:
            probe = (lo + hi) // 2
            if x < a[probe]:
                hi = probe
            else:
                lo = probe + 1
        return lo
    while lo < hi:
        probe = (lo + hi) // 2
        if x < key(a[probe]):
            hi = probe
        else:
            lo = probe + 1
    return lo

def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, before any items equal to it."""
    if key is None:
        a.insert(bisect_left(a, x, lo, hi), x)
    else:
        a.insert(bisect_left(a, key(x), lo, hi, key=key), x)

def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, after any items equal to it."""
    if key is None:
        a.insert(bisect_right(a, x, lo, hi), x)
    else:
        a.insert(bisect_right(a, key(x), lo, hi, key=key), x)

bisect = bisect_right
insort = insort_right
`;
