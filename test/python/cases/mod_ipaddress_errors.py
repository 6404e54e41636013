# ipaddress's error messages, verbatim, for the mistakes a learner makes: bad octets and
# hextets, wrong lengths, leading zeros, stray characters, bad prefixes and netmasks, host
# bits set, wrong types, and the factory functions' ValueError naming the argument.
import ipaddress
from ipaddress import (ip_address, ip_network, ip_interface, IPv4Address, IPv6Address,
                       IPv4Network, IPv6Network, IPv4Interface, IPv6Interface)

def attempt(make, arg):
    try:
        value = make(arg)
    except (ValueError, TypeError) as e:
        print(make.__name__, repr(arg), '->', type(e).__name__ + ':', e)
    else:
        print(make.__name__, repr(arg), '=', repr(value))

for text in ['', ' ', '1.2.3', '1.2.3.4.5', '1.2.3.256', '1.2.3.-1', '01.2.3.4', '1.2.3.04', '1.2.3.0x1',
             '1.2.3.4 ', '1..3.4', '1.2.3.', '1.2.3.4%eth0', 'a.b.c.d', '1.2.3.1000', '1.2.3.4/24',
             '١.2.3.4', '1.2.3.+4', '0.0.0.0', '255.255.255.255', '000.1.1.1', '1.2.3.00']:
    attempt(IPv4Address, text)
for text in ['', ':', ':::', '1::2::3', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '12345::', 'g::',
             '1:2:3:4:5:6:7:8::', '::1:2:3:4:5:6:7:8', ':1::2', '1::2:', '::1.2.3', '::1.2.3.400',
             '1.2.3.4::', '::ffff:1.2.3.4', 'fe80::1%', 'fe80::1%eth0', 'fe80::1%%', '::1/128',
             '1:2:3:4:5:6:7::', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '0:0:0:0:0:0:0:0:0', 'FE80::ABCD']:
    attempt(IPv6Address, text)
for value in [-1, 2 ** 32, 3.5, None, b'\x01\x02\x03', b'\x01\x02\x03\x04', [1, 2]]:
    attempt(IPv4Address, value)
for value in [-1, 2 ** 128, b'\x00' * 15, b'\x00' * 16]:
    attempt(IPv6Address, value)
for text in ['1.2.3.0/24', '1.2.3.4/24', '1.2.3.0/33', '1.2.3.0/-1', '1.2.3.0/+8', '1.2.3.0/08', '1.2.3.0/ 8',
             '1.2.3.0/255.255.255.0', '1.2.3.0/255.0.255.0', '1.2.3.0/0.0.0.255', '1.2.3.0/0.255.0.255',
             '1.2.3.0/1.2.3.4.5', '1.2.3.0/', '1.2.3.0/a', '1.2.3.0/24/8', '/24', '1.2.3/24', '0.0.0.0/0']:
    attempt(IPv4Network, text)
for text in ['2001:db8::/32', '2001:db8::1/32', '2001:db8::/129', '2001:db8::/ffff::', '::/0', '2001:db8::/-1',
             '2001:db8::%eth0/64', 'x::/64', '2001:db8::/64/1']:
    attempt(IPv6Network, text)
for value in [('10.0.0.0', 8), ('10.0.0.1', 8), ('10.0.0.0', '255.0.0.0'), (167772160, 8), ('10.0.0.0', 33), (b'\x0a\x00\x00\x00', 8), 167772160, (1, 2, 3)]:
    attempt(IPv4Network, value)
for text in ['10.0.0.1/8', '10.0.0.1/255.0.0.0', '10.0.0.1/40', '10.0.0.1/x', '::1/200', 'fe80::1%2/64']:
    attempt(ip_interface, text)
for value in ['hello', '1.2.3.4/24', '::1/64', '', 5, -1, 2 ** 129, None, 1.5, b'\x01\x02']:
    attempt(ip_address, value)
for value in ['hello', '10.0.0.1/8', '10.0.0.0/8', '::/300', 5, 2 ** 40]:
    attempt(ip_network, value)
print(ip_network('10.0.0.1/8', strict=False), ip_network('10.0.0.1/8', False))
for cls in [ipaddress.AddressValueError, ipaddress.NetmaskValueError]:
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
