# argparse: add_mutually_exclusive_group (required or not: its usage as (a | b) and [a | b], 'not allowed
# with' and 'one of the arguments … is required'), add_argument_group with a title and a description.
import argparse
p = argparse.ArgumentParser(prog='chat', description='Chat over TCP.')
role = p.add_mutually_exclusive_group(required=True)
role.add_argument('--server', action='store_true', help='run the server')
role.add_argument('--client', metavar='HOST', help='connect to HOST')
p.add_argument('-p', '--port', type=int, default=5000)
net = p.add_argument_group('network', 'How the socket is set up.')
net.add_argument('--ipv6', action='store_true', help='use AF_INET6')
net.add_argument('--backlog', type=int, default=5, help='listen() backlog')
quiet = p.add_mutually_exclusive_group()
quiet.add_argument('-q', '--quiet', action='store_true')
quiet.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('names', nargs='*', help='who to greet')
for argv in [['--server'], ['--client', 'h', '-vv', 'a', 'b'], ['--server', '--client', 'x'], [], ['--server', '-q', '-v'], ['--ipv6', '--server', '--backlog=9'], ['-h']]:
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
p.print_usage()
try:
    role.add_argument('--x', required=True)
except ValueError as e:
    print(e)
