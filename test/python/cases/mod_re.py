# re, the common subset: compile/match/search/fullmatch/findall/finditer/sub/subn/split/escape,
# Match's group/groups/groupdict/span/start/end/lastindex/lastgroup/expand/[], flags I/M/S/X,
# named groups and backreferences, replacement templates and functions, pos/endpos, CPython
# 3.7+'s empty matches, Python's `$` before a final newline, bytes patterns on data read from a
# socket, and the reprs of patterns and matches.
import re
import socket

def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)

text = 'aaa{,2}\nabc a.c\n1.5 foo=bar;k=v  x@y.com ]a ab\n'
for p in ['a{,2}', 'a{,}', 'a{', 'a{1', 'a{x}', '(?=a)*', '(?-i:a)', '(?s:.)', '(?x: a b )', '(?i)(?m)a',
          '[]a]', '[^]a]', 'a.c$', '(?m)^a.*$', r'\d+\.\d+', r'[\d.-]+', r'(\w+)@(\w+)\.com', 'x*', r'\bfoo\b',
          '(a|b)*c', '(?:ab)+', r'(?P<k>\w+)=(?P<v>[^;]*)', r'\Aa', r'b\n\Z', r'(a)\1', r'(?P<x>a)(?P=x)', r'[\x41-\x43a]+',
          r'\x2e', r'(?#comment)ab', r'a(?=b)', r'(?<=a)b', r'(?<!a)b', r'a(?!b)', r'[^\W\d]+', r'\s+', '\\$']:
    r = re.compile(p)
    print(repr(p), r.groups, r.flags, re.findall(p, text))

m = re.match('(a)(b)?', 'ac')
print(m, m.groups(), m.groups('-'), m.span(), m.span(2), m.start(1), m.end(), m.lastindex, m.lastgroup, m[1], m.group(0, 1, 2), m.string, m.re, m.pos, m.endpos)
t(lambda: m.group(5))
t(lambda: m.group('x'))
print(re.escape('a.b-c d#e&f~'), re.escape(b'a.b'))
print(re.compile('a', re.I | re.M), re.compile(b'a', re.I), re.compile('a', re.U), re.compile('(?s)a'), int(re.I), re.compile('x', re.X).flags, re.IGNORECASE == 2)
print(repr(re.match('(a)(b)?', 'ac')), re.findall(r'\b|a', 'a'), re.sub('x*', '-', 'abxd'), re.split(r'\b', 'a b'), re.split('(,)|;', 'a,b;c'))
m = re.search(r'(?P<host>[\w.]+):(?P<port>\d+)', 'connect to example.com:8080 now')
print(m.group('host'), int(m.group('port')), m.groupdict(), m.span('port'), m.lastgroup, m.expand(r'\g<port>@\1'), m['host'])
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.match(r'\d', 'a1'), re.search(r'\d', 'a1'), re.fullmatch('a|ab', 'ab'))
print(re.sub(r'(\w+)=(\w+)', r'\2=\1', 'a=b c=d'), re.subn('o', '0', 'foo boo', count=3), re.split(r'\s+', ' a  b c ', maxsplit=2))
print(re.sub('(a)(b)?', r'[\2|\g<1>|\g<0>]\n\t', 'ab a'), re.sub('a', lambda m: None, 'bab'), re.sub('a', r'\-', 'a'))
print(re.findall(r'(\w)(\d)?', 'a1b'), list(re.finditer(r'\d+', 'a12b345')), [m.span() for m in re.finditer('', 'ab')])
print(re.findall('A', 'aAa', re.I), re.findall('^a.', 'ab\nac\n', re.M), re.findall('a.b', 'a\nb', re.S), re.findall('a.b', 'a\rb'), re.findall(r'''
   (\d+)   # a number
   \s* ([a-z]+)  # its unit
''', '10 kb 5mb', re.X))
print(re.findall('a$', 'a\na\n'), re.findall('a$', 'a\na\n', re.M), re.search('$', 'ab\n').span(), re.sub('$', '!', 'a\n'), re.findall('^', 'a\r\nb', re.M))
pat = re.compile(r'(\d+)')
print(pat.search('ab12cd', 3), pat.match('ab12', 2), pat.findall('1 22 333', 2, 6), pat.sub(lambda m: str(int(m.group(1)) * 2), 'x1y22'), pat.pattern, pat.groups, pat.groupindex, pat.fullmatch('x12', 1))
print(re.sub('é', 'e', 'café'), re.findall('.', 'a😀b'), re.search('b', 'a😀b').span(), re.sub(r'(?i)HELLO', 'bye', 'Hello hello'), re.findall('(?i)straße', 'STRASSE Straße'))
print(re.compile(r'(?P<a>x)(?P<b>y)?').groupindex == {'a': 1, 'b': 2}, re.match(r'(?P<a>x)(?P<b>y)?', 'x').groupdict('-'))

# bytes patterns on what a socket received: an HTTP request's first line and its headers.
a, b = socket.socketpair()
a.sendall(b'GET /index.html HTTP/1.1\r\nHost: example.org\r\nContent-Length: 12\r\n\r\n')
data = b.recv(1024)
m = re.match(rb'(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(\d)\.(\d)\r\n', data)
print(m, m.group('method'), m.group('path'), m.groups(), m.span('path'))
headers = dict(re.findall(rb'^([\w-]+): *(.*?)\r$', data, re.M))
print(headers, int(headers[b'Content-Length']) + 1)
print(re.split(rb'\r\n', data), re.sub(rb'\r\n', b'\n', data), re.subn(rb'[aeiou]', b'_', b'hello'), re.escape(b'1.2'))
t(lambda: re.search('a', data))
t(lambda: re.search(b'a', 'text'))
a.close()
b.close()
t(lambda: re.search('a', 1))
t(lambda: re.search(1, 'a'))
t(lambda: re.search(re.compile('a'), 'a', re.I))
t(lambda: re.sub('a', 1, 'a'))
print(re.compile('a') is re.compile('a'), re.purge())
t(lambda: re.sub('a', None, 'a'))
t(lambda: re.sub(b'a', 1.5, b'a'))
t(lambda: re.sub('a', b'x', 'a'))
t(lambda: re.sub(b'a', 'x', b'ba'))
t(lambda: re.sub('a', lambda m: 1, 'ba'))
t(lambda: re.sub(b'a', lambda m: 'x', b'ba'))
print(re.sub('a', lambda m: m.group().upper() * 2, 'banana'), re.sub(b'(a)', lambda m: m.group(1) + b'!', b'ab'))
# \d \w \s \b: Unicode for str patterns, ASCII for bytes and re.ASCII; complements inside sets.
zh = '你好, 世界! naïve café ١٢٣ x_1\u3000y\x1cz\ufeffw'
for p in [r'\w+', r'\d+', r'\s', r'\S+', r'\W+', r'\D+', r'\b\w', r'\B\w', r'[^\W\d]+', r'[\w,]+', r'[^\s\w]', r'[\W\d]+', r'[^\S\n]+', r'[\s\S]{3}']:
    print(p, re.findall(p, zh), re.findall(p, zh, re.A), re.findall(p.encode(), 'naïve 12\xa0x'.encode('latin-1')))
print(re.findall(r'(?a)\w+', zh), re.compile(r'(?a)\w').flags, re.compile(r'\w', re.A).flags, re.compile(rb'\w').flags)
# Atomic groups and possessive repeats (3.11): no backtracking into them; the groups inside keep their numbers.
for p, s in [('(?>a+)ab', 'aaab'), ('(?>a+)b', 'aaab'), (r'(\d+)(?>x|xy)z', '1xyz'), (r'(\d+)(?>xy|x)z', '1xyz'), ('a*+a', 'aaa'), ('a++b', 'aab'),
             ('(?:ab)++c', 'ababc'), ('(a)(?>(b)+)(c)', 'abbc'), ('a?+a', 'a'), ('a{1,2}+a', 'aaa'), (r'"[^"]*+"', '"x" "y'), ('(?>(x))\\1', 'xx')]:
    m = re.search(p, s)
    print(p, m and (m.group(), m.groups(), m.span(len(m.groups())), m.lastindex), re.findall(p, s), re.sub(p, '<\\g<0>>', s))
# (?i:...) on part of a pattern: its letters, sets and ranges in both cases, the rest as written.
for p, s in [('(?i:get) /', 'GET / Get / get /'), ('(?i:[a-c]+)x', 'aBcx ABCx abcX'), ('x(?i:[^a])', 'xa xA xb xB'), ('(?i:straße|é)', 'STRASSE Straße É é'),
             ('(?i:h(?-i:T)tp)', 'http hTtp HTTP HtTP'), ('(?i:[x-ző])', 'XZŐő'), (rb'(?i:host):', b'HOST: Host: \xc9')]:
    print(p, re.findall(p, s))
# (?-i:...) inside a pattern that ignores case (IGNORECASE or a leading (?i)).
print(re.findall('(?-i:a)b', 'Ab ab aB AB', re.I), re.findall('(?i)x(?-i:Y)z', 'xYz XYZ xyz XYz'), re.findall('(?-i:[a-c])[a-c]', 'aA Aa bB', re.I), re.compile('(?i)a(?-i:b)').flags)
# re.Pattern and re.Match are the types of compiled patterns and matches (type(), isinstance).
m = re.match('a', 'a')
p = re.compile('a')
print(type(m), type(p), isinstance(m, re.Match), isinstance(p, re.Pattern), re.Pattern, re.Match, bool(m), bool(re.match('b', 'a')))
# Empty matches far into a long string (the non-empty retry after an empty match looks back a bounded way).
s = ('x' * 300 + 'ab ') * 30
print(re.findall(r'\b|b', s)[:10], len(re.findall(r'\b|b', s)), re.sub(r'(?=a)|a', '-', s)[-20:], len(re.split(r'\b|(?<=x)', s)))
print([m.span() for m in re.finditer(r'|x', 'x' * 600)][-3:], re.sub('|(?P<n>x)', r'<\g<n>>', 'x' * 300)[-12:])
# Indices in a str with characters beyond the BMP are code points (many matches, pos/endpos).
s = '😀a😀bb' * 2000
print(len(re.findall('b+', s)), [m.span() for m in re.finditer('b+', s)][-2:], re.search('a', s, ).span(), re.compile('b').search(s, 3).span(), re.compile('b').findall(s, 5, 9), re.sub('😀', 'x', s[:12]), re.split('a', s[:14]))
