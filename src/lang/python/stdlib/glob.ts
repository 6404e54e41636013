// Python's glob module (Lib/glob.py, CPython 3.11), written in Python and run once by the first
// import, as textwrap is. glob/iglob walk the pattern one component at a time as _iglob does: a
// component without magic is only checked to exist, one with magic is fnmatch-filtered against
// the directory's names, `**` with recursive=True is the directory and everything below it;
// names starting with '.' are left out unless the pattern's component starts with one or
// include_hidden is given; root_dir makes the results relative to it. The order is the
// directory's (sort the list to print it). dir_fd is not supported; paths are str, not bytes.
export const GLOB_SOURCE = String.raw`import os
import re
import fnmatch

__all__ = ['glob', 'iglob', 'escape']

def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return a list of paths matching a pathname pattern."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive, include_hidden=include_hidden))

def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern."""
    if root_dir is None:
        root_dir = ''
    # _glob2 yields '' for the directory itself: a pattern that starts with '**' leaves it out.
    skip_empty = not pathname or recursive and _isrecursive(pathname[:2])
    first = True
    for path in _iglob(pathname, root_dir, recursive, False, include_hidden):
        if first and skip_empty and not path:
            first = False
            continue
        first = False
        yield path

def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        glob_in_dir = _glob2 if recursive and _isrecursive(basename) else _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)

def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if include_hidden or not _ishidden(pattern):
        names = [x for x in names if include_hidden or not _ishidden(x)]
    return fnmatch.filter(names, pattern)

def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []

def glob0(dirname, pattern):
    return _glob0(dirname, pattern, False, False)

def glob1(dirname, pattern):
    return _glob1(dirname, pattern, False, False)

def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)

def _listdir(dirname, dironly):
    try:
        names = os.listdir(dirname or '.')
    except OSError:
        return []
    if dironly:
        names = [x for x in names if os.path.isdir(os.path.join(dirname, x))]
    return names

def _rlistdir(dirname, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield _join(x, y)

def _lexists(pathname):
    return os.path.exists(pathname) or os.path.islink(pathname)

def _isdir(pathname):
    return os.path.isdir(pathname)

def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)

magic_check = re.compile('([*?[])')

def has_magic(s):
    return magic_check.search(s) is not None

def _ishidden(path):
    return path[0] == '.'

def _isrecursive(pattern):
    return pattern == '**'

def escape(pathname):
    """Escape all special characters."""
    return magic_check.sub(r'[\1]', pathname)
`;
