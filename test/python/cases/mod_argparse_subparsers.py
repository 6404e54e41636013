# argparse subcommands: add_subparsers (dest, required, title/description, metavar), add_parser with help
# and aliases, each subcommand's own options, errors and --help under its own prog, its extras.
import argparse
p = argparse.ArgumentParser(prog='net', description='Socket tools.')
p.add_argument('-v', '--verbose', action='store_true')
sub = p.add_subparsers(dest='command', help='what to run')
s = sub.add_parser('serve', help='run an echo server')
s.add_argument('--port', type=int, default=7)
c = sub.add_parser('send', help='send a message', description='Send one message.')
c.add_argument('host')
c.add_argument('message', nargs='+')
sub.add_parser('quiet')
for argv in [['serve'], ['-v', 'serve', '--port', '9'], ['send', 'h', 'hi', 'there'], [], ['nope'], ['send'], ['-h'], ['send', '-h'], ['serve', '--bad']]:
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
print(sub)
p = argparse.ArgumentParser(prog='tool')
p.add_argument('target')
sub = p.add_subparsers(title='commands', description='what to do', dest='cmd', required=True, metavar='COMMAND')
a = sub.add_parser('ping', aliases=['p'], help='send a ping')
a.add_argument('-n', type=int, default=1)
b = sub.add_parser('scan', help='scan ports from LOW to HIGH, one connect() each')
b.add_argument('low', type=int)
b.add_argument('high', type=int)
for argv in [['h', 'ping'], ['h', 'p', '-n', '3'], ['h'], ['h', 'scan', '1'], ['h', 'scan', '1', 'x'], ['h', 'scan', '1', '2', 'extra'], ['-h'], ['h', 'scan', '-h']]:
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
p2 = argparse.ArgumentParser(prog='x')
s2 = p2.add_subparsers()
s2.add_parser('go')
print(p2.parse_args(['go']), p2.parse_args([]))
p2.print_help()
try:
    p2.parse_args(['stop'])
except SystemExit as e:
    print('exit', e.code)
