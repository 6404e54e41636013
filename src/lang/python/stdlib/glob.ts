// Python's glob module: the paths that match a shell pattern, written in Python and run once by
// the first import, as textwrap is. It is written from the library documentation and python3
// 3.11's behaviour: each component of the pattern is expanded in the directories the components
// before it matched; a component without wildcards is only checked to exist (a broken symlink
// does), one with wildcards is fnmatch-filtered against the directory's names, and `**` with
// recursive=True is the directory itself and everything below it (symlinked directories are
// followed). Names starting with '.' are left out unless the component starts with one or
// include_hidden is given; root_dir makes the results relative to it. The order is the
// directory's (sort the list to print it). Left out: dir_fd (accepted, not used) and bytes
// patterns (socklab's os works on str paths).
export const GLOB_SOURCE = String.raw`import os
import re
import fnmatch

__all__ = ['glob', 'iglob', 'escape']

magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')

def has_magic(s):
    checker = magic_check_bytes if isinstance(s, bytes) else magic_check
    return checker.search(s) is not None

def escape(pathname):
    """The pattern that matches pathname literally."""
    # Each wildcard character becomes a set holding only itself: '*' -> '[*]'.
    checker = magic_check_bytes if isinstance(pathname, bytes) else magic_check
    return checker.sub(b'[\\1]' if isinstance(pathname, bytes) else '[\\1]', pathname)

def _joined(head, tail):
    # os.path.join, except that an empty side leaves the other as it is ('a' + '' is 'a').
    if head and tail:
        return os.path.join(head, tail)
    return head or tail

def _hidden(name):
    return name[:1] == '.'

class _Search:
    """One call's walk: where relative paths start, and which names it may yield."""

    def __init__(self, root_dir, recursive, include_hidden):
        self.root_dir = root_dir
        self.recursive = recursive
        self.include_hidden = include_hidden

    def on_disk(self, path):
        # The path the file system is asked about; results stay relative to root_dir.
        if self.root_dir is None:
            return path
        return _joined(self.root_dir, path)

    def present(self, path):
        real = self.on_disk(path)
        return os.path.exists(real) or os.path.islink(real)

    def is_directory(self, path):
        return os.path.isdir(self.on_disk(path) or '.')

    def names_in(self, directory, dirs_only):
        try:
            names = os.listdir(self.on_disk(directory) or '.')
        except OSError:
            return []
        if dirs_only:
            names = [name for name in names if self.is_directory(_joined(directory, name))]
        return names

    def expand(self, pattern, dirs_only):
        head, tail = os.path.split(pattern)
        if not has_magic(pattern):
            # A pattern ending in a separator names a directory.
            if (self.present(pattern) if tail else self.is_directory(head)):
                yield pattern
            return
        if not head:
            yield from self.component(head, tail, dirs_only)
            return
        parents = self.expand(head, True) if has_magic(head) else [head]
        for parent in parents:
            for name in self.component(parent, tail, dirs_only):
                yield os.path.join(parent, name)

    def component(self, directory, part, dirs_only):
        """The names in directory (paths below it, for '**') that the one component part matches."""
        if self.recursive and part == '**':
            yield ''
            yield from self.below(directory, dirs_only)
        elif has_magic(part):
            names = self.names_in(directory, dirs_only)
            if not (self.include_hidden or _hidden(part)):
                names = [name for name in names if not _hidden(name)]
            yield from fnmatch.filter(names, part)
        else:
            yield from self.literal(directory, part)

    def literal(self, directory, part):
        # An empty component (the pattern ended in a separator) asks for the directory itself.
        if (self.present(_joined(directory, part)) if part else self.is_directory(directory)):
            yield part

    def below(self, directory, dirs_only):
        # Depth first: a directory's entry comes before what is inside it.
        for name in self.names_in(directory, dirs_only):
            if _hidden(name) and not self.include_hidden:
                continue
            yield name
            inner = _joined(directory, name)
            if dirs_only or self.is_directory(inner):
                for rest in self.below(inner, dirs_only):
                    yield os.path.join(name, rest)

def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching the shell pattern pathname, one at a time (see glob)."""
    pathname[:2]
    search = _Search(root_dir, recursive, include_hidden)
    # The empty path a leading '**' stands for (the start directory) is not a result.
    return (path for path in search.expand(pathname, False) if path)

def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching the shell pattern pathname: '*', '?' and '[seq]' as in
    fnmatch, except that they match a name starting with '.' only when the pattern's component
    starts with one too, or include_hidden is true; with recursive=True a component '**' matches
    every file and directory at any depth, including none."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive, include_hidden=include_hidden))

def glob0(dirname, pattern):
    return list(_Search(None, False, False).literal(dirname, pattern))

def glob1(dirname, pattern):
    return list(_Search(None, False, False).component(dirname, pattern, False))
`;
