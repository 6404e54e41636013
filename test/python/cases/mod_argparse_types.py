# argparse's classes: ArgumentParser and Namespace are types (type(), isinstance), choices=range(...),
# type=str.lower, default=SUPPRESS, a Namespace's ==, in, missing attribute and new attributes.
import argparse
p = argparse.ArgumentParser()
p.add_argument('--level', type=int, choices=range(1, 4), default=1, help='level %(choices)s')
p.add_argument('--name', type=str.lower)
p.add_argument('--tag', default=argparse.SUPPRESS)
a = p.parse_args(['--level', '2', '--name', 'BOB'])
print(a, type(a), isinstance(a, argparse.Namespace), 'tag' in a)
try:
    a.nothing
except AttributeError as e:
    print(e)
a.extra = 1
print(a, argparse.Namespace(x=1) == argparse.Namespace(x=1), argparse.Namespace(x=1) != argparse.Namespace(x=2))
for argv in [['--level', '7'], ['--level', 'x']]:
    try: p.parse_args(argv)
    except SystemExit as e: print('exit', e.code)
p.print_help()
p = argparse.ArgumentParser('prog1', description='d')
print(p.prog, isinstance(p, argparse.ArgumentParser), type(p), argparse.ArgumentParser)
p.add_argument('x')
print(p.parse_args(['1']))
q = argparse.ArgumentParser(prog='q', add_help=False)
q.add_argument('-v', action='store_true')
print(q.parse_args(['-v']), q.format_usage(), end='')
