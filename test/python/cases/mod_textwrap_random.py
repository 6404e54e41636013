# textwrap on seeded random texts (provenance rewrite): wrap() with random option sets (widths,
# indents, tabs, replace_whitespace, fix_sentence_endings, break_long_words, break_on_hyphens,
# drop_whitespace, max_lines, placeholder), the chunks of hyphenated words and dashes, shorten(),
# dedent() and indent() on random margins, and a TextWrapper subclass.
import random
import textwrap

rng = random.Random(2026)
WORDS = ['a', 'to', 'the', 'socket', 'well-known', 'up-to-date', 'x-y', 'ab-cd-ef', 'co-op.', 'a--b',
         '--flag', 'end.', 'Mr.', 'why?', 'yes!', '"quoted."', "it's", 'supercalifragilistic', '1-2',
         'é-ü', 'naïve', 'e.g.', '---', '-', 'x\xa0y', 'tab\tbed', 'new\nline', 'long-hyphenated-compound-word']
SEPS = [' ', ' ', ' ', '  ', '\t', '\n', ' -- ', '']
OPTIONS = [('width', [1, 3, 6, 10, 15, 25, 40]), ('initial_indent', ['', '* ', '>>> ']),
           ('subsequent_indent', ['', '  ', '... ']), ('expand_tabs', [True, False]),
           ('replace_whitespace', [True, False]), ('fix_sentence_endings', [False, True]),
           ('break_long_words', [True, False]), ('drop_whitespace', [True, False]),
           ('break_on_hyphens', [True, False]), ('tabsize', [8, 4, 0]),
           ('max_lines', [None, 1, 2, 3]), ('placeholder', [' [...]', '...', ' ~'])]


def text():
    out = ''
    for _ in range(rng.randint(0, 12)):
        out += rng.choice(WORDS) + rng.choice(SEPS)
    return out


def attempt(f):
    try:
        return f()
    except ValueError as e:
        return 'ValueError: %s' % e


for i in range(120):
    s = text()
    kw = {name: rng.choice(values) for name, values in OPTIONS if rng.random() < 0.4}
    if kw.get('width', 70) < 6:
        # An indent as wide as the line never ends in CPython either (no room for any text).
        kw.pop('initial_indent', None)
        kw.pop('subsequent_indent', None)
    print(repr(s), sorted(kw.items(), key=lambda kv: kv[0]))
    print('  ', attempt(lambda: textwrap.wrap(s, **kw)))
    if i % 3 == 0:
        print('  ', attempt(lambda: textwrap.shorten(s, rng.choice([8, 12, 30]))))

w = textwrap.TextWrapper()
for word in ['well-known', 'a-b', 'ab-c-de', 'foo--bar', 'a.--b', '(--x', 'x-1', '--a-b', 'αβ-γδ', 'ab-cd1e']:
    print(word, w._split(word), w._split('say ' + word + ' now'))

for i in range(40):
    lines = []
    for _ in range(rng.randint(0, 6)):
        lines.append(rng.choice(['', ' ', '  ', '\t', ' \t', '    ']) + rng.choice(['', 'x', 'def f():', 'a b ', ' ']))
    s = '\n'.join(lines) + rng.choice(['', '\n'])
    print(repr(s), repr(textwrap.dedent(s)), repr(textwrap.indent(s, '> ')))
print(repr(textwrap.indent('a\r\nb\rc\n\n', '+ ', lambda line: True)))


class Shouting(textwrap.TextWrapper):
    def _split(self, text):
        return [chunk.upper() for chunk in super()._split(text)]


print(Shouting(width=12).wrap('subclasses may replace one step of the wrapping'))
w = textwrap.TextWrapper(width=18, max_lines=2, placeholder=' (more)')
print(w.fill('a wrapper keeps its options as attributes'), w.width, w.max_lines, w.tabsize)
print(textwrap.TextWrapper.unicode_whitespace_trans, repr(textwrap._whitespace))
for bad in [dict(width=0), dict(width=-3), dict(width=4, max_lines=1), dict(width=4, max_lines=2, subsequent_indent='    ')]:
    print(bad, attempt(lambda: textwrap.wrap('some text here', **bad)))
print(textwrap.wrap('', 0 + 1), textwrap.fill('   ', 4), textwrap.shorten('  many   spaces   here  ', 15))
