// Python's csv module, written in Python and run once by the first import, as textwrap is. The
// reader reads one character at a time through the states of CPython's C parser (Modules/_csv.c),
// so quotes, escapes, doubled quotes, skipinitialspace, strict mode and line ends inside quoted
// fields parse as python3 parses them, with its csv.Error texts ("new-line character seen in
// unquoted field ...", "',' expected after '\"'", "unexpected end of data", "field larger than
// field limit (N)"). The writer quotes a field when it holds the delimiter, the quotechar or a
// character of the lineterminator (3.11 does not look at '\n' and '\r' otherwise), writes a lone
// empty field as "", and writerow returns what the file's write() returned. Dialects are checked
// with the C module's TypeError texts (but not made read-only). The Python-level classes (Dialect,
// excel, excel_tab, unix_dialect, DictReader, DictWriter) are written from the library
// documentation and python3 3.11's behaviour. Left out: Sniffer.
export const CSV_SOURCE = String.raw`__all__ = ['Dialect', 'DictReader', 'DictWriter', 'Error', 'QUOTE_ALL', 'QUOTE_MINIMAL', 'QUOTE_NONE',
           'QUOTE_NONNUMERIC', 'excel', 'excel_tab', 'field_size_limit', 'get_dialect', 'list_dialects',
           'reader', 'register_dialect', 'unix_dialect', 'unregister_dialect', 'writer']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

class Error(Exception):
    __module__ = '_csv'

_dialects = {}
_csv_unset = object()
_field_limit = 131072
_ATTRIBUTES = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting', 'skipinitialspace', 'strict')

def _char(name, value, or_none):
    if value is None and or_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s' % (name, ' or None' if or_none else '', type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value

# _csv's types are named as CPython names them (repr(csv.reader(f)) is <_csv.reader object at ...>);
# csv's own Dialect, reader and writer rebind the names below.
class Dialect:
    __module__ = '_csv'

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _ATTRIBUTES:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        def given(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default
        # A quoting given as None (a Dialect class's default) is refused; only a missing one
        # defaults, to QUOTE_NONE without a quotechar.
        quoting = given('quoting', _csv_unset)
        quotechar = given('quotechar', '"')
        terminator = given('lineterminator', '\r\n')
        self._set('delimiter', _char('delimiter', given('delimiter', ','), False))
        self._set('doublequote', bool(given('doublequote', True)))
        self._set('escapechar', _char('escapechar', given('escapechar', None), True))
        if terminator is not None and not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        self._set('lineterminator', terminator)
        self._set('quotechar', _char('quotechar', quotechar, True))
        if quoting is not _csv_unset and (not isinstance(quoting, int) or isinstance(quoting, bool)):
            raise TypeError('"quoting" must be an integer')
        self._set('skipinitialspace', bool(given('skipinitialspace', False)))
        self._set('strict', bool(given('strict', False)))
        if quoting is not _csv_unset and quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if quoting is _csv_unset:
            quoting = QUOTE_NONE if quotechar is None else QUOTE_MINIMAL
        self._set('quoting', quoting)
        if quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if terminator is None:
            raise TypeError('lineterminator must be set')

    # CPython's Dialect is read-only; a __setattr__ here would make every attribute access of the
    # program look for hooks (call.ts, attributeHooksMade), so assigning to one is not refused.
    def _set(self, name, value):
        setattr(self, name, value)

def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(dialect, **fmtparams)

def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]

def get_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    return _dialects[name]

def list_dialects():
    return list(_dialects)

def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old

_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)

class reader:
    __module__ = '_csv'

    def __init__(self, csvfile, dialect, fmtparams):
        self._input = iter(csvfile)
        self.dialect = _Dialect(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def _end_line(self, c):
        self._save_field()
        self._state = _START_RECORD if c is None else _EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is None:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is None or c == '\n' or c == '\r':
                self._end_line(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char('\n' if c is None else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is None:
                return
            if c is None or c == '\n' or c == '\r':
                self._end_line(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char('\n' if c is None else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is None or c == '\n' or c == '\r':
                self._end_line(c)
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is None:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(None)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

class writer:
    __module__ = '_csv'

    def __init__(self, csvfile, dialect, fmtparams):
        if not hasattr(csvfile, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._write = csvfile.write
        self.dialect = _Dialect(dialect, **fmtparams)

    def _append(self, out, field, quoted, first):
        d = self.dialect
        if not first:
            out.append(d.delimiter)
        chars = []
        for c in field or '':
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            chars.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    chars.append(d.escapechar)
            chars.append(c)
        if quoted:
            out.append(d.quotechar)
            out.extend(chars)
            out.append(d.quotechar)
        else:
            out.extend(chars)

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        out = []
        count = 0
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not (isinstance(field, (int, float)) or hasattr(type(field), '__float__') or hasattr(type(field), '__index__'))
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                field = ''
            elif not isinstance(field, str):
                field = str(field)
            self._append(out, field, quoted, count == 0)
            count += 1
        if count == 1 and not out:
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            out = [d.quotechar, d.quotechar]
        out.append(d.lineterminator)
        return self._write(''.join(out))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)

_Dialect, _Reader, _Writer = Dialect, reader, writer

def reader(csvfile, dialect='excel', **fmtparams):
    """csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])"""
    return _Reader(csvfile, dialect, fmtparams)

def writer(fileobj, dialect='excel', **fmtparams):
    """csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])"""
    return _Writer(fileobj, dialect, fmtparams)

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
