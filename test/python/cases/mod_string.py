# The string module: its constants, capwords(), Template (substitute, safe_substitute, the
# 'Invalid placeholder' line and column, a subclass's delimiter) and Formatter.
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(string.capwords('hello   world  foo'), string.capwords('a-b c-d', '-'), repr(string.capwords('  x ')))
t = string.Template('$who likes ${what}, costs $$5')
print(t.substitute(who='tim', what='kung pao'), t.template)
print(t.substitute({'who': 'a', 'what': 'b'}), t.substitute({'who': 'a'}, what='c'))
print(t.safe_substitute(who='x'))
try: t.substitute(who='x')
except KeyError as e: print('KeyError', e)
try: string.Template('bad $ here').substitute()
except ValueError as e: print(e)
try: string.Template('line\n  $1x').substitute()
except ValueError as e: print(e)
print(string.Template('$a$b').substitute(a=1, b=2.5), string.Template('${a}x').safe_substitute())
print(string.Template('$ ok').safe_substitute(), string.Template('x').get_identifiers(), string.Template('$a ${b} $a').get_identifiers())
print(string.Template('$a').is_valid(), string.Template('$').is_valid())
print(repr(string.Template('x')).startswith('<string.Template object at'))
print(string.Template.delimiter, string.Template.idpattern)
print('{0} {1}'.format('a', 'b'), string.Formatter().format('{0}-{x}', 1, x=2))
class MyT(string.Template):
    delimiter = '%'
print(MyT('%x and $y %%').substitute(x=1), MyT.delimiter)
d = {'who': 'w', 'what': 'q'}
print(string.Template('$who/$what').substitute(d), string.capwords('hello'))
print(string.Formatter().vformat("{0}{a}", (1,), {"a": 2}))
print(string)
print(string.Template, string.Formatter, type(string.Template("x")).__name__, type(string.Formatter()))
