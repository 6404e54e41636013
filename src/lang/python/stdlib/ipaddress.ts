// Python's ipaddress (Lib/ipaddress.py, CPython 3.11), written in Python and run by the first
// import, as heapq is: ip_address/ip_network/ip_interface, IPv4Address/IPv6Address (repr, str,
// int, packed, arithmetic, ordering, the is_* properties over CPython 3.11's special-purpose
// tables), IPv4Network/IPv6Network (network/broadcast address, netmask, hostmask, num_addresses,
// hosts(), iteration, `in`, subnets, supernet, overlaps) and the Interface classes. Parsing
// keeps CPython's checks and messages (_parse_octet, _ip_int_from_string, _make_netmask).
// socklab has no multiple inheritance: each class has one base (_BaseAddress or _BaseNetwork)
// and takes its version's helpers from a table (_V4/_V6) where CPython mixes in _BaseV4/_BaseV6.
// Not here: scope ids (%zone), ipv4_mapped/sixtofour/teredo, collapse_addresses, summarize_address_range.
// Provenance: much of the Python source below is CPython 3.11's own Lib/ipaddress.py, kept line for line
// where the behaviour depends on it (Python Software Foundation License Version 2;
// Copyright (c) 2001-2023 Python Software Foundation; all rights reserved).
export const IPADDRESS_SOURCE = String.raw`IPV4LENGTH = 32
IPV6LENGTH = 128

class AddressValueError(ValueError):
    """A Value Error related to the address."""

class NetmaskValueError(ValueError):
    """A Value Error related to the netmask."""

def ip_address(address):
    """Take an IP string/int and return an object of the correct type."""
    try:
        return IPv4Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')

def ip_network(address, strict=True):
    """Take an IP string/int and return an object of the correct type."""
    try:
        return IPv4Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')

def ip_interface(address):
    """Take an IP string/int and return an object of the correct type."""
    try:
        return IPv4Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')

def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")

def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")

def _split_optional_netmask(address):
    addr = str(address).split('/')
    if len(addr) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return addr

def _parse_octet(octet_str):
    if not octet_str:
        raise ValueError("Empty octet not permitted")
    if not (octet_str.isascii() and octet_str.isdigit()):
        raise ValueError("Only decimal digits permitted in %r" % octet_str)
    if len(octet_str) > 3:
        raise ValueError("At most 3 characters permitted in %r" % octet_str)
    if octet_str != '0' and octet_str[0] == '0':
        raise ValueError("Leading zeros are not permitted in %r" % octet_str)
    octet_int = int(octet_str, 10)
    if octet_int > 255:
        raise ValueError("Octet %d (> 255) not permitted" % octet_int)
    return octet_int

def _v4_int_from_string(ip_str):
    if not ip_str:
        raise AddressValueError('Address cannot be empty')
    octets = ip_str.split('.')
    if len(octets) != 4:
        raise AddressValueError("Expected 4 octets in %r" % ip_str)
    try:
        return int.from_bytes(bytes([_parse_octet(o) for o in octets]), 'big')
    except ValueError as exc:
        raise AddressValueError("%s in %r" % (exc, ip_str)) from None

def _v4_string_from_int(ip_int):
    return '.'.join(map(str, ip_int.to_bytes(4, 'big')))

_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')

def _parse_hextet(hextet_str):
    if not _HEX_DIGITS.issuperset(hextet_str):
        raise ValueError("Only hex digits permitted in %r" % hextet_str)
    if len(hextet_str) > 4:
        raise ValueError("At most 4 characters permitted in %r" % hextet_str)
    return int(hextet_str, 16)

def _v6_int_from_string(ip_str):
    if not ip_str:
        raise AddressValueError('Address cannot be empty')
    parts = ip_str.split(':')
    if len(parts) < 3:
        raise AddressValueError("At least %d parts expected in %r" % (3, ip_str))
    if '.' in parts[-1]:
        try:
            ipv4_int = IPv4Address(parts.pop())._ip
        except AddressValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None
        parts.append('%x' % ((ipv4_int >> 16) & 0xFFFF))
        parts.append('%x' % (ipv4_int & 0xFFFF))
    if len(parts) > 9:
        raise AddressValueError("At most %d colons permitted in %r" % (8, ip_str))
    skip_index = None
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if skip_index is not None:
                raise AddressValueError("At most one '::' permitted in %r" % ip_str)
            skip_index = i
    if skip_index is not None:
        parts_hi = skip_index
        parts_lo = len(parts) - skip_index - 1
        if not parts[0]:
            parts_hi -= 1
            if parts_hi:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
        if not parts[-1]:
            parts_lo -= 1
            if parts_lo:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
        parts_skipped = 8 - (parts_hi + parts_lo)
        if parts_skipped < 1:
            raise AddressValueError("Expected at most %d other parts with '::' in %r" % (7, ip_str))
    else:
        if len(parts) != 8:
            raise AddressValueError("Exactly %d parts expected without '::' in %r" % (8, ip_str))
        if not parts[0]:
            raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
        if not parts[-1]:
            raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
        parts_hi = len(parts)
        parts_lo = 0
        parts_skipped = 0
    try:
        ip_int = 0
        for i in range(parts_hi):
            ip_int <<= 16
            ip_int |= _parse_hextet(parts[i])
        ip_int <<= 16 * parts_skipped
        for i in range(-parts_lo, 0):
            ip_int <<= 16
            ip_int |= _parse_hextet(parts[i])
        return ip_int
    except ValueError as exc:
        raise AddressValueError("%s in %r" % (exc, ip_str)) from None

def _compress_hextets(hextets):
    best_start = -1
    best_len = 0
    start = -1
    length = 0
    for index, hextet in enumerate(hextets):
        if hextet == '0':
            length += 1
            if start == -1:
                start = index
            if length > best_len:
                best_len = length
                best_start = start
        else:
            length = 0
            start = -1
    if best_len > 1:
        best_end = best_start + best_len
        if best_end == len(hextets):
            hextets += ['']
        hextets[best_start:best_end] = ['']
        if best_start == 0:
            hextets = [''] + hextets
    return hextets

def _v6_string_from_int(ip_int):
    hex_str = '%032x' % ip_int
    hextets = ['%x' % int(hex_str[x:x+4], 16) for x in range(0, 32, 4)]
    return ':'.join(_compress_hextets(hextets))

def _v6_exploded(ip_int):
    hex_str = '%032x' % ip_int
    return ':'.join(hex_str[x:x+4] for x in range(0, 32, 4))

class _Version(object):
    def __init__(self, version, max_prefixlen, parse, text, packed):
        self.version = version
        self.max_prefixlen = max_prefixlen
        self.all_ones = (1 << max_prefixlen) - 1
        self.parse = parse
        self.text = text
        self.packed = packed

_V4 = _Version(4, IPV4LENGTH, _v4_int_from_string, _v4_string_from_int, v4_int_to_packed)
_V6 = _Version(6, IPV6LENGTH, _v6_int_from_string, _v6_string_from_int, v6_int_to_packed)

class _BaseAddress(object):
    """A generic IP object."""

    def _init(self, address):
        v = self._v
        if isinstance(address, int):
            if address < 0 or address > v.all_ones:
                raise AddressValueError("%d (< 0) is not permitted as an IPv%d address" % (address, v.version) if address < 0
                                        else "%d (>= 2**%d) is not permitted as an IPv%d address" % (address, v.max_prefixlen, v.version))
            self._ip = address
            return
        if isinstance(address, bytes):
            n = v.max_prefixlen // 8
            if len(address) != n:
                raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address" % (address, len(address), n, v.version))
            self._ip = int.from_bytes(address, 'big')
            return
        addr_str = str(address)
        if '/' in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = v.parse(addr_str)

    @property
    def version(self):
        return self._v.version

    @property
    def max_prefixlen(self):
        return self._v.max_prefixlen

    @property
    def packed(self):
        return self._v.packed(self._ip)

    @property
    def compressed(self):
        return str(self)

    @property
    def exploded(self):
        return str(self)

    def __int__(self):
        return self._ip

    def __index__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._v.version == other._v.version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._v.version != other._v.version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if self._ip != other._ip:
            return self._ip < other._ip
        return False

    def __gt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        return other.__lt__(self)

    def __le__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        return not other.__lt__(self)

    def __ge__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        return not self.__lt__(other)

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return self._v.text(self._ip)

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        return format(int(self), fmt)

    @property
    def reverse_pointer(self):
        if self._v.version == 4:
            return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'
        return '.'.join(reversed(_v6_exploded(self._ip).replace(':', ''))) + '.ip6.arpa'

    def _in(self, networks):
        return any(self in net for net in networks)

    @property
    def is_multicast(self):
        return self in _TABLES[self._v.version]['multicast']

    @property
    def is_private(self):
        if self._v.version == 6 and (self._ip >> 32) == 0xFFFF:
            return IPv4Address(self._ip & 0xFFFFFFFF).is_private
        return self._in(_TABLES[self._v.version]['private'])

    @property
    def is_global(self):
        if self._v.version == 4:
            return self not in _TABLES[4]['shared'] and not self.is_private
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_reserved(self):
        if self._v.version == 4:
            return self in _TABLES[4]['reserved']
        return self._in(_TABLES[6]['reserved'])

    @property
    def is_loopback(self):
        if self._v.version == 4:
            return self in _TABLES[4]['loopback']
        return self._ip == 1

    @property
    def is_link_local(self):
        return self in _TABLES[self._v.version]['link_local']

    @property
    def is_site_local(self):
        return self in _TABLES[6]['site_local']

class IPv4Address(_BaseAddress):
    """Represent and manipulate single IPv4 Addresses."""
    _v = _V4

    def __init__(self, address):
        self._init(address)

class IPv6Address(_BaseAddress):
    """Represent and manipulate single IPv6 Addresses."""
    _v = _V6

    def __init__(self, address):
        self._init(address)

    @property
    def exploded(self):
        return _v6_exploded(self._ip)

    @property
    def ipv4_mapped(self):
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

def _make_netmask(v, arg):
    if isinstance(arg, int):
        prefixlen = arg
        if not (0 <= prefixlen <= v.max_prefixlen):
            raise NetmaskValueError('%r is not a valid netmask' % prefixlen)
    else:
        try:
            if not (arg.isascii() and arg.isdigit()):
                raise ValueError
            prefixlen = int(arg)
            if not (0 <= prefixlen <= v.max_prefixlen):
                raise ValueError
        except ValueError:
            if v.version == 6:
                raise NetmaskValueError('%r is not a valid netmask' % arg) from None
            try:
                ip_int = _v4_int_from_string(arg)
            except AddressValueError:
                raise NetmaskValueError('%r is not a valid netmask' % arg) from None
            prefixlen = _prefix_from_ip_int(v, ip_int)
            if prefixlen is None:
                prefixlen = _prefix_from_ip_int(v, ip_int ^ v.all_ones)
                if prefixlen is None:
                    raise NetmaskValueError('%r is not a valid netmask' % arg) from None
    netmask = (v.all_ones >> (v.max_prefixlen - prefixlen)) << (v.max_prefixlen - prefixlen) if prefixlen else 0
    return netmask, prefixlen

def _prefix_from_ip_int(v, ip_int):
    for prefixlen in range(v.max_prefixlen + 1):
        mask = (v.all_ones >> (v.max_prefixlen - prefixlen)) << (v.max_prefixlen - prefixlen) if prefixlen else 0
        if mask == ip_int:
            return prefixlen
    return None

class _BaseNetwork(object):
    """A generic IP network object."""

    def _init(self, address, strict):
        v = self._v
        if isinstance(address, (int, bytes)):
            addr, mask = address, v.max_prefixlen
        elif isinstance(address, tuple):
            addr = address[0]
            mask = address[1] if len(address) > 1 else v.max_prefixlen
        else:
            parts = _split_optional_netmask(address)
            addr = parts[0]
            mask = parts[1] if len(parts) == 2 else v.max_prefixlen
        self.network_address = self._address_class(addr)
        self._netmask_int, self._prefixlen = _make_netmask(v, mask)
        packed = int(self.network_address)
        if packed & self._netmask_int != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            else:
                self.network_address = self._address_class(packed & self._netmask_int)

    @property
    def version(self):
        return self._v.version

    @property
    def max_prefixlen(self):
        return self._v.max_prefixlen

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def netmask(self):
        return self._address_class(self._netmask_int)

    @property
    def hostmask(self):
        return self._address_class(self._netmask_int ^ self._v.all_ones)

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | (self._netmask_int ^ self._v.all_ones))

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def compressed(self):
        return str(self)

    @property
    def exploded(self):
        return '%s/%d' % (self.network_address.exploded, self._prefixlen)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    def hosts(self):
        """Generate Iterator over usable hosts in a network."""
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if self._prefixlen == self._v.max_prefixlen:
            yield self._address_class(network)
            return
        if self._v.version == 4 and self._prefixlen == self._v.max_prefixlen - 1:
            first, last = network, broadcast
        elif self._v.version == 6:
            first, last = network + 1, broadcast
        else:
            first, last = network + 1, broadcast - 1
        # while, not range(): socklab's range() holds float-sized ints, an IPv6 address is 128 bits.
        x = first
        while x <= last:
            yield self._address_class(x)
            x += 1

    def __iter__(self):
        x = int(self.network_address)
        broadcast = int(self.broadcast_address)
        while x <= broadcast:
            yield self._address_class(x)
            x += 1

    def __getitem__(self, n):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if n >= 0:
            if network + n > broadcast:
                raise IndexError('address out of range')
            return self._address_class(network + n)
        else:
            n += 1
            if broadcast + n < network:
                raise IndexError('address out of range')
            return self._address_class(broadcast + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._v.version != other._v.version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __gt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        return other.__lt__(self)

    def __eq__(self, other):
        try:
            return (self._v.version == other._v.version and
                    self.network_address == other.network_address and
                    int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if isinstance(other, _BaseNetwork):
            return False
        if not isinstance(other, _BaseAddress) or other._v.version != self._v.version:
            return False
        return other._ip & self._netmask_int == self.network_address._ip

    def overlaps(self, other):
        """Tell if self is partly contained in other."""
        return self.network_address in other or (
            self.broadcast_address in other or (
                other.network_address in self or (
                    other.broadcast_address in self)))

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The subnets which join to make the current subnet."""
        if self._prefixlen == self._v.max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._v.max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (new_prefixlen, self))
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        new_addr = start
        while new_addr < end:
            yield self.__class__((new_addr, new_prefixlen))
            new_addr += step

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The supernet containing the current network."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self.prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d' % (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff), new_prefixlen))

    def subnet_of(self, other):
        """Return True if this network is a subnet of other."""
        return (other.network_address <= self.network_address and other.broadcast_address >= self.broadcast_address)

    def supernet_of(self, other):
        """Return True if this network is a supernet of other."""
        return other.subnet_of(self)

    @property
    def is_private(self):
        return any(self.network_address in n and self.broadcast_address in n for n in _TABLES[self._v.version]['private'])

    @property
    def is_global(self):
        if self._v.version == 4:
            return not (self.network_address in _TABLES[4]['shared'] and self.broadcast_address in _TABLES[4]['shared']) and not self.is_private
        return not self.is_private

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and self.broadcast_address.is_multicast

    @property
    def is_loopback(self):
        return self.network_address.is_loopback and self.broadcast_address.is_loopback

    @property
    def is_link_local(self):
        return self.network_address.is_link_local and self.broadcast_address.is_link_local

    @property
    def is_unspecified(self):
        return self.network_address.is_unspecified and self.broadcast_address.is_unspecified

    @property
    def is_reserved(self):
        return self.network_address.is_reserved and self.broadcast_address.is_reserved

class IPv4Network(_BaseNetwork):
    """This class represents and manipulates 32-bit IPv4 network + addresses."""
    _v = _V4
    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        self._init(address, strict)

class IPv6Network(_BaseNetwork):
    """This class represents and manipulates 128-bit IPv6 networks."""
    _v = _V6
    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        self._init(address, strict)

class _BaseInterface(object):
    def _init(self, address):
        v = self._v
        if isinstance(address, (int, bytes)):
            addr, mask = address, v.max_prefixlen
        elif isinstance(address, tuple):
            addr = address[0]
            mask = address[1] if len(address) > 1 else v.max_prefixlen
        else:
            parts = _split_optional_netmask(address)
            addr = parts[0]
            mask = parts[1] if len(parts) == 2 else v.max_prefixlen
        self.ip = self._address_class(addr)
        self.network = self._network_class((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def version(self):
        return self._v.version

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.ip, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.ip, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.ip, self.network.hostmask)

    def __str__(self):
        return '%s/%d' % (self.ip, self._prefixlen)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __eq__(self, other):
        try:
            return self.ip == other.ip and self.network == other.network
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash((self.ip._ip, self._prefixlen, int(self.network.network_address)))

class IPv4Interface(_BaseInterface):
    _v = _V4
    _address_class = IPv4Address
    _network_class = IPv4Network

    def __init__(self, address):
        self._init(address)

class IPv6Interface(_BaseInterface):
    _v = _V6
    _address_class = IPv6Address
    _network_class = IPv6Network

    def __init__(self, address):
        self._init(address)

_TABLES = {
    4: {
        'link_local': IPv4Network('169.254.0.0/16'),
        'loopback': IPv4Network('127.0.0.0/8'),
        'multicast': IPv4Network('224.0.0.0/4'),
        'shared': IPv4Network('100.64.0.0/10'),
        'reserved': IPv4Network('240.0.0.0/4'),
        'private': [IPv4Network(n) for n in ['0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16',
            '172.16.0.0/12', '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16',
            '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32']],
    },
    6: {
        'link_local': IPv6Network('fe80::/10'),
        'multicast': IPv6Network('ff00::/8'),
        'site_local': IPv6Network('fec0::/10'),
        'private': [IPv6Network(n) for n in ['::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23',
            '2001:2::/48', '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10']],
        'reserved': [IPv6Network(n) for n in ['::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4',
            '4000::/3', '6000::/3', '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5', 'F800::/6', 'FE00::/9']],
    },
}
`;
