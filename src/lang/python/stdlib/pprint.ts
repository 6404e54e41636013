// Python's pprint module, written in Python and run once by the first import: pprint, pformat, pp,
// saferepr, isreadable, isrecursive and PrettyPrinter (indent, width, depth, stream, compact,
// sort_dicts, underscore_numbers, and format() for subclasses). A value whose one-line repr does
// not fit is laid out over lines as python3 3.11 does: dicts, lists, tuples, sets and frozensets
// one item a line (or packed, with compact), long str and bytes cut into adjacent literals;
// recursion markers and depth's '...' appear as in CPython. Not here: the layouts of
// OrderedDict, defaultdict, Counter, deque, ChainMap, the User* classes, SimpleNamespace,
// mappingproxy and dataclasses (their one-line repr is printed). Written by socklab from the
// Python documentation and python3's behaviour (compared on many random nested values).
export const PPRINT_SOURCE = String.raw`import re as _re
import sys as _sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._flat(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._flat(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._flat(object, {}, None, 0)[2]


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object"""
    # pprint() with the dict items in their own order unless asked otherwise.
    return pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


class _Ordered:
    """A sort key that orders any two values: by value when they compare, else by type name and id
    (so {1: 'a', None: 2, 'b': 3} lists None, then 1, then 'b')."""

    __slots__ = ['value']

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            theirs = (str(type(other.value)), id(other.value))
            return mine < theirs


def _pair_key(pair):
    # Keys of a dict are distinct, so the key alone orders its items.
    return _Ordered(pair[0])


# Values whose repr is the whole story (and evaluates back to them).
_PLAIN = (str, bytes, bytearray, float, bool, type(None))
try:
    _PLAIN += (complex,)
except NameError:       # socklab has no complex numbers
    pass
_SCALARS = frozenset(_PLAIN)
_words = _re.compile(r'\S*\s*').findall


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        """Handle pretty printing operations onto a stream using a set of
        configured parameters.
        """
        indent, width = int(indent), int(width)
        problem = None
        if indent < 0:
            problem = 'indent must be >= 0'
        elif depth is not None and depth <= 0:
            problem = 'depth must be > 0'
        elif width == 0:
            problem = 'width must be != 0'
        if problem:
            raise ValueError(problem)
        self._width, self._indent_per_level, self._depth = width, indent, depth
        self._compact, self._sort_dicts = bool(compact), sort_dicts
        self._underscore_numbers = underscore_numbers
        self._stream = _sys.stdout if stream is None else stream

    def pprint(self, object):
        out = self._stream
        if out is not None:
            out.write(self.pformat(object) + '\n')

    def pformat(self, object):
        return self._lay(object, 0, 0, {}, 0)

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def format(self, object, context, maxlevels, level):
        """Return (text, readable, recursive) for object on one line.

        context holds the ids of the containers being formatted; maxlevels is the depth limit
        (0 or None: no limit); level is object's depth. A subclass may override it to change
        how some values print; nested values come back through it too.
        """
        return self._flat(object, context, maxlevels, level)

    # -- one line: repr with sorted dicts, depth limits and recursion markers

    def _flat(self, obj, seen, limit, level):
        kind = type(obj)
        if kind in _PLAIN:
            return repr(obj), True, False
        if issubclass(kind, int):
            text = format(obj, '_d') if self._underscore_numbers else repr(obj)
            return text, True, False
        if kind is dict:
            if not obj:
                return '{}', True, False
            pairs = list(obj.items())
            if self._sort_dicts:
                pairs.sort(key=_pair_key)
            return self._flat_many(obj, pairs, '{', '}', seen, limit, level)
        if kind is list:
            if not obj:
                return '[]', True, False
            return self._flat_many(obj, obj, '[', ']', seen, limit, level)
        if kind is tuple:
            if not obj:
                return '()', True, False
            return self._flat_many(obj, obj, '(', ',)' if len(obj) == 1 else ')', seen, limit, level)
        text = repr(obj)
        return text, bool(text) and not text.startswith('<'), False

    def _flat_many(self, obj, items, opening, closing, seen, limit, level):
        key = id(obj)
        if limit and level >= limit:
            return opening + '...' + closing, False, key in seen
        if key in seen:
            return _recursion(obj), False, True
        seen[key] = 1
        readable, recursive = True, False
        texts = []
        is_dict = opening == '{'
        # Scalars print as their repr; skipping format() for them is safe unless a subclass
        # replaced it.
        quick = type(self).format is PrettyPrinter.format
        for item in items:
            if quick and not is_dict and type(item) in _SCALARS:
                texts.append(repr(item))
                continue
            if is_dict:
                k, r1, c1 = self.format(item[0], seen, limit, level + 1)
                v, r2, c2 = self.format(item[1], seen, limit, level + 1)
                texts.append(k + ': ' + v)
                readable = readable and r1 and r2
                recursive = recursive or c1 or c2
            else:
                t, r, c = self.format(item, seen, limit, level + 1)
                texts.append(t)
                readable = readable and r
                recursive = recursive or c
        del seen[key]
        return opening + ', '.join(texts) + closing, readable and not recursive, recursive

    def _repr(self, object, context, level):
        # _flat takes back every id it adds, so context needs no copy.
        text, readable, recursive = self.format(object, context, self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    # -- several lines: the layouts return text whose lines after the first start at column col;
    # tail is the room kept free on the last line for what follows (commas, closing brackets)

    def _lay(self, obj, col, tail, seen, level):
        key = id(obj)
        if key in seen:
            self._recursive = True
            self._readable = False
            return _recursion(obj)
        text = self._repr(obj, seen, level)
        if len(text) <= self._width - col - tail:
            return text
        layout = _LAYOUTS.get(type(obj))
        if layout is None:
            return text
        seen[key] = 1
        try:
            return layout(self, obj, col, tail, seen, level + 1)
        finally:
            del seen[key]

    def _lay_dict(self, obj, col, tail, seen, level):
        step = self._indent_per_level
        opening = '{' + ' ' * (step - 1)
        if not obj:
            return opening + '}'
        pairs = list(obj.items())
        if self._sort_dicts:
            pairs.sort(key=_pair_key)
        inner = col + step
        parts = []
        for n, (k, v) in enumerate(pairs):
            ktext = self._repr(k, seen, level)
            after = tail + 1 if n == len(pairs) - 1 else 1
            parts.append(ktext + ': ' + self._lay(v, inner + len(ktext) + 2, after, seen, level))
        return opening + (',\n' + ' ' * inner).join(parts) + '}'

    def _lay_list(self, obj, col, tail, seen, level):
        return '[' + self._lay_items(obj, col, tail + 1, seen, level) + ']'

    def _lay_tuple(self, obj, col, tail, seen, level):
        closing = ',)' if len(obj) == 1 else ')'
        return '(' + self._lay_items(obj, col, tail + len(closing), seen, level) + closing

    def _lay_set(self, obj, col, tail, seen, level):
        if not obj:
            return repr(obj)
        if type(obj) is set:
            opening, closing = '{', '}'
        else:
            name = type(obj).__name__
            opening, closing = name + '({', '})'
            col += len(name) + 1
        members = sorted(obj, key=_Ordered)
        return opening + self._lay_items(members, col, tail + len(closing), seen, level) + closing

    def _lay_items(self, items, col, tail, seen, level):
        step = self._indent_per_level
        inner = col + step
        out = [' ' * (step - 1)]
        newline = ',\n' + ' ' * inner
        items = list(items)
        if not self._compact:
            last = len(items) - 1
            for n, item in enumerate(items):
                if n:
                    out.append(newline)
                out.append(self._lay(item, inner, tail if n == last else 1, seen, level))
            return ''.join(out)
        # compact: as many items on a line as fit, each counted with its ', '.
        full = self._width - inner + 1
        room = full
        started = False     # something is on the current line
        after_big = False   # the previous item took lines of its own
        last = len(items) - 1
        for n, item in enumerate(items):
            if n == last:
                full -= tail
                room -= tail
            text = self._repr(item, seen, level)
            need = len(text) + 2
            if room < need:
                room = full
                if started:
                    after_big = True
            if room >= need:
                room -= need
                if started:
                    out.append(newline if after_big else ', ')
                out.append(text)
                started, after_big = True, False
                continue
            if started:
                out.append(newline)
            out.append(self._lay(item, inner, tail if n == last else 1, seen, level))
            started, after_big = True, True
        return ''.join(out)

    def _lay_str(self, obj, col, tail, seen, level):
        if not obj:
            return repr(obj)
        top = level == 1
        if top:
            col += 1
            tail += 1
        room = self._width - col
        lines = obj.splitlines(True)
        chunks = []
        for n, line in enumerate(lines):
            final_line = n == len(lines) - 1
            whole = repr(line)
            if len(whole) <= (room - tail if final_line else room):
                chunks.append(whole)
                continue
            words = _words(line)[:-1]
            current = ''
            for m, word in enumerate(words):
                fit = room - tail if final_line and m == len(words) - 1 else room
                candidate = current + word
                if len(repr(candidate)) > fit and current:
                    chunks.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            return repr(obj)
        body = ('\n' + ' ' * col).join(chunks)
        return '(' + body + ')' if top else body

    def _lay_bytes(self, obj, col, tail, seen, level):
        if len(obj) <= 4:
            return repr(obj)
        top = level == 1
        if top:
            col += 1
            tail += 1
        room = self._width - col
        # Groups of four bytes; the room for the tail is kept from the group that starts at the
        # last multiple of four (none when the length is one).
        last_start = len(obj) // 4 * 4
        chunks = []
        current = b''
        for start in range(0, len(obj), 4):
            group = obj[start:start + 4]
            if start == last_start:
                room -= tail
            candidate = current + group
            if len(repr(candidate)) > room and current:
                chunks.append(repr(current))
                current = group
            else:
                current = candidate
        if current:
            chunks.append(repr(current))
        body = ('\n' + ' ' * col).join(chunks)
        return '(' + body + ')' if top else body

    def _lay_bytearray(self, obj, col, tail, seen, level):
        return 'bytearray(' + self._lay_bytes(bytes(obj), col + 10, tail + 1, seen, level + 1) + ')'


def _recursion(obj):
    return '<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj))


_LAYOUTS = {
    dict: PrettyPrinter._lay_dict,
    list: PrettyPrinter._lay_list,
    tuple: PrettyPrinter._lay_tuple,
    set: PrettyPrinter._lay_set,
    frozenset: PrettyPrinter._lay_set,
    str: PrettyPrinter._lay_str,
    bytes: PrettyPrinter._lay_bytes,
    bytearray: PrettyPrinter._lay_bytearray,
}
`;
