# ipaddress networks and the module's functions: iteration, hosts(), indexing, subnets
# (prefixlen_diff and new_prefix, and their errors), supernet, overlaps, subnet_of/supernet_of,
# address_exclude, compare_networks, collapse_addresses, summarize_address_range,
# get_mixed_type_key's keys, sorting and comparing addresses, networks and interfaces, hashing,
# int() and packed, v4_int_to_packed/v6_int_to_packed, address arithmetic and its overflow.
import ipaddress
from ipaddress import (ip_address, ip_network, ip_interface, IPv4Address, IPv6Address,
                       IPv4Network, IPv6Network, IPv4Interface, IPv6Interface,
                       collapse_addresses, summarize_address_range)

def attempt(label, fn):
    try:
        print(label, fn())
    except (ValueError, TypeError, IndexError) as e:
        print(label, type(e).__name__ + ':', e)

n = ip_network('192.168.10.0/29')
print(list(n), list(n.hosts()), n[3], n[-2], len(list(n.subnets())))
attempt('n[8]', lambda: n[8])
attempt('n[-9]', lambda: n[-9])
print(list(n.subnets()), list(n.subnets(prefixlen_diff=2)), list(n.subnets(new_prefix=31)))
attempt('subnets /28', lambda: list(n.subnets(new_prefix=28)))
attempt('subnets both', lambda: list(n.subnets(prefixlen_diff=1, new_prefix=30)))
attempt('subnets too far', lambda: list(n.subnets(prefixlen_diff=4)))
print(list(ip_network('10.0.0.0/32').subnets()), list(ip_network('::/128').subnets()))
print(n.supernet(), n.supernet(prefixlen_diff=5), n.supernet(new_prefix=16), ip_network('0.0.0.0/0').supernet())
attempt('supernet longer', lambda: n.supernet(new_prefix=30))
attempt('supernet both', lambda: n.supernet(prefixlen_diff=1, new_prefix=20))
attempt('supernet too far', lambda: n.supernet(prefixlen_diff=40))
big, small, other = ip_network('10.0.0.0/8'), ip_network('10.20.0.0/16'), ip_network('11.0.0.0/8')
print(big.overlaps(small), small.overlaps(big), big.overlaps(other), small.subnet_of(big), big.supernet_of(small), big.subnet_of(big))
attempt('subnet_of mixed', lambda: big.subnet_of(ip_network('::/0')))
print(list(ip_network('10.0.0.0/24').address_exclude(ip_network('10.0.0.64/26'))))
print(list(ip_network('10.0.0.0/30').address_exclude(ip_network('10.0.0.0/30'))))
attempt('exclude outside', lambda: list(big.address_exclude(other)))
attempt('exclude mixed', lambda: list(big.address_exclude(ip_network('::/64'))))
print(big.compare_networks(small), small.compare_networks(big), big.compare_networks(big), big.compare_networks(other))
print(ip_network('10.0.0.0/24').compare_networks(ip_network('10.0.0.0/25')))
addrs = [ip_address('192.0.2.%d' % i) for i in (7, 0, 1, 2, 3, 5, 4, 6, 9)]
print(list(collapse_addresses(addrs)))
nets = [ip_network('192.0.2.0/26'), ip_network('192.0.2.64/26'), ip_network('192.0.2.128/25'), ip_network('192.0.2.16/28'), ip_network('198.51.100.0/24')]
print(list(collapse_addresses(nets)), list(collapse_addresses([])))
print(list(collapse_addresses([ip_network('2001:db8::/33'), ip_network('2001:db8:8000::/33'), ip_address('2001:db9::1')])))
attempt('collapse mixed', lambda: list(collapse_addresses([ip_address('1.1.1.1'), ip_address('::1')])))
attempt('collapse iface', lambda: list(collapse_addresses([ip_interface('1.1.1.1/24')])))
print(list(summarize_address_range(IPv4Address('192.0.2.0'), IPv4Address('192.0.2.130'))))
print(list(summarize_address_range(IPv4Address('10.0.0.1'), IPv4Address('10.0.0.1'))), list(summarize_address_range(IPv4Address('0.0.0.0'), IPv4Address('255.255.255.255'))))
print(list(summarize_address_range(IPv6Address('2001:db8::'), IPv6Address('2001:db8::1:ff'))))
attempt('summarize reversed', lambda: list(summarize_address_range(IPv4Address('10.0.0.2'), IPv4Address('10.0.0.1'))))
attempt('summarize mixed', lambda: list(summarize_address_range(IPv4Address('10.0.0.2'), IPv6Address('::1'))))
attempt('summarize net', lambda: list(summarize_address_range(ip_network('10.0.0.0/8'), IPv4Address('10.0.0.1'))))

mixed = [ip_address('10.0.0.2'), ip_address('10.0.0.1'), ip_address('9.255.255.255')]
print(sorted(mixed), min(mixed), max(mixed))
print(sorted([ip_network('10.0.0.0/16'), ip_network('10.0.0.0/8'), ip_network('9.0.0.0/8'), ip_network('10.0.0.0/24')]))
print(sorted([ip_interface('10.0.0.2/24'), ip_interface('10.0.0.1/25'), ip_interface('10.0.0.1/24')]))
print([ipaddress.get_mixed_type_key(x) for x in [ip_address('::2'), ip_network('1.0.0.0/8'), ip_interface('1.1.1.1/8')]])
attempt('mixed key', lambda: ipaddress.get_mixed_type_key('x'))
a, b = ip_address('10.0.0.1'), ip_address('10.0.0.2')
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == '10.0.0.1', a == 167772161, a != ip_address('::a00:1'))
attempt('v4 < v6', lambda: a < ip_address('::1'))
attempt('addr < net', lambda: a < ip_network('10.0.0.0/8'))
attempt('net < addr', lambda: ip_network('10.0.0.0/8') < a)
attempt('addr < str', lambda: a < '10.0.0.2')
attempt('net < v6net', lambda: ip_network('10.0.0.0/8') < ip_network('::/0'))
i = ip_interface('10.0.0.1/24')
print(i == ip_address('10.0.0.1'), i == ip_interface('10.0.0.1/16'), i < ip_interface('10.0.0.1/25'), isinstance(i, IPv4Address), i in ip_network('10.0.0.0/8'))
print(len({ip_address('1.2.3.4'), IPv4Address('1.2.3.4'), IPv4Address(16909060), ip_address('::1.2.3.4')}))
print(len({ip_network('10.0.0.0/8'), IPv4Network('10.0.0.0/255.0.0.0'), ip_network('10.0.0.0/16')}))
print(ip_address('10.0.0.1') in ip_network('10.0.0.0/8'), ip_address('::1') in ip_network('10.0.0.0/8'), ip_network('10.1.0.0/16') in ip_network('10.0.0.0/8'))
for x in [ip_address('0.0.0.0'), ip_address('255.255.255.255'), ip_address('::'), ip_address('ffff::1')]:
    print(int(x), x.packed, hex(int(x)), x.version, x.max_prefixlen)
    attempt("hex", lambda: hex(x))
    attempt("bytes", lambda: bytes(x))
print(ipaddress.v4_int_to_packed(3232235777), ipaddress.v6_int_to_packed(1), ipaddress.IPV4LENGTH, ipaddress.IPV6LENGTH)
attempt('v4 packed big', lambda: ipaddress.v4_int_to_packed(2 ** 32))
attempt('v6 packed neg', lambda: ipaddress.v6_int_to_packed(-1))
print(a + 1, a - 1, ip_address('::ffff') + 1, ip_address('255.255.255.254') + 1)
attempt('overflow', lambda: ip_address('255.255.255.255') + 1)
attempt('underflow', lambda: ip_address('0.0.0.0') - 1)
attempt('v6 overflow', lambda: ip_address('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff') + 1)
attempt('addr + addr', lambda: a + b)
attempt('addr - addr', lambda: b - a)
attempt('addr + str', lambda: a + '1')
attempt('int + addr', lambda: 1 + a)
for spec in ['', 's', 'b', 'x', 'X', 'n', '#b', '_b', '#_x', '>20', '^20s', '_X', '#X']:
    attempt('format %r' % spec, lambda: format(a, spec))
attempt("format v6 'x'", lambda: format(ip_address('::1'), 'x'))
attempt("format v6 '#_x'", lambda: format(ip_address('2001:db8::1'), '#_x'))
attempt("format v6 'n'", lambda: format(ip_address('::1'), 'n'))
attempt("format 'd'", lambda: format(a, 'd'))
n6 = ip_network('2001:db8::/125')
print(n6.num_addresses, list(n6.hosts()), n6.broadcast_address, n6.hostmask, n6.netmask, n6.with_netmask, n6.with_hostmask)
print(list(ip_network('2001:db8::/127').hosts()), list(ip_network('2001:db8::1/128').hosts()), list(ip_network('10.0.0.0/31').hosts()))
print(ip_network('10.0.0.0/8').num_addresses, ip_network('::/0').num_addresses, ip_network('10.0.0.0/8').prefixlen, repr(ip_network('10.0.0.0/8').netmask))
print(IPv4Network('10.0.0.0/8').hostmask, IPv4Network(('10.0.0.0', '0.255.255.255')), IPv4Network('10.0.0.0/255.0.0.0').with_hostmask)
for x in [ip_interface('10.1.2.3/8'), ip_interface('2001:db8::5/64'), IPv4Interface('10.0.0.1'), IPv6Interface(('::1', 64)), IPv4Interface(167772161)]:
    print(repr(x), x, x.ip, x.network, x.netmask, x.hostmask, x.with_prefixlen, x.with_netmask, x.with_hostmask, hash(x) == hash(IPv4Interface(str(x)) if x.version == 4 else IPv6Interface(str(x))))
print(IPv4Interface('10.0.0.1/24').network.network_address, IPv4Interface('10.0.0.1/24') + 1 if False else 'skip')
