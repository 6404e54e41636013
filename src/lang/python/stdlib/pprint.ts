// Python's pprint (Lib/pprint.py, CPython 3.11), written in Python and run by the first import,
// as heapq is: pprint/pformat/pp/saferepr and PrettyPrinter(indent, width, depth, stream,
// compact, sort_dicts). _format, _format_items, _format_dict_items and the dict/list/tuple/set/
// str printers are CPython's, so lines break where CPython breaks them; the one-line reprs sort
// dict keys at every level (its _safe_repr). Exact builtin types are dispatched, as CPython's
// table of type.__repr__ does (a subclass with its own repr prints that). Not here: recursion
// markers, depth's '...' in nested reprs, underscore_numbers, OrderedDict/defaultdict/Counter layouts.
// Provenance: much of the Python source below is CPython 3.11's own Lib/pprint.py, kept line for line
// where the behaviour depends on it (Python Software Foundation License Version 2;
// Copyright (c) 2001-2023 Python Software Foundation; all rights reserved).
export const PPRINT_SOURCE = String.raw`import re
import sys

def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts)
    printer.pprint(object)

def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts).pformat(object)

def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object"""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)

def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._repr(object, {}, 0)

def isreadable(object):
    return True

def isrecursive(object):
    return False

def _sorted_items(items):
    try:
        return sorted(items)
    except TypeError:
        return sorted(items, key=lambda kv: (str(type(kv[0])), repr(kv[0])))

def _sorted(values):
    try:
        return sorted(values)
    except TypeError:
        return sorted(values, key=lambda v: (str(type(v)), repr(v)))

class _Stream(object):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return ''.join(self.parts)

class PrettyPrinter(object):
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts

    def pprint(self, object):
        stream = self._stream if self._stream is not None else sys.stdout
        if stream is not None:
            out = _Stream()
            self._format(object, out, 0, 0, {}, 0)
            stream.write(out.getvalue())
            stream.write("\n")

    def pformat(self, object):
        sio = _Stream()
        self._format(object, sio, 0, 0, {}, 0)
        return sio.getvalue()

    def isrecursive(self, object):
        return False

    def isreadable(self, object):
        return True

    def _format(self, object, stream, indent, allowance, context, level):
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            t = type(object)
            if t is dict:
                self._pprint_dict(object, stream, indent, allowance, context, level + 1)
                return
            if t is list:
                self._pprint_list(object, stream, indent, allowance, context, level + 1)
                return
            if t is tuple:
                self._pprint_tuple(object, stream, indent, allowance, context, level + 1)
                return
            if t is set or t is frozenset:
                self._pprint_set(object, stream, indent, allowance, context, level + 1)
                return
            if t is str:
                self._pprint_str(object, stream, indent, allowance, context, level + 1)
                return
        stream.write(rep)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write('{')
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        length = len(object)
        if length:
            if self._sort_dicts:
                items = _sorted_items(object.items())
            else:
                items = list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write('}')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write('{')
            endchar = '}'
        else:
            stream.write('frozenset({')
            endchar = '})'
            indent += len('frozenset') + 1
        object = _sorted(object)
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
            else:
                parts = re.findall(r'\S*\s*', line)
                parts.pop()
                max_width2 = max_width
                current = ''
                for j, part in enumerate(parts):
                    candidate = current + part
                    if j == len(parts) - 1 and i == len(lines) - 1:
                        max_width2 -= allowance
                    if len(repr(candidate)) > max_width2:
                        if current:
                            chunks.append(repr(current))
                        current = part
                    else:
                        current = candidate
                if current:
                    chunks.append(repr(current))
        if len(chunks) == 1:
            write(rep)
            return
        if level == 1:
            write('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                write('\n' + ' ' * indent)
            write(rep)
        if level == 1:
            write(')')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            write(rep)
            write(': ')
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                write(delimnl)

    def _format_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        items = list(items)
        if not items:
            return
        last_index = len(items) - 1
        for i, ent in enumerate(items):
            last = i == last_index
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    write(delim)
                    delim = ', '
                    write(rep)
                    continue
            write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        t = type(object)
        if t is dict:
            if not object:
                return '{}'
            items = _sorted_items(object.items()) if self._sort_dicts else object.items()
            return '{' + ', '.join('%s: %s' % (self._repr(k, context, level), self._repr(v, context, level)) for k, v in items) + '}'
        if t is list:
            return '[' + ', '.join(self._repr(x, context, level) for x in object) + ']'
        if t is tuple:
            if len(object) == 1:
                return '(' + self._repr(object[0], context, level) + ',)'
            return '(' + ', '.join(self._repr(x, context, level) for x in object) + ')'
        return repr(object)
`;
