# textwrap (issue 9): wrap/fill (hyphenated and long words, em-dashes, indents, tabs, drop_whitespace,
# fix_sentence_endings, max_lines and placeholder), shorten, dedent (tabs vs spaces, blank lines),
# indent (default and custom predicate), TextWrapper's errors; a help text sent over a socketpair
# and wrapped for an 28-column terminal.
import socket
import textwrap

text = ('The socket module, a low-level networking interface -- see also socketserver -- '
        'provides access to the BSD socket interface. It is available on all modern Unix '
        'systems, Windows, MacOS, and probably additional platforms.')
for width in (10, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10, break_long_words=False))
print(textwrap.wrap('a well-known, hyphen-separated, multi-part-compound word', 12))
print(textwrap.wrap('a well-known, hyphen-separated word', 12, break_on_hyphens=False))
print(textwrap.wrap('very-very-very-long-hyphenated-chunk-of-text', 15))
print(textwrap.wrap('tab\tseparated\tcolumns\there', 20), textwrap.wrap('tab\there', 20, tabsize=4))
print(textwrap.wrap('tab\there', 20, expand_tabs=False), textwrap.wrap('a\tb', 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap('  leading and trailing  ', 10), textwrap.wrap('  leading and trailing  ', 10, drop_whitespace=False))
print(textwrap.wrap('line one\nline two\n\nline three', 12))
print(textwrap.wrap('End here. Next one! And "quoted." Then Mr. Smith.', 60, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder=' ...'))
print(textwrap.wrap('short', 30, max_lines=1), textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('', 5))
print(textwrap.shorten('Hello  world!', width=12), '|', textwrap.shorten('Hello  world!', width=11), '|',
      textwrap.shorten(text, 40), '|', textwrap.shorten(text, 40, placeholder='...'))
print(repr(textwrap.dedent('''\
    def f():
        return 1

    print(f())
''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('\t\ta\n\t b\n')), repr(textwrap.dedent('   \n  x\n    y\n   \n')))
print(repr(textwrap.dedent('no indent\n  here')), repr(textwrap.dedent('')))
print(repr(textwrap.indent('one\n\ntwo\n  \nthree', '> ')))
print(repr(textwrap.indent('one\n\ntwo\r\n', '+ ', lambda line: True)))
print(repr(textwrap.indent('a\nbb\nccc\n', '  ', predicate=lambda line: len(line) > 2)))
w = textwrap.TextWrapper(width=20, initial_indent='>>> ', subsequent_indent='... ')
print(w.wrap('wrapper objects keep their settings between calls'), w.width, w.placeholder)
w.width = 12
print(w.fill('and can be changed afterwards'))
for kwargs in ({'width': 0}, {'width': 5, 'max_lines': 1, 'placeholder': ' [truncated]'}):
    try:
        textwrap.wrap('some words', **kwargs)
    except ValueError as e:
        print('ValueError', e)

a, b = socket.socketpair()
a.sendall(text.encode())
a.shutdown(socket.SHUT_WR)
got = b''
while True:
    chunk = b.recv(16)
    if not chunk:
        break
    got += chunk
a.close()
b.close()
print(textwrap.fill(got.decode(), 28))
