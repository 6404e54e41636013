# ipaddress as a networking tutorial uses it: ip_address/ip_network/ip_interface, the address
# classes' repr/str/int/packed/arithmetic/ordering and is_* properties, IPv6 compression,
# networks' hosts(), num_addresses, netmask/hostmask, `in`, subnets/supernet, and the errors.
import ipaddress
from ipaddress import ip_address, ip_network, ip_interface, IPv4Address, IPv6Address, IPv4Network

a = ip_address('192.168.1.10')
print(repr(a), a, int(a), a.packed, a.version, a.max_prefixlen)
print(a + 5, a - 10, a < ip_address('192.168.1.11'), a == IPv4Address(3232235786), IPv4Address(b'\x7f\x00\x00\x01'))
for s in ['127.0.0.1', '10.1.2.3', '8.8.8.8', '224.0.0.1', '169.254.1.1', '0.0.0.0', '100.64.0.1', '255.255.255.255']:
    x = ip_address(s)
    print(s, x.is_private, x.is_global, x.is_loopback, x.is_multicast, x.is_link_local, x.is_unspecified, x.is_reserved)
for s in ['::1', '::', 'fe80::1', '2001:db8::8:800:200c:417a', '2001:0db8:0000:0000:0000:0000:0000:0001', 'ff02::1', '2606:4700::1111', '1:0:0:2:0:0:0:3', '::ffff:1.2.3.4']:
    x = ip_address(s)
    print(repr(x), x.exploded, x.is_private, x.is_global, x.is_loopback, x.is_multicast, x.is_link_local)
print(ip_address('::ffff:10.0.0.1').ipv4_mapped, ip_address('1.2.3.4').reverse_pointer, ip_address(1))
n = ip_network('192.168.1.0/28')
print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.num_addresses, n.prefixlen)
print(list(n.hosts())[:3], len(list(n.hosts())), n[0], n[-1], n.with_netmask, n.with_hostmask)
print(a in ip_network('192.168.1.0/24'), a in n, ip_network('10.0.0.0/255.0.0.0'), ip_network('10.0.0.0/0.255.255.255'))
print(list(ip_network('10.0.0.0/30')), list(ip_network('10.0.0.0/31').hosts()), list(ip_network('10.0.0.1/32').hosts()))
print(list(ip_network('192.168.0.0/24').subnets(new_prefix=26)), ip_network('192.168.1.0/24').supernet(), ip_network('192.168.0.0/24').supernet(new_prefix=16))
print(ip_network('10.0.0.0/8').overlaps(ip_network('10.1.0.0/16')), ip_network('10.1.0.0/16').subnet_of(ip_network('10.0.0.0/8')))
print(ip_network('192.168.1.5/24', strict=False), ip_network('2001:db8::/32'), ip_network('2001:db8::/126').num_addresses, list(ip_network('2001:db8::/126').hosts()))
print(ip_network('10.0.0.0/8').is_private, ip_network('8.8.8.0/24').is_global, sorted([ip_address('10.0.0.2'), ip_address('10.0.0.1')]))
i = ip_interface('192.168.1.5/24')
print(repr(i), i.ip, i.network, i.netmask, i.with_prefixlen, ip_interface('2001:db8::1/64').network)
print({ip_address('1.1.1.1'): 1}[IPv4Address('1.1.1.1')], f'{a}', '{:>16}'.format(str(a)), format(a, 'b')[:8])
for bad in ['300.1.1.1', '1.2.3', '01.2.3.4', 'x.1.1.1', '1::2::3', '12345::', 'hello', '']:
    try:
        ip_address(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ['1.2.3.4', '1.2.3.4/24', '1.2.3.0/33', '1.2.3.0/255.0.255.0', '1.2.3.4/2/3']:
    try:
        print(IPv4Network(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    IPv4Address('1.2.3.4/24')
except ipaddress.AddressValueError as e:
    print('AddressValueError', e, isinstance(e, ValueError))
try:
    IPv4Address(2 ** 32)
except ipaddress.AddressValueError as e:
    print(e)
try:
    ip_address('1.1.1.1') < ip_address('::1')
except TypeError as e:
    print('TypeError', e)
