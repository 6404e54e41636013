# csv's reader and writer at their edges, each pinned against python3: an escapechar at a line's
# end or before a line end (the record goes on over the next lines), strict mode, a quotechar, an
# escapechar or a delimiter that are the same character, skipinitialspace with a space delimiter,
# QUOTE_NONNUMERIC's conversions and when they fail, the field size limit, NUL characters, the
# writer's quoting and escaping in every mode, what it calls write() with, the dialect checks in
# python3's order (quotechar=None alone means QUOTE_NONE), read-only attributes, and the argument
# errors of reader(), writer(), register_dialect() and field_size_limit().
import csv


def t(lines, **kw):
    r = csv.reader(lines, **kw)
    out = []
    try:
        for row in r:
            out.append(row)
        print(repr(lines), kw, '->', out, r.line_num)
    except Exception as e:
        print(repr(lines), kw, '->', out, type(e).__name__, e, r.line_num)


def w(rows, **kw):
    s = io.StringIO()
    try:
        wr = csv.writer(s, **kw)
        res = [wr.writerow(r) for r in rows]
        print(repr(rows), kw, '->', res, repr(s.getvalue()))
    except Exception as e:
        print(repr(rows), kw, '->', type(e).__name__, e, repr(s.getvalue()))


import io
t(['"open', 'ended'])
t(['"open'])
t(['"open'], strict=True)
t(['"open\n'])
t(['"open\n', 'x"'])
t(['"a\\'], escapechar='\\')
t(['"a\\'], escapechar='\\', strict=True)
t(['a\\'], escapechar='\\')
t(['a\\'], escapechar='\\', strict=True)
t(['a\\\n', 'b'], escapechar='\\')
t(['a\\\r\n', 'b'], escapechar='\\')
t(['"a\\\n', 'b"'], escapechar='\\')
t(['"a\\"b"'], escapechar='\\')
t(['a\\,b,\\"c'], escapechar='\\')
t(['\\"c"'], escapechar='\\')
t(['a"b'])
t(['a"b'], strict=True)
t(['"a""b"'], doublequote=False)
t(['"a""b"'], doublequote=False, strict=True)
t(['"a"x"b"'])
t(['"a"x"b",c'])
t(['"a" ,b'])
t(['"a" ,b'], skipinitialspace=True)
t(['"a"\\x'], escapechar='\\')
t(['"a"\\x'], escapechar='\\', strict=True)
t(['"a"\\,x'], escapechar='\\')
t(['', '\n', '\r\n', '\r', 'a'])
t(['a\n\r'])
t(['a\r\r'])
t(['a\r\n\n'])
t(['a\rb'])
t(['a\nb'])
t(['"a"\rb'])
t(['a,\r'])
t(['a,'])
t([','])
t(['""'])
t(['"",""'])
t([' '], skipinitialspace=True)
t([' a,  b, "c" , " d"'], skipinitialspace=True)
t(['a  b'], delimiter=' ', skipinitialspace=True)
t(['a  b'], delimiter=' ')
t(['\ta'], skipinitialspace=True)
t(['1,,2, 3'], quoting=csv.QUOTE_NONNUMERIC)
t(['"1"2'], quoting=csv.QUOTE_NONNUMERIC)
t(['1"2"'], quoting=csv.QUOTE_NONNUMERIC)
t(['"1",2'], quoting=csv.QUOTE_NONNUMERIC)
t([' 1'], quoting=csv.QUOTE_NONNUMERIC, skipinitialspace=True)
t(['1e3,inf,nan,-0'], quoting=csv.QUOTE_NONNUMERIC)
t(['x'], quoting=csv.QUOTE_NONNUMERIC)
t([''], quoting=csv.QUOTE_NONNUMERIC)
t([','], quoting=csv.QUOTE_NONNUMERIC)
t(['"a,b",c'], quoting=csv.QUOTE_NONE)
t(['a\0b'])
t([b'a'])
t(['a', 5])
t(['a|b|c'], delimiter='|', quotechar='|')
t(['|a|b|'], delimiter='|', quotechar='|')
t(['||a'], delimiter='|', quotechar='|')
t(['"a"b"'], escapechar='"')
t(['"a""b"'], escapechar='"')
t(['a"b,c'], escapechar='"')
t(['a\\\\b'], escapechar='\\')
t(['a\nb'], delimiter='\n')
t(['a\\'], escapechar='\\', quoting=csv.QUOTE_NONE)
t(['"a\r\nb"'])
t(['"a\rb"'])
t(['"a', '', 'b"'])
t(['"a"', 'b'])
t(['"a" '], strict=True)
t(['"a"'], strict=True)
t(['"a",'], strict=True)
t(['"a"\n'], strict=True)
t(['"a"\r\n'], strict=True)
t(['"a"\n\n'], strict=True)
t(['"a"\nx'])
t(['a\n '])
t(['a\r\n\r\n'])
t(['\n\n'])
t(['\nx'])
t(['x,"y\n'])
t(['x,"y\\'], escapechar='\\')
t(['x,\\'], escapechar='\\')
t(['x,\\'], escapechar='\\', strict=True)
t(['"a\\', 'b"'], escapechar='\\')
t(['"a\\', 'b'], escapechar='\\')
t(['"a\\', 'b'], escapechar='\\', strict=True)
t(['a\\', 'b'], escapechar='\\')
t(['a\\\nc'], escapechar='\\')
t(['a\\x', 'b'], escapechar='\\')
t(['a\\\n', ''], escapechar='\\')
t(['a\\\n', '\n'], escapechar='\\')
t(['a\\\n', ',x'], escapechar='\\')
t(['a\\\n', '"x"'], escapechar='\\')
t(['a\\\n'], escapechar='\\', strict=True)
t(['a\\\n', 'b'], escapechar='\\', strict=True)
t(['\\\n', 'b'], escapechar='\\')
t([',\\\n', 'b'], escapechar='\\')
t(['|a||b|'], delimiter='|', quotechar='|')
t(['|a||b|'], delimiter='|', quotechar='|', doublequote=False)
t(['|a|,b'], delimiter='|', quotechar='|', doublequote=False)
t([',a,b'], escapechar=',')
t(['a,b'], escapechar=',')
t(['"a,b"'], escapechar=',')
t(['"a",b'], escapechar=',')
t(['"a",b'], escapechar=',', strict=True)
t([' a'], escapechar=' ', skipinitialspace=True)
t(['a, b'], escapechar=' ', skipinitialspace=True)
t(['  a'], quotechar=' ', skipinitialspace=True)
t([' a '], quotechar=' ')
t([' a  b'], delimiter=' ', skipinitialspace=True)
t(['a,  '], skipinitialspace=True)
t(['a, \n'], skipinitialspace=True)
t(['a, "b'], skipinitialspace=True)
t(['a,  \\ b'], skipinitialspace=True, escapechar='\\')
t([' ,1'], skipinitialspace=True, quoting=csv.QUOTE_NONNUMERIC)
t(['\\1,2'], escapechar='\\', quoting=csv.QUOTE_NONNUMERIC)
t(['x,"a"b'], strict=True, quoting=csv.QUOTE_NONNUMERIC)
t(['x,a\rb'], quoting=csv.QUOTE_NONNUMERIC)
t(['1,x\n'], quoting=csv.QUOTE_NONNUMERIC)
t([' 1 ,2'], quoting=csv.QUOTE_NONNUMERIC)
t(['1_0,0x1'], quoting=csv.QUOTE_NONNUMERIC)
t(['"a"'], quoting=csv.QUOTE_NONE)
t(['a\\"b'], quoting=csv.QUOTE_NONE, escapechar='\\')
t(['\r\n', 'a'], quoting=csv.QUOTE_NONE)
t(['a,b\r', 'c'])
t(['"a"b"c"'])
t(['"a"""'])
t(['""""'])
t(['"""'])
t(['"'])
t(['"', ''])
t(['"'], strict=True)
t(['a,"'])
t(['"a" b', 'c'])
t(['x' * 5], quoting=csv.QUOTE_ALL)
t(['a\x00'])
E=dict(escapechar='\\')
t(['a\\\n', 'b', 'c'], **E)
t(['a\\\n', '', 'c'], **E)
t(['a\\\n', 'b\n', 'c'], **E)
t(['a\\', 'b', 'c'], **E)
t(['a\\', '', 'c'], **E)
t(['a\\\n', 'b,c', 'd'], **E)
t(['a\\\n', 'b"', 'd'], **E)
t(['a\\\n', 'b\\\n', 'd', 'e'], **E)
t(['a\\\nb', 'c'], **E)
t(['a\\\nb\\\n', 'c', 'd'], **E)
t(['a\\\r', 'b', 'c'], **E)
t(['a\\\n\n', 'b', 'c'], **E)
t(['a\\\n\\', 'b', 'c'], **E)
t(['\\\n', 'b', 'c'], **E)
t(['a,\\\n', 'b', 'c'], **E)
t(['"a"\\\n', 'b', 'c'], **E)
t(['"a\\\n', 'b', 'c"'], **E)
t(['a\\\nb', 'c'], strict=True, **E)
t(['a\\x', 'c'], strict=True, **E)
E=dict(escapechar='\\')
t(['a\\\n', 'b\\x', 'c'], **E)
t(['a\\\n', '"b', 'c'], **E)
t(['"a"b\\\n', 'c', 'd'], **E)
t(['a\\\n', 'b'], quoting=csv.QUOTE_NONNUMERIC, **E)
t(['1\\\n', '2'], quoting=csv.QUOTE_NONNUMERIC, **E)
w([['a', 'b,c', 'd"e', 'f\ng', 'h\ri', ' j', 'k ', '', None, 1, 2.5, True, 1e20, -0.0, 10**20, 'x\ty']])
w([['a\nb'], ['a\rb']], lineterminator='\n')
w([['a\nb'], ['a\rb'], ['x|y'], ['zab']], lineterminator='|')
w([['a\nb'], ['zab'], ['a'], ['b']], lineterminator='ab')
w([['a\rb'], ['a\nb']], lineterminator='\r')
w([[''], [None], [], ['', ''], ['', None]])
w([[''], [None]], quoting=csv.QUOTE_NONE)
w([[''], ['', '']], quoting=csv.QUOTE_ALL)
w([['a', 1, 2.5, True, None, '', '1']], quoting=csv.QUOTE_NONNUMERIC)
w([['a', 1, 2.5, True, None, '', '1']], quoting=csv.QUOTE_ALL)
w([['a"b']], doublequote=False)
w([['a"b']], doublequote=False, escapechar='\\')
w([['a\\b'], ['a\\"b'], ['a\\,b']], escapechar='\\')
w([['a\\b'], ['a\\"b'], ['a\\,b'], ['a"b']], escapechar='\\', doublequote=False)
w([['a\\b'], ['a\\"b'], ['a\\,b'], ['a\nb'], ['a"b'], ['a\rb']], escapechar='\\', quoting=csv.QUOTE_NONE)
w([['a,b']], quoting=csv.QUOTE_NONE)
w([['a"b']], quoting=csv.QUOTE_NONE)
w([['a\nb']], quoting=csv.QUOTE_NONE)
w([['a\nb']], quoting=csv.QUOTE_NONE, lineterminator='\n')
w([['a"b']], quoting=csv.QUOTE_NONE, quotechar=None)
w([['a"b', 'c,d']], quotechar=None)
w([['a"b']], quotechar="'")
w([["a'b"]], quotechar="'")
w([['a"b']], escapechar='"')
w([['a"b']], escapechar='"', doublequote=False)
w([['a"b']], escapechar='"', quoting=csv.QUOTE_NONE)
w([['a,b']], escapechar=',', quoting=csv.QUOTE_NONE)
w([['a b']], delimiter=' ')
w([['a|b']], delimiter='|', quotechar='|')
w([['a\\b']], escapechar='\\', quoting=csv.QUOTE_ALL)
w([['a', 'b']], lineterminator='')
w([['a\x00b']])
w([[b'x', (1, 2), [3]]])
w([['é', '日本']])
w([5])
w(['abc'])
w([iter(['x', 'y'])])
w([{'a': 1}])
w([[float('nan'), float('inf'), 1/3]])
class S:
    def __str__(self): return 'S,s'
w([[S()]])
w([['', 'x']], quoting=csv.QUOTE_NONE)
w([['', '']], quoting=csv.QUOTE_NONE)
w([[' ']], quoting=csv.QUOTE_NONE)
for bad in [5, None, object()]:
    try: csv.writer(bad)
    except Exception as e: print(type(e).__name__, e)
class F:
    def write(self, s): print('write', repr(s)); return 'ret'
wr = csv.writer(F()); print(wr.writerow(['a', 'b'])); print(wr.writerows([['c'], ['d']]))
try: wr.writerows(5)
except Exception as e: print(type(e).__name__, e)
try: wr.writerows([5])
except Exception as e: print(type(e).__name__, e)
class Failing:
    # An iterable whose second item raises.
    def __init__(self):
        self.items = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.items += 1
        if self.items > 1:
            raise ValueError('boom')
        return 'a'
try: wr.writerow(gen())
except Exception as e: print(type(e).__name__, e)
class G:
    def __str__(self): raise KeyError('k')
try: wr.writerow([G()])
except Exception as e: print(type(e).__name__, e)
print(wr.dialect.delimiter)
w([['a,b'], ['x']], escapechar=',')
w([['a,b']], escapechar=',', quoting=csv.QUOTE_ALL)
w([['a\rb', 'c\nd']], quoting=csv.QUOTE_NONE, lineterminator='\n', escapechar='\\')
w([['a\rb']], quoting=csv.QUOTE_NONE, lineterminator='\n')
w([['a|b']], escapechar='|', delimiter='|', quotechar='|')
w([['a|b']], escapechar='|', delimiter='|', quotechar='|', doublequote=False)
w([['a|b']], delimiter='|', quotechar='|', doublequote=False)
w([['a|b']], delimiter='|', quotechar='|', doublequote=False, escapechar='\\')
w([['a"b,c']], doublequote=False, escapechar='\\')
w([['a"b,c']], doublequote=False, escapechar='\\', quoting=csv.QUOTE_ALL)
w([['ab']], lineterminator='ab', escapechar='a', quoting=csv.QUOTE_NONE)
w([['a']], quotechar='a', quoting=csv.QUOTE_NONE, escapechar='\\')
w([['1', 2]], quoting=csv.QUOTE_NONNUMERIC, delimiter='2')
w([[1.5]], quoting=csv.QUOTE_NONE, delimiter='.')
w([[1.5]], quoting=csv.QUOTE_NONNUMERIC, delimiter='.')
t([' ,'], escapechar=' ', skipinitialspace=True)
t([' a b'], quotechar=' ', skipinitialspace=True)
t(['\\ a'], escapechar='\\', skipinitialspace=True)
t(['\n'], delimiter='\n')
t(['a,\n'], quotechar='\n')
t(['"a\n'], escapechar='\n')
t(['a\n'], escapechar='\n')
t(['"a"\n'], delimiter='\n')
t(['|a|'], quotechar='|', escapechar='|')
t([' "a"'], skipinitialspace=True, quotechar=' ')
t(['x'*9], quoting=csv.QUOTE_NONNUMERIC)
csv.field_size_limit(3)
t(['abcd'])
t(['abc,1234'])
t(['abc'])
t(['"abcd"'])
t(['ab\\'], escapechar='\\')
t(['abc\\'], escapechar='\\')
t(['abc\\\n', 'x'], escapechar='\\')
t(['"ab"cd'])
t(['"abc', 'd"'])
t(['"ab', 'd"'])
t(['ab"c"'])
t(['   abcd'], skipinitialspace=True)
t(['"abc""d"'])
t(['x,abcd'], quoting=csv.QUOTE_NONNUMERIC)
t(['abcd,x'], quoting=csv.QUOTE_NONNUMERIC)
csv.field_size_limit(0)
t([''])
t(['a'])
t([','])
t(['""'])
csv.field_size_limit(131072)

# The writer: what write() is given and returns, and the errors of rows that are not iterables.
class S:
    def __str__(self):
        return 'S,s'


w([[S()]])


class F:
    def write(self, s):
        print('write', repr(s))
        return 'ret'


wr = csv.writer(F())
print(wr.writerow(['a', 'b']), wr.writerows([['c'], ['d']]), wr.dialect.delimiter)
for rows in [5, [5]]:
    try:
        wr.writerows(rows)
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)


class Failing:
    # An iterable whose second item raises.
    def __init__(self):
        self.items = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.items += 1
        if self.items > 1:
            raise ValueError('boom')
        return 'a'


class G:
    def __str__(self):
        raise KeyError('k')


for row in [Failing(), [G()]]:
    try:
        wr.writerow(row)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [5, None, object()]:
    try:
        csv.writer(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# The dialect checks, and the attributes they settle.
NAMES = ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace', 'strict', 'quoting', 'lineterminator')


def d(*args, **kw):
    try:
        dialect = csv.reader([], *args, **kw).dialect
        print(args, kw, '->', [getattr(dialect, name) for name in NAMES])
    except Exception as e:
        print(args, kw, type(e).__name__, e)


for kw in [{}, {'quotechar': None}, {'quotechar': None, 'quoting': 0}, {'quotechar': None, 'quoting': 1},
           {'quotechar': None, 'quoting': 3}, {'quoting': 3}, {'delimiter': None}, {'delimiter': ''},
           {'delimiter': 'ab'}, {'delimiter': 5}, {'delimiter': b','}, {'quotechar': ''}, {'quotechar': 'ab'},
           {'quotechar': 5}, {'escapechar': ''}, {'escapechar': 5}, {'escapechar': 'ab'}, {'lineterminator': None},
           {'lineterminator': ''}, {'lineterminator': 5}, {'quoting': 9}, {'quoting': -1}, {'quoting': 'a'},
           {'quoting': None}, {'quoting': 1.0}, {'quoting': True}, {'doublequote': 0}, {'doublequote': ''},
           {'doublequote': [1]}, {'strict': None}, {'skipinitialspace': 2}, {'delimiter': '"'},
           {'quotechar': ','}, {'delimiter': '\n'}, {'escapechar': ','}, {'escapechar': '"'}, {'bogus': 1},
           {'delimiter': '\t', 'quotechar': "'", 'escapechar': '\\', 'doublequote': False,
            'skipinitialspace': True, 'strict': True, 'quoting': 3, 'lineterminator': 'x'},
           {'quotechar': None, 'quoting': 0, 'lineterminator': None}, {'quoting': 9, 'quotechar': None},
           {'quoting': 9, 'lineterminator': None}, {'lineterminator': None, 'delimiter': 'ab'},
           {'quoting': 0, 'quotechar': None, 'delimiter': 5}]:
    d(**kw)
bad = {'delimiter': 5, 'escapechar': 5, 'lineterminator': 5, 'quotechar': 5, 'quoting': 'x'}
for a in bad:
    for b in bad:
        if a != b:
            d(**{a: bad[a], b: bad[b]})


class OnlyDelimiter:
    delimiter = ';'


class Empty:
    pass


class Semi(csv.excel):
    delimiter = ';'


class NoQuote(csv.excel):
    quotechar = None


class WrongType:
    delimiter = 5


class Broken:
    @property
    def delimiter(self):
        raise KeyError('x')


d(OnlyDelimiter)
d(Empty)
d(Semi, quotechar="'")
d(Semi)
d('excel-tab')
d('excel', quotechar=None)
d(NoQuote)
d(NoQuote, quoting=0)
d(NoQuote, quoting=3)
d(WrongType)
d(Broken)
d(Broken())
d('nope')
d(5)
d(dialect='unix')
for call in [lambda: csv.reader(5), lambda: csv.reader(), lambda: csv.writer(),
             lambda: csv.writer(io.StringIO(), 'excel', 'x'), lambda: csv.reader([], 'excel', 'x')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
dialect = csv.get_dialect('excel')
print(type(dialect), type(dialect).__module__)
try:
    dialect.delimiter = ';'
except AttributeError as e:
    print('AttributeError', e)
r = csv.reader(['a'])
print(type(r), type(r.dialect), type(csv.writer(io.StringIO())), r.line_num, next(r), r.line_num, iter(r) is r)
for name in ['line_num', 'dialect']:
    try:
        setattr(r, name, 5)
    except AttributeError as e:
        print('AttributeError', e)
mine = csv.reader([], delimiter=';').dialect
print(csv.reader([], mine).dialect is mine, csv.reader([], mine, quotechar="'").dialect is mine)
try:
    csv.Dialect()
except csv.Error as e:
    print('Error', e)
for args, kw in [(('x',), {'delimiter': 5}), ((5,), {}), (('y', 'excel'), {'delimiter': ';'}), (('z',), {})]:
    try:
        csv.register_dialect(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
print(csv.list_dialects(), csv.get_dialect('y').delimiter, csv.get_dialect('z').delimiter)
for name in ['zz', 5]:
    for call in [csv.unregister_dialect, csv.get_dialect]:
        try:
            call(name)
        except csv.Error as e:
            print('Error', e)
csv.unregister_dialect('y')
print(csv.list_dialects(), csv.field_size_limit())
for args in [(5, 6), ('a',), (None,), (2.5,)]:
    try:
        print(csv.field_size_limit(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    csv.field_size_limit(limit=4)
except TypeError as e:
    print('TypeError', e)
print(csv.field_size_limit(131072), csv.field_size_limit(), repr(csv.Error('x')), csv.Error.__mro__)
for line in ['"a""b,c"', '"a""', '"a"""b']:
    t([line], doublequote=False, strict=True)
# Without doublequote a closing quotechar goes back to an unquoted field.
for line in ['"a"x', '"a"\\x', '"a"\\', '"a"\nb', '"a"\n']:
    t([line], doublequote=False, strict=True, escapechar='\\')
t(['"a"\n'], doublequote=False, delimiter='\n')
t(['"1"', '"1"2'], doublequote=False, quoting=csv.QUOTE_NONNUMERIC)
for lines in [['"a"\n'], ['"a\r', '"\n'], ['"a', '"\nb'], ['"a"\n\r', 'b'], ['a\n', 'b'], ['"a', '"\r', 'b']]:
    t(lines, delimiter=lines[-1][-1] if lines[-1][-1] in '\r\n' else '\n')
for lines in [['"a', '" '], ['"a', '",'], ['"a', '"x'], ['"a\n', '"x'], ['"', '"x']]:
    t(lines)
    t(lines, strict=True)
