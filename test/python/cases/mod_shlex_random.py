# shlex on seeded random command lines (provenance rewrite): split() in posix and non-posix
# modes, with and without comments, the shlex class with punctuation_chars (True and a custom
# set) and whitespace_split, its token stream through get_token and iteration, lineno after
# newlines, and the ValueErrors of an open quote or a trailing escape.
import random
import shlex

rng = random.Random(1234)
PIECES = ['a', 'b', 'x1', '_', ' ', '  ', '\t', '\n', '"', "'", '\\', '#', '-', '.', '/', '=', '(', ')',
          ';', '&', '|', '<', '>', '~', '*', '?', 'é', 'ß', '$', '@', ',', ':', '%', '+', '!']


def text(n):
    return ''.join(rng.choice(PIECES) for _ in range(n))


def attempt(f):
    try:
        return f()
    except ValueError as e:
        return 'ValueError: %s' % e


def tokens(lex, limit=60):
    out = []
    for _ in range(limit):
        t = lex.get_token()
        if t == lex.eof:
            break
        out.append(t)
    return out


for i in range(150):
    s = text(rng.randint(0, 14))
    print(repr(s))
    print('  ', attempt(lambda: shlex.split(s)), attempt(lambda: shlex.split(s, posix=False)))
    print('  ', attempt(lambda: shlex.split(s, comments=True)), attempt(lambda: shlex.split(s, True, False)))
    for posix in (False, True):
        for pc in (False, True, '();'):
            def run():
                lex = shlex.shlex(s, posix=posix, punctuation_chars=pc)
                got = tokens(lex)
                return got, lex.lineno
            print('   ', int(posix), repr(pc), attempt(run))
    def ws():
        lex = shlex.shlex(s, posix=True, punctuation_chars=True)
        lex.whitespace_split = True
        return list(lex)
    print('    ws', attempt(ws))

for i in range(60):
    s = text(rng.randint(0, 10))
    q = shlex.quote(s)
    back = shlex.split(q)
    print(repr(s), q, back == [s] if s else back == [''])
    parts = [text(rng.randint(0, 4)) for _ in range(3)]
    print('  ', shlex.join(parts), shlex.split(shlex.join(parts)) == parts)

lex = shlex.shlex('one two\nthree "four five"\n# gone\nsix', posix=True)
seen = []
while True:
    t = lex.get_token()
    if t is None:
        break
    seen.append((t, lex.lineno))
print(seen)
lex = shlex.shlex('a b c')
lex.push_token('z')
print(lex.get_token(), lex.get_token(), lex.token, lex.state)
lex = shlex.shlex('x=1;y=2', punctuation_chars=True)
print(lex.punctuation_chars, lex.wordchars[-8:], list(lex))
lex = shlex.shlex('p:q r', posix=True)
lex.wordchars += ':'
lex.whitespace += ','
print(list(lex))
lex = shlex.shlex("it's 'a b'", posix=True)
lex.quotes = '"'
print(list(lex))
lex = shlex.shlex('a %b c', posix=True)
lex.commenters = '%'
print(list(lex))
lex = shlex.shlex('"x\\"y" \'x\\y\'', posix=True)
lex.escapedquotes = "'\""
print(list(lex))
print(shlex.shlex('abc').error_leader(), shlex.shlex('abc', infile='f.txt').error_leader())
try:
    shlex.shlex('x').punctuation_chars = '()'
except AttributeError as e:
    print('AttributeError:', e)
