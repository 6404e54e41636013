// Python's csv module, written in Python and run once by the first import, as textwrap is. It is
// written from the library documentation (docs.python.org, "csv — CSV File Reading and Writing":
// Dialects and Formatting Parameters, Reader Objects, Writer Objects) and from python3 3.11's
// behaviour on many inputs, including its csv.Error and TypeError texts. The reader takes one line
// of the source at a time and cuts it into fields with regular-expression searches for the few
// characters that matter where it stands (line ends, the delimiter, the escapechar, the
// quotechar); a record may go on over several lines inside quotes or after an escaped line end.
// The writer builds each row's text and hands it to the file's write() in one call. _csv's
// objects keep their names (<_csv.reader object>, _csv.Error, _csv.Dialect with read-only
// attributes); csv's Dialect, excel, excel_tab, unix_dialect, DictReader and DictWriter come after
// them. Left out: Sniffer. Differs: reader() and writer() are Python functions (their repr is not
// <built-in function reader>), and _csv.Dialect(d) makes a copy of a finished dialect d where
// python3 hands back d itself (reader(f, d) and writer(f, d) do hand back d, as in python3).
export const CSV_SOURCE = String.raw`__all__ = ['Dialect', 'DictReader', 'DictWriter', 'Error', 'QUOTE_ALL', 'QUOTE_MINIMAL', 'QUOTE_NONE',
           'QUOTE_NONNUMERIC', 'excel', 'excel_tab', 'field_size_limit', 'get_dialect', 'list_dialects',
           'reader', 'register_dialect', 'unix_dialect', 'unregister_dialect', 'writer']

import re as _re

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

class Error(Exception):
    __module__ = '_csv'

_registry = {}
_limit = [131072]
_missing = object()
# The formatting parameters in the order python3 validates them (and takes them positionally
# after the dialect, as _csv.Dialect(dialect, delimiter, ...) does).
_PARAMS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
           'skipinitialspace', 'strict')
_DEFAULTS = {'delimiter': ',', 'doublequote': True, 'escapechar': None, 'lineterminator': '\r\n',
             'quotechar': '"', 'quoting': QUOTE_MINIMAL, 'skipinitialspace': False, 'strict': False}
_NEWLINE_IN_FIELD = ('new-line character seen in unquoted field - '
                     'do you need to open the file in universal-newline mode?')


def _one_char(label, value, none_ok):
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        wanted = 'string or None' if none_ok else 'string'
        raise TypeError(f'"{label}" must be {wanted}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{label}" must be a 1-character string')
    return value


def _lookup(source, name):
    # python3 reads a dialect's parameters as attributes and falls back on the default when
    # reading one fails for any reason.
    try:
        return getattr(source, name)
    except Exception:
        return _missing


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""
    __module__ = '_csv'

    def __init__(self, *args, **kwargs):
        if len(args) > len(_PARAMS) + 1:
            raise TypeError(f'Dialect() takes at most {len(_PARAMS) + 1} arguments ({len(args)} given)')
        base = args[0] if args else kwargs.pop('dialect', None)
        for name, value in zip(_PARAMS, args[1:]):
            kwargs[name] = value
        for name in kwargs:
            if name not in _DEFAULTS:
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        if isinstance(base, str):
            base = get_dialect(base)
        given = {}
        for name in _PARAMS:
            value = kwargs.get(name, _missing)
            if value is _missing and base is not None:
                value = _lookup(base, name)
            given[name] = value

        def pick(name):
            value = given[name]
            return _DEFAULTS[name] if value is _missing else value

        delimiter = _one_char('delimiter', pick('delimiter'), False)
        doublequote = bool(pick('doublequote'))
        escapechar = _one_char('escapechar', pick('escapechar'), True)
        lineterminator = pick('lineterminator')
        if lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = _one_char('quotechar', pick('quotechar'), True)
        quoting = given['quoting']
        if quoting is _missing:
            # Only a quotechar of None with no quoting given anywhere means "quote nothing".
            quoting = QUOTE_NONE if given['quotechar'] is None else QUOTE_MINIMAL
        if not isinstance(quoting, int) or isinstance(quoting, bool):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if lineterminator is None:
            raise TypeError('lineterminator must be set')
        settled = (('delimiter', delimiter), ('doublequote', doublequote), ('escapechar', escapechar),
                   ('lineterminator', lineterminator), ('quotechar', quotechar), ('quoting', quoting),
                   ('skipinitialspace', bool(pick('skipinitialspace'))), ('strict', bool(pick('strict'))))
        for name, value in settled:
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        if name in _DEFAULTS:
            raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")
        object.__setattr__(self, name, value)


# csv's own Dialect class (below) takes the name Dialect; _csv's stays reachable as _Dialect.
_Dialect = Dialect


def _dialect_of(dialect, fmtparams):
    # A finished _csv.Dialect given alone is used as it is, as python3 does.
    if isinstance(dialect, _Dialect) and not fmtparams:
        return dialect
    return _Dialect(dialect, **fmtparams)


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class.
    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"""
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _registry[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name.

    csv.unregister_dialect(name)"""
    if name not in _registry:
        raise Error('unknown dialect')
    del _registry[name]


def get_dialect(name):
    """Return the dialect instance associated with name.

    dialect = csv.get_dialect(name)"""
    found = _registry.get(name)
    if found is None:
        raise Error('unknown dialect')
    return found


def list_dialects():
    """Return a list of all known dialect names.

    names = csv.list_dialects()"""
    return list(_registry)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields.

    csv.field_size_limit([limit])

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
    for name in kwargs:
        raise TypeError(f"'{name}' is an invalid keyword argument for field_size_limit()")
    if len(args) > 1:
        raise TypeError(f'field_size_limit() takes at most 1 argument ({len(args)} given)')
    previous = _limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _limit[0] = args[0]
    return previous


def _char_class(chars):
    # A regular expression matching any one of chars (None entries ignored); None when none is left.
    wanted = ''.join(_re.escape(c) for c in chars if c is not None)
    return _re.compile('[' + wanted + ']') if wanted else None


# Where the reader stands inside a record.
_AT_FIELD = 0       # before a field's first character
_UNQUOTED = 1       # outside quotes, in a field that did not open with them or goes on after them
_QUOTED = 2         # between a field's opening quotechar and the one that closes it
_AFTER_QUOTE = 3    # just after a quotechar inside the quotes, when doublequote is on
_ENDED = 4          # a line end closed the record; only more line ends may follow on this line


class reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""
    __module__ = '_csv'

    def __init__(self, source, dialect):
        self._lines = iter(source)
        self._dialect = dialect
        self._count = 0
        self._delimiter = dialect.delimiter
        self._escape = dialect.escapechar
        # Under QUOTE_NONE the quotechar means nothing to the reader.
        self._quote = None if dialect.quoting == QUOTE_NONE else dialect.quotechar
        self._doubled = dialect.doublequote
        self._skip_spaces = dialect.skipinitialspace
        self._strict = dialect.strict
        self._numbers = dialect.quoting == QUOTE_NONNUMERIC
        self._bare_stop = _char_class(('\r', '\n', self._escape, self._delimiter))
        self._quoted_stop = _char_class((self._escape, self._quote))

    @property
    def dialect(self):
        return self._dialect

    @dialect.setter
    def dialect(self, value):
        raise AttributeError('readonly attribute')

    @property
    def line_num(self):
        return self._count

    @line_num.setter
    def line_num(self, value):
        raise AttributeError('readonly attribute')

    def __iter__(self):
        return self

    def _grown(self, text, more):
        text += more
        if len(text) > _limit[0]:
            raise Error(f'field larger than field limit ({_limit[0]})')
        return text

    def __next__(self):
        delimiter, escape, quote = self._delimiter, self._escape, self._quote
        fields = []
        text = ''
        where = _AT_FIELD
        started = False      # has this record taken anything yet
        plain = False        # the field opened with an ordinary character (QUOTE_NONNUMERIC converts it)
        held = False         # an escaped line end keeps an unquoted field open over line ends
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if not started:
                    raise
                if self._strict:
                    raise Error('unexpected end of data')
                fields.append(float(text) if plain and self._numbers else text)
                return fields
            if not isinstance(line, str):
                raise Error(f'iterator should return strings, not {type(line).__name__} '
                            '(the file should be opened in text mode)')
            self._count += 1
            size = len(line)
            at = 0
            line_end_used = False   # an escapechar at the very end took this line's end as '\n'
            while at < size:
                if where == _ENDED:
                    if line[at:].strip('\r\n'):
                        raise Error(_NEWLINE_IN_FIELD)
                    break
                if where == _AT_FIELD:
                    c = line[at]
                    if c == '\r' or c == '\n':
                        if started:
                            fields.append('')
                        where = _ENDED
                        at += 1
                        continue
                    started = True
                    if c == quote:
                        where = _QUOTED
                        at += 1
                        continue
                    if c == escape:
                        at += 1
                        where = _UNQUOTED
                    elif c == ' ' and self._skip_spaces:
                        at += 1
                        continue
                    elif c == delimiter:
                        fields.append('')
                        at += 1
                        continue
                    else:
                        plain = True
                        where = _UNQUOTED
                        continue
                elif where == _UNQUOTED:
                    found = self._bare_stop.search(line, at)
                    stop = size if found is None else found.start()
                    if stop > at:
                        text = self._grown(text, line[at:stop])
                    if found is None:
                        at = size
                        break
                    c = line[stop]
                    at = stop + 1
                    if c != '\r' and c != '\n' and c == escape:
                        pass
                    else:
                        fields.append(float(text) if plain and self._numbers else text)
                        text, plain, held = '', False, False
                        where = _ENDED if c == '\r' or c == '\n' else _AT_FIELD
                        continue
                elif where == _QUOTED:
                    found = self._quoted_stop.search(line, at)
                    stop = size if found is None else found.start()
                    if stop > at:
                        text = self._grown(text, line[at:stop])
                    if found is None:
                        at = size
                        break
                    at = stop + 1
                    if line[stop] != escape:
                        # Without doublequote a closing quotechar simply goes back to an unquoted
                        # field (python3 then takes a quotechar there as text, and no strict error).
                        where = _AFTER_QUOTE if self._doubled else _UNQUOTED
                        continue
                else:
                    # _AFTER_QUOTE
                    c = line[at]
                    at += 1
                    if c == quote:
                        # A doubled quotechar stands for one inside the quotes.
                        text = self._grown(text, c)
                        where = _QUOTED
                    elif c == delimiter:
                        fields.append(text)
                        text, where = '', _AT_FIELD
                    elif c == '\r' or c == '\n':
                        fields.append(text)
                        text, where = '', _ENDED
                    elif self._strict:
                        raise Error(f"'{delimiter}' expected after '{quote}'")
                    else:
                        text = self._grown(text, c)
                        where = _UNQUOTED
                    continue
                # An escapechar was just taken (at points past it): the next character is literal,
                # and the line's own end stands for '\n' when nothing follows.
                if at < size:
                    c = line[at]
                    at += 1
                    text = self._grown(text, c)
                    if where == _UNQUOTED:
                        held = c == '\r' or c == '\n'
                else:
                    text = self._grown(text, '\n')
                    held = False
                    line_end_used = True
            if line_end_used or where == _QUOTED or (where == _UNQUOTED and held):
                continue
            if where == _ENDED or not started:
                return fields
            fields.append(float(text) if plain and self._numbers else text)
            return fields


class writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""
    __module__ = '_csv'

    def __init__(self, fileobj, dialect):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self._dialect = dialect
        self._delimiter = dialect.delimiter
        self._quote = dialect.quotechar
        self._escape = dialect.escapechar
        self._doubled = dialect.doublequote
        self._quoting = dialect.quoting
        self._end = dialect.lineterminator
        # Characters that make a field need quotes (or, under QUOTE_NONE, escapes).
        self._special = _char_class((self._delimiter, self._quote, self._escape) + tuple(self._end))

    @property
    def dialect(self):
        return self._dialect

    @dialect.setter
    def dialect(self, value):
        raise AttributeError('readonly attribute')

    def _spelled(self, text, quoted):
        # The field's characters with quotechars doubled or escaped and, under QUOTE_NONE,
        # delimiters and line-end characters escaped; and whether it now needs quotes.
        if self._special.search(text) is None:
            return text, quoted
        quote, escape, shielded = self._quote, self._escape, self._quoting == QUOTE_NONE
        pieces = []
        for c in text:
            if c == quote and self._doubled and not shielded:
                pieces.append(c + c)
                quoted = True
            elif c == escape or c == quote or (shielded and (c == self._delimiter or c in self._end)):
                if escape is None:
                    raise Error('need to escape, but no escapechar set')
                pieces.append(escape + c)
            elif c == self._delimiter or c in self._end:
                pieces.append(c)
                quoted = True
            else:
                pieces.append(c)
        return ''.join(pieces), quoted

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        try:
            values = iter(row)
        except TypeError:
            raise Error(f'iterable expected, not {type(row).__name__}') from None
        quoting = self._quoting
        cells = []
        for value in values:
            if value is None:
                text, number = '', False
            elif isinstance(value, str):
                text, number = value, False
            else:
                text = str(value)
                kind = type(value)
                number = (isinstance(value, (int, float)) or hasattr(kind, '__float__')
                          or hasattr(kind, '__index__') or hasattr(kind, '__int__'))
            quoted = quoting == QUOTE_ALL or (quoting == QUOTE_NONNUMERIC and not number)
            text, quoted = self._spelled(text, quoted)
            cells.append(self._quote + text + self._quote if quoted else text)
        if len(cells) == 1 and cells[0] == '':
            # A lone empty field would read back as an empty row.
            if quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            cells[0] = self._quote * 2
        return self._write(self._delimiter.join(cells) + self._end)

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


_reader_type, _writer_type = reader, writer


def reader(*args, **fmtparams):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)

The "iterable" argument can be any object that returns a line
of input for each iteration, such as a file object or a list.  The
optional "dialect" parameter is discussed below.  The function
also accepts optional keyword arguments which override settings
provided by the dialect.

The returned object is an iterator.  Each iteration returns a row
of the CSV file (which can span multiple input lines).
"""
    if not args:
        raise TypeError(' expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError(f' expected at most 2 arguments, got {len(args)}')
    lines = iter(args[0])
    dialect = args[1] if len(args) > 1 else fmtparams.pop('dialect', None)
    return _reader_type(lines, _dialect_of(dialect, fmtparams))


def writer(*args, **fmtparams):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)

    [or]

    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    csv_writer.writerows(rows)

The "fileobj" argument can be any object that supports the file API.
"""
    if not args:
        raise TypeError(' expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError(f' expected at most 2 arguments, got {len(args)}')
    dialect = args[1] if len(args) > 1 else fmtparams.pop('dialect', None)
    return _writer_type(args[0], _dialect_of(dialect, fmtparams))


class Dialect:
    """Formatting parameters for reader() and writer(), as class attributes: subclass it (or
    excel) and set them. Making an instance checks them, raising csv.Error."""
    _name = ''
    _valid = False
    delimiter = None
    doublequote = None
    escapechar = None
    lineterminator = None
    quotechar = None
    quoting = None
    skipinitialspace = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        try:
            _Dialect(self)
        except TypeError as problem:
            # The checks are _csv.Dialect's; a Dialect class reports them as csv.Error.
            raise Error(str(problem))

class excel(Dialect):
    """What Excel writes for a .csv file: commas, double quotes doubled inside quoted fields,
    CRLF line ends, fields quoted only when they need it."""
    delimiter = ','
    doublequote = True
    lineterminator = '\r\n'
    quotechar = '"'
    quoting = QUOTE_MINIMAL
    skipinitialspace = False

class excel_tab(excel):
    """excel with a tab between fields."""
    delimiter = '\t'

class unix_dialect(Dialect):
    """Unix tools' usual CSV: commas, '\\n' line ends, every field quoted."""
    delimiter = ','
    doublequote = True
    lineterminator = '\n'
    quotechar = '"'
    quoting = QUOTE_ALL
    skipinitialspace = False

for _label, _kind in (('excel', excel), ('excel-tab', excel_tab), ('unix', unix_dialect)):
    register_dialect(_label, _kind)
del _label, _kind

class DictReader:
    """Reads each row as a dict from field name to value. The names are fieldnames, or the
    file's first row; a longer row keeps its extra values as a list under restkey, a shorter
    one gives restval to the names it lacks. Blank rows are skipped."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self._names = fieldnames
        self.restkey, self.restval = restkey, restval
        self.line_num = 0

    @property
    def fieldnames(self):
        if self._names is None:
            # The header row; an empty file leaves the names None.
            self._names = next(self.reader, None)
        # python3 brings line_num up to the reader's each time the names are read.
        self.line_num = self.reader.line_num
        return self._names

    @fieldnames.setter
    def fieldnames(self, value):
        self._names = value

    def __iter__(self):
        return self

    def __next__(self):
        if not self.line_num:
            # Nothing read yet: the header row comes first.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while not row:
            row = next(self.reader)
        names = self.fieldnames
        record = dict(zip(names, row))
        width = len(names)
        if len(row) > width:
            record[self.restkey] = row[width:]
        else:
            for missing in names[len(row):]:
                record[missing] = self.restval
        return record

class DictWriter:
    """Writes dicts as rows, their values in the order of fieldnames; restval stands in for a
    missing key. A key not in fieldnames raises ValueError, or is left out with
    extrasaction='ignore'."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        # Compared exactly later: python3 accepts 'RAISE' here, then ignores extra keys.
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def _values(self, rowdict):
        if self.extrasaction == 'raise':
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                shown = ', '.join([repr(key) for key in unknown])
                raise ValueError('dict contains fields not in fieldnames: ' + shown)
        fill = self.restval
        return (rowdict.get(name, fill) for name in self.fieldnames)

    def writeheader(self):
        """Writes the field names as a row; returns what the file's write() returned."""
        # zip() over fieldnames twice, as python3 pairs them: an iterator is consumed by it.
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._values(rowdict) for rowdict in rowdicts)
`;
