# csv's reader and writer on seeded random input: fields and lines built from quotes, delimiters,
# escape characters, spaces, tabs, '\r' and '\n', parsed and written under random dialect options
# (delimiter, quotechar and escapechar, often the same character; doublequote, skipinitialspace,
# strict, every quoting mode, lineterminator), some of them invalid. Each trial prints its rows,
# or the exception's type and text, and the reader's line_num; written rows are read back with
# the same options.
# Text is cut into lines as a file opened with newline='' cuts it (at '\n', '\r\n' and a lone
# '\r'), by str.splitlines, which agrees with that for these characters.
import csv
import io
import random

rng = random.Random(20261203)

PIECES = ['a', 'b', 'xy', '1', '2.5', '-3', ' ', '  ', ',', ';', '|', '\t', '"', '""', "'", '\\', '!',
          '\n', '\r', '\r\n', 'é', '']


def text(n):
    return ''.join(rng.choice(PIECES) for _ in range(rng.randint(0, n)))


def options():
    kw = {}
    if rng.random() < 0.6:
        kw['delimiter'] = rng.choice([',', ',', ';', '|', '\t', ' ', '"', '\\', '\n'])
    if rng.random() < 0.5:
        kw['quotechar'] = rng.choice(['"', '"', "'", '|', ',', ' ', None])
    if rng.random() < 0.5:
        kw['escapechar'] = rng.choice([None, '\\', '\\', '!', '"', ',', '|'])
    if rng.random() < 0.4:
        kw['doublequote'] = rng.random() < 0.5
    if rng.random() < 0.4:
        kw['skipinitialspace'] = rng.random() < 0.5
    if rng.random() < 0.4:
        kw['strict'] = rng.random() < 0.5
    if rng.random() < 0.6:
        kw['quoting'] = rng.choice([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE])
    if rng.random() < 0.3:
        kw['lineterminator'] = rng.choice(['\r\n', '\n', '|', 'ab', '\r'])
    return kw


def show(kw):
    return ' '.join('%s=%r' % item for item in sorted(kw.items()))


def read(lines, kw):
    r = None
    try:
        r = csv.reader(lines, **kw)
        rows = []
        for _ in range(50):
            row = next(r, None)
            if row is None:
                break
            rows.append(row)
        return repr(rows) + ' line_num=%d' % r.line_num
    except (csv.Error, TypeError, ValueError) as e:
        where = '' if r is None else ' line_num=%d' % r.line_num
        return '%s: %s%s' % (type(e).__name__, e, where)


def value():
    kind = rng.randint(0, 9)
    if kind == 0:
        return rng.randint(-20, 20)
    if kind == 1:
        return rng.choice([0.5, -1.25, 3.0, 1e20, 1e-7])
    if kind == 2:
        return rng.choice([None, True, False])
    return text(5)


for trial in range(250):
    kw = options()
    lines = [text(6) + rng.choice(['', '\n', '\r\n', '\r']) for _ in range(rng.randint(0, 4))]
    print('R', trial, show(kw), repr(lines))
    print('  ', read(lines, kw))
    if rng.random() < 0.3:
        joined = ''.join(lines)
        print('  S', read(joined.splitlines(True), kw))

for trial in range(250):
    kw = options()
    rows = [[value() for _ in range(rng.randint(0, 4))] for _ in range(rng.randint(1, 3))]
    print('W', trial, show(kw), repr(rows))
    out = io.StringIO()
    try:
        w = csv.writer(out, **kw)
        results = [w.writerow(row) for row in rows]
        print('   ', results, repr(out.getvalue()))
    except (csv.Error, TypeError, ValueError) as e:
        print('    %s: %s %r' % (type(e).__name__, e, out.getvalue()))
        continue
    back = dict(kw)
    back.pop('lineterminator', None)
    print('   back', read(out.getvalue().splitlines(True), back))

# Field size limits, on quoted and unquoted fields, through the module-wide setting.
old = csv.field_size_limit(8)
for line in ['12345678', '123456789', '"12345678"', '"123456789"', 'a,' + 'b' * 9, '"ab""cdefgh"']:
    print('limit', repr(line), read([line], {}))
print(csv.field_size_limit(old), csv.field_size_limit())
