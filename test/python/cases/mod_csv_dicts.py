# csv's Python-level classes beyond mod_csv: the attributes of Dialect, excel, excel_tab and
# unix_dialect, a Dialect subclass validated (csv.Error with _csv's texts), registered dialects,
# DictReader (header row, fieldnames given or set, restkey/restval, blank rows skipped, line_num,
# an empty file) and DictWriter (writeheader, restval, extrasaction 'raise'/'ignore' and its
# ValueErrors, fieldnames as a tuple or an iterator, dialect options).
import csv, io

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

for d in (csv.excel, csv.excel_tab, csv.unix_dialect, csv.Dialect):
    print(d.__name__, [(a, getattr(d, a)) for a in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace', 'lineterminator', 'quoting')], d._name, d._valid)
e = csv.excel()
print(e._valid, e.delimiter, isinstance(e, csv.Dialect), issubclass(csv.excel_tab, csv.excel), issubclass(csv.unix_dialect, csv.excel))
attempt('Dialect()', lambda: csv.Dialect()._valid)
print(sorted(csv.list_dialects()))
for name in ('excel', 'excel-tab', 'unix'):
    g = csv.get_dialect(name)
    print(name, repr(g.delimiter), repr(g.lineterminator), g.quoting, g.doublequote, g.strict)
class Semi(csv.excel):
    delimiter = ';'
    quoting = csv.QUOTE_NONNUMERIC
s = Semi(); print(s._valid, s.delimiter)
out = io.StringIO(); w = csv.writer(out, Semi); w.writerow(['a', 1, 2.5, None]); w.writerow(['x;y', 'q"z']); print(repr(out.getvalue()))
out = io.StringIO(); w = csv.writer(out, dialect=Semi()); w.writerow(['a', 1]); print(repr(out.getvalue()))
class Bad(csv.Dialect):
    delimiter = ','
attempt('Bad', lambda: Bad())
class Bad2(csv.excel):
    delimiter = ''
attempt('Bad2', lambda: Bad2())
class Bad3(csv.excel):
    quoting = 9
attempt('Bad3', lambda: Bad3())
class Bad4(csv.excel):
    quotechar = None
attempt('Bad4', lambda: Bad4())
class Bad5(csv.excel):
    lineterminator = 5
attempt('Bad5', lambda: Bad5())
class Bad6(csv.excel):
    delimiter = 1
attempt('Bad6', lambda: Bad6())
attempt('Bad writer', lambda: csv.writer(io.StringIO(), Bad))
print(issubclass(csv.Error, Exception), csv.Error.__module__)
csv.register_dialect('pipes', Semi, delimiter='|')
print(csv.get_dialect('pipes').delimiter, csv.get_dialect('pipes').quoting)
csv.unregister_dialect('pipes')
attempt('unknown', lambda: csv.get_dialect('pipes'))

text = 'name,port,proto\nweb,80,tcp\n\ndns,53\nntp,123,udp,extra,more\n'
r = csv.DictReader(io.StringIO(text))
print(r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(io.StringIO(text), restkey='rest', restval='?')
print(list(r))
r = csv.DictReader(io.StringIO('1,2\n3,4\n'), fieldnames=['a', 'b'])
print(r.line_num, list(r), r.line_num, r.fieldnames)
r = csv.DictReader(io.StringIO(''))
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO('a;b\n1;2\n'), delimiter=';')
print(list(r), r.dialect, r.restkey, r.restval)
r = csv.DictReader(['a,b', '1,2'])
print(next(r), iter(r) is r)
attempt('next end', lambda: next(r))
r = csv.DictReader(io.StringIO('a,b\n1,2\n'))
r.fieldnames = ['x', 'y']
print(list(r))
r = csv.DictReader(io.StringIO('a,a\n1,2\n'))
print(list(r))
r = csv.DictReader(io.StringIO('a,b\n1,2\n'), 'xy')
print(list(r))
r = csv.DictReader(io.StringIO('h1\tdata\n1\t2\n'), dialect='excel-tab')
print(list(r))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['name', 'port'])
print(w.writeheader(), w.writerow({'name': 'web', 'port': 80}), w.writerow({'name': 'x'}))
w.writerows([{'port': 1}, {'name': 'a,b', 'port': None}])
print(repr(out.getvalue()), w.fieldnames, w.restval, w.extrasaction)
attempt('extra', lambda: w.writerow({'name': 'a', 'bogus': 1}))
attempt('extras', lambda: w.writerow({'bogus': 1, 'name': 2}))
attempt('bad action', lambda: csv.DictWriter(out, ['a'], extrasaction='drop'))
w2 = csv.DictWriter(out, ['a'], extrasaction='IGNORE'); print(w2.extrasaction, w2.writerow({'a': 1, 'b': 2}))
w3 = csv.DictWriter(out, ['a'], extrasaction='RAISE'); print(w3.writerow({'a': 1, 'b': 2}))
out = io.StringIO()
w4 = csv.DictWriter(out, ['a', 'b'], restval='-', extrasaction='ignore', delimiter=';', lineterminator='\n')
w4.writeheader(); w4.writerow({'b': 2, 'c': 3}); print(repr(out.getvalue()))
out = io.StringIO()
w5 = csv.DictWriter(out, iter(['p', 'q'])); attempt('iter header', w5.writeheader); attempt('iter names', lambda: w5.writerow({'p': 1}))
out = io.StringIO()
w6 = csv.DictWriter(out, ('p', 'q'), dialect='unix'); w6.writeheader(); w6.writerows([{'p': 1, 'q': 2}]); print(repr(out.getvalue()), w6.fieldnames)
attempt('writer to none', lambda: csv.DictWriter(None, ['a']))
attempt('reader none', lambda: csv.DictReader(None).fieldnames)
attempt('not dict', lambda: csv.DictWriter(io.StringIO(), ['a']).writerow(['a']))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
r = csv.DictReader(io.StringIO('a\n1\n\n\n'))
print(list(r), r.line_num)
r = csv.DictReader(io.StringIO('a\n\n\n1\n\n2\n'))
for row in r:
    print(row, r.line_num)
