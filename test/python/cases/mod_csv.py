# csv (issue 9): a log of connections written with DictWriter to a file opened with newline='',
# read back with DictReader, sent as CSV text over a socketpair and parsed by csv.reader on the
# other end; quoting modes, escapes, dialects (excel, excel-tab, a registered one), the writer's
# return value, the reader's line_num, and csv.Error / TypeError texts.
# The last line: an uncaught csv.Error is named `_csv.Error` in the traceback.
# exit: 1
import csv
import io
import os
import socket
import tempfile

rows = [
    {'peer': '127.0.0.1', 'bytes': 120, 'note': 'hello, world'},
    {'peer': '::1', 'bytes': 0, 'note': 'said "bye"'},
    {'peer': '127.0.0.1', 'bytes': 4096, 'note': 'two\nlines'},
    {'peer': '127.0.0.1', 'bytes': 7},
]
path = os.path.join(tempfile.mkdtemp(), 'log.csv')
with open(path, 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['peer', 'bytes', 'note'], restval='-')
    print('header', w.writeheader())
    w.writerows(rows)
with open(path, newline='') as f:
    text = f.read()
print(repr(text))
with open(path, newline='') as f:
    r = csv.DictReader(f)
    print(r.fieldnames, r.line_num)
    for row in r:
        print(r.line_num, row)
os.remove(path)

a, b = socket.socketpair()
a.sendall(text.encode())
a.close()
data = b''
while True:
    chunk = b.recv(64)
    if not chunk:
        break
    data += chunk
b.close()
received = list(csv.reader(io.StringIO(data.decode(), newline='')))
print(received)
print(sum(int(r[1]) for r in received[1:]))

out = io.StringIO()
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    csv.writer(out, quoting=quoting).writerow(['a', 1, 2.5, None, True, ''])
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c"d'])
csv.writer(out, doublequote=False, escapechar='\\').writerow(['c"d', 'e\\f'])
csv.writer(out, 'excel-tab').writerow(['a b', 'c\td'])
csv.writer(out, lineterminator='\n').writerows([[''], [], ['x', 'y']])
print(repr(out.getvalue()))

print(list(csv.reader(['a,"b""c",d', ' x, "y"', '', '"open', 'ended'])))
print(list(csv.reader(['a, "b" ,c'], skipinitialspace=True)))
print(list(csv.reader(['1,"a",2.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,"c\\"d"'], escapechar='\\')))
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(csv.list_dialects())
d = csv.get_dialect('pipes')
print(d.delimiter, d.quotechar, d.quoting, d.doublequote, d.escapechar, d.skipinitialspace, repr(d.lineterminator))
s = io.StringIO()
csv.writer(s, 'pipes').writerow(['x', 2])
print(repr(s.getvalue()), list(csv.reader(s.getvalue().splitlines(), 'pipes')))
csv.unregister_dialect('pipes')
print(csv.excel.delimiter, csv.excel_tab.delimiter == '\t', repr(csv.unix_dialect.lineterminator), csv.excel, csv.QUOTE_NONE)

for bad in [['a\rb'], ['a,"b"x'], ['a,"b']]:
    try:
        print(list(csv.reader(bad, strict=True)))
    except csv.Error as e:
        print('Error:', e)
for kw in [{'delimiter': 'ab'}, {'delimiter': 5}, {'quoting': 9}, {'escapechar': 5}, {'lineterminator': None}]:
    try:
        csv.reader([], **kw)
    except TypeError as e:
        print('TypeError:', e)
for call in [lambda: csv.writer(5), lambda: csv.writer(io.StringIO()).writerow(5),
             lambda: csv.get_dialect('nope'), lambda: list(csv.reader([b'a,b'])),
             lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
             lambda: csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'b': 2})]:
    try:
        call()
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(issubclass(csv.Error, Exception), csv.Error)
list(csv.reader(['a,"open'], strict=True))
