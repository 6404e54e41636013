# argparse, the subset socket scripts use: positionals and options (-p/--port, --port=N, -pN,
# prefixes, -vv), type=int/float/a function, default=, help= with %(default)s, store_true, count,
# append, choices, nargs, metavar, dest, required; parse_args() from sys.argv and from lists;
# format_help()/print_help() laid out as python3 lays them out; usage errors (exit status 2).
# args: example.org 9000 -v --count=2
import argparse

parser = argparse.ArgumentParser(description='A TCP echo client: it connects to a server, sends a few lines and prints the replies it gets back.', epilog='See also: the echo server of lesson 3.')
parser.add_argument('host', help='server host name or address')
parser.add_argument('port', type=int, nargs='?', default=8080, help='server port (default: %(default)s)')
parser.add_argument('-c', '--count', type=int, default=3, help='how many messages to send')
parser.add_argument('-v', '--verbose', action='store_true', help='print each reply with its length')
parser.add_argument('--mode', choices=['tcp', 'udp'], default='tcp', help='the transport protocol to use, which decides the socket type (SOCK_STREAM or SOCK_DGRAM) and more')
parser.add_argument('--timeout', type=float, metavar='SECS', help='socket timeout')
parser.add_argument('-q', action='count', default=0)
parser.add_argument('--header', action='append', dest='headers', help='extra header (repeatable)')
args = parser.parse_args()
print(args)
print(args.host, args.port, args.count, args.verbose, args.mode, args.timeout, args.q, args.headers)

def run(argv):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print('SystemExit', e.code)

run(['h'])
run(['h', '80', '-c', '5', '-vqq', '--mode', 'udp', '--header', 'a', '--header=b'])
run(['h', '--count=7', '--verb', '--timeout', '1.5', '-c9', '--co', '4'])
run(['h', '--', '-5'])
run(['h', 'x'])
run(['h', '--mode', 'sctp'])
run([])
run(['h', '1', '2'])
run(['h', '--port'])
run(['h', '-c'])
run(['h', '-v=3'])
run(['h', '--timeout', 'soon'])
print(parser.parse_known_args(['h', '--extra', '1']))
print(parser.format_usage(), end='')
print(parser.format_help(), end='')
parser.print_help()

def port(text):
    n = int(text)
    if not 0 < n < 65536:
        raise ValueError(text)
    return n

p2 = argparse.ArgumentParser(prog='server', description='Echo server.')
p2.add_argument('-p', '--port', type=port, default='5000', help='port to listen on')
p2.add_argument('-b', '--bind', default='127.0.0.1', metavar='ADDR', help='address to bind (default: %(default)r)')
p2.add_argument('--backlog', type=int, required=True)
p2.add_argument('files', nargs='*')
p2.add_argument('--version', action='version', version='%(prog)s 1.0')
p2.set_defaults(handler='echo')
for argv in [['--backlog', '5'], ['--backlog', '5', '-p', '99999'], ['-p', '80'], ['--backlog=1', 'a', 'b', '-p81'], ['--version']]:
    try:
        ns = p2.parse_args(argv)
        print(ns, ns.port, vars(ns) == {'port': ns.port, 'bind': '127.0.0.1', 'backlog': ns.backlog, 'files': ns.files, 'handler': 'echo'})
    except SystemExit as e:
        print('SystemExit', e.code)
p2.print_usage()
print(p2.format_help(), end='')
ns = argparse.Namespace(a=1, b='x')
print(ns, ns.a, ns == argparse.Namespace(a=1, b='x'), 'a' in ns)
