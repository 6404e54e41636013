# ipaddress's special-purpose ranges (the IANA registries as CPython 3.11 holds them) through
# the is_* properties of addresses and networks, at each range's edges; and IPv6's own
# attributes: compressed/exploded, scope ids (%zone: str, repr, equality, hashing, networks),
# ipv4_mapped, sixtofour, teredo, is_site_local, reverse_pointer of both versions.
from ipaddress import ip_address, ip_network, ip_interface, IPv6Address, IPv4Address

PROPS = ['is_private', 'is_global', 'is_reserved', 'is_loopback', 'is_multicast', 'is_link_local', 'is_unspecified']

def flags(x, props=PROPS):
    return ''.join('1' if getattr(x, p) else '.' for p in props)

V4 = ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
      '192.0.0.0/24', '192.0.0.0/29', '192.0.0.8/29', '192.0.0.9/32', '192.0.0.10/32', '192.0.0.170/31', '192.0.2.0/24',
      '192.31.196.0/24', '192.52.193.0/24', '192.88.99.0/24', '192.168.0.0/16', '192.175.48.0/24',
      '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4', '255.255.255.255/32',
      '8.8.8.0/24', '1.0.0.0/8']
for text in V4:
    net = ip_network(text)
    first, last = int(net.network_address), int(net.broadcast_address)
    edges = [first - 1, first, first + 1, (first + last) // 2, last - 1, last, last + 1]
    row = [flags(IPv4Address(v)) for v in edges if 0 <= v < 2 ** 32]
    print(text.ljust(18), flags(net), ' '.join(row))
V6 = ['::/128', '::1/128', '::ffff:0:0/96', '64:ff9b::/96', '64:ff9b:1::/48', '100::/64', '2001::/23', '2001::/32',
      '2001:1::1/128', '2001:1::2/128', '2001:2::/48', '2001:3::/32', '2001:4:112::/48', '2001:10::/28', '2001:20::/28',
      '2001:db8::/32', '2002::/16', '2620:4f:8000::/48', 'fc00::/7', 'fe80::/10', 'fec0::/10', 'ff00::/8',
      '2606:4700::/32', '4000::/3', 'e000::/4', 'f000::/5', 'f800::/6', 'fe00::/9', '::/8', '200::/7']
for text in V6:
    net = ip_network(text)
    first, last = int(net.network_address), int(net.broadcast_address)
    edges = [first - 1, first, first + 1, (first + last) // 2, last - 1, last, last + 1]
    row = [flags(IPv6Address(v), PROPS + ['is_site_local']) for v in edges if 0 <= v < 2 ** 128]
    print(text.ljust(18), flags(net, PROPS + ['is_site_local']), ' '.join(row))
for text in ['::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:8.8.8.8', '::127.0.0.1', '2002:c000:204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2']:
    x = ip_address(text)
    print(text, flags(x), x.ipv4_mapped, x.sixtofour, x.teredo)
for text in ['0:0:0:0:0:0:0:0', '0:0:0:0:0:0:0:1', '1:0:0:0:0:0:0:1', '1:0:0:1:0:0:0:1', '1:0:0:1:0:0:1:1', '1:0:1:0:1:0:1:0',
             '2001:DB8:0:0:8:800:200C:417A', 'ff01::101', '::13.1.68.3', '::ffff:129.144.52.38', '1:2:3:4:5:6:7:0',
             '0:1:2:3:4:5:6:7', 'abcd:ef01:2345:6789:abcd:ef01:2345:6789', '1:0:0:2:0:0:3:4', '1::', '::ffff:0:0']:
    x = ip_address(text)
    print(text, '->', x.compressed, x.exploded, repr(x))
for text in ['fe80::1%eth0', 'fe80::1%1', 'FE80::A%Ethernet 2', 'ff02::1%lo', '::ffff:1.2.3.4%5']:
    x = IPv6Address(text)
    print(repr(x), str(x), x.scope_id, x.compressed, int(x), x == IPv6Address(text.split('%')[0]), x.is_link_local, x.ipv4_mapped)
    try:
        print(x.exploded)
    except ValueError as e:
        print(type(e).__name__, e)
print(IPv6Address('fe80::1').scope_id, IPv6Address('fe80::1%a') == IPv6Address('fe80::1%b'), IPv6Address('fe80::1%a') == IPv6Address('fe80::1%a'))
print(len({IPv6Address('fe80::1%a'), IPv6Address('fe80::1%a'), IPv6Address('fe80::1%b'), IPv6Address('fe80::1')}))
print(IPv6Address('fe80::1%a') < IPv6Address('fe80::1%b'), IPv6Address('fe80::1') < IPv6Address('fe80::1%a'), IPv6Address('fe80::1%a') + 1)
n = ip_network('fe80::%eth0/64')
print(repr(n), n, n.network_address, repr(n.network_address), n.network_address.scope_id, n.broadcast_address, n.with_netmask)
print(IPv6Address('fe80::1%eth0') in n, IPv6Address('fe80::1') in n, ip_network('fe80::/64') == n)
i = ip_interface('fe80::1%eth0/64')
print(repr(i), i, i.ip, repr(i.ip), i.network, i.with_prefixlen, i.with_netmask)
for text in ['127.0.0.1', '192.168.1.10', '0.0.0.0', '::1', '2001:db8::567:89ab', 'fe80::1%eth0', '::ffff:10.0.0.1']:
    try:
        print(text, ip_address(text).reverse_pointer)
    except ValueError as e:
        print(text, type(e).__name__, e)
print(ip_address('::ffff:1.2.3.4').exploded, ip_address('::ffff:1.2.3.4').compressed, str(ip_address('::ffff:1.2.3.4')))
print(ip_network('::ffff:0:0/96'), ip_interface('::ffff:1.2.3.4/96'))
