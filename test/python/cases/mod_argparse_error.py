# argparse's usage error, byte for byte: the usage (wrapped at 78 columns) and `prog: error: …`
# on stderr, exit status 2, after what the program printed before parsing.
# exit: 2
# compare: stderr
import argparse
parser = argparse.ArgumentParser(description='UDP sender')
parser.add_argument('host')
parser.add_argument('port', type=int)
parser.add_argument('--payload-size', type=int, default=512, help='bytes per datagram')
parser.add_argument('--interval', type=float, default=0.5, help='seconds between datagrams')
parser.add_argument('--count', type=int, default=10)
parser.add_argument('--family', choices=['ipv4', 'ipv6'], default='ipv4')
print('parsing')
args = parser.parse_args(['localhost'])
print('not reached', args)
