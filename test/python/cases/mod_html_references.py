# html.escape (with and without quote) and html.unescape on HTML5's rules (issue 9): named
# references from all over the table (legacy names without ';', two-character ones, the longest),
# a legacy name as the prefix of an unknown one, numeric references with their repairs (U+FFFD,
# Windows-1252, dropped control characters and noncharacters), strings that only look like
# references, a deterministic fuzz over reference-like text, and the errors for non-str input.
import html

text = '<a href="x?a=1&b=2">Tom\'s & Jerry\'s</a>'
print(html.escape(text))
print(html.escape(text, quote=False))
print(html.escape(text, False) == html.escape(text, quote=False), html.escape(''), html.escape('plain'))
print(html.unescape(html.escape(text)) == text, html.unescape(html.escape(text, quote=False)) == text)

names = ['amp', 'AMP;', 'lt', 'gt;', 'quot', 'nbsp', 'copy', 'reg', 'eacute', 'Eacute;', 'yuml', 'frac34', 'micro',
         'euro;', 'hellip;', 'mdash;', 'rarr;', 'hearts;', 'alpha;', 'Omega;', 'infin;', 'sum;', 'notin;', 'nGt;',
         'acE;', 'fjlig;', 'NewLine;', 'Tab;', 'lpar;', 'semi;', 'num;', 'Afr;', 'zopf;', 'bne;', 'ThickSpace;',
         'CounterClockwiseContourIntegral;', 'DoubleLongLeftRightArrow;', 'NotSquareSupersetEqual;', 'Amp;', 'nosuch;']
for name in names:
    print(name, [hex(ord(c)) for c in html.unescape('&' + name)], repr(html.unescape('[&' + name + 'x]')))

looks_like = ['&', '&;', '&#;', '&#x;', '&#xg;', '& amp;', '&amp', '&ampamp;', '&notit;', '&not', '&no', '&n', '&lt&gt',
              '&lt\t&gt\n', '&#65', '&#65x', '&#x41g', '&#0065;', '&#X41;', '&#0x41;', '&' + 'a' * 40 + ';',
              '&CounterClockwiseContourIntegralx;', 'a&b&c', '&&amp;&', '&#38;amp;', 'no refs at all']
for s in looks_like:
    print(repr(s), repr(html.unescape(s)))

points = [0, 1, 8, 9, 10, 11, 12, 13, 14, 31, 32, 65, 126, 127, 128, 129, 130, 141, 150, 157, 159, 160, 255, 0x2028,
          0xd7ff, 0xd800, 0xdbff, 0xdfff, 0xe000, 0xfdcf, 0xfdd0, 0xfdef, 0xfdf0, 0xfffd, 0xfffe, 0xffff, 0x10000,
          0x1fffe, 0x1ffff, 0x1f600, 0x10fffd, 0x10fffe, 0x10ffff, 0x110000, 10 ** 30]
for n in points:
    got = [html.unescape('&#%d;' % n), html.unescape('&#x%x' % n), html.unescape('&#X%X;' % n)]
    print(n, [[hex(ord(c)) for c in g] for g in got])

seed = 12345
alphabet = 'amp;ltgx#0123456789abcdefABCDEFXnotin&; '
digest = []
for i in range(400):
    chars = []
    for j in range(12):
        seed = (seed * 1103515245 + 12345) % 2147483648
        chars.append(alphabet[seed % len(alphabet)])
    s = ''.join(chars)
    digest.append(sum(ord(c) * (k + 1) for k, c in enumerate(html.unescape(s))))
    if i % 50 == 0:
        print(repr(s), repr(html.unescape(s)))
print(sum(digest), len(set(digest)))

for bad in [5, None, b'a&amp;b']:
    for fn in (html.escape, html.unescape):
        try:
            fn(bad)
        except (TypeError, AttributeError) as e:
            print(fn.__name__, type(e).__name__, e)
