// ipaddress: ip_address/ip_network/ip_interface, IPv4Address/IPv6Address (repr, str, int,
// packed, arithmetic, ordering, format(), reverse_pointer, the is_* properties), IPv6's zones
// (%scope), ipv4_mapped, sixtofour and teredo, IPv4Network/IPv6Network (hosts(), iteration,
// indexing, `in`, subnets, supernet, overlaps, subnet_of, address_exclude, compare_networks),
// the Interface classes, collapse_addresses, summarize_address_range and get_mixed_type_key.
// Written in Python from the library documentation and python3 3.11's observable behaviour
// (its error messages word for word, its special-purpose ranges, the orderings between mixed
// types), and run by the first import. socklab has no multiple inheritance: each version's
// address class stands alone and its Interface class is its subclass, as in CPython.
// Not here: pickling (__reduce__), the private _BaseV4/_BaseV6 classes.
export const IPADDRESS_SOURCE = String.raw`IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """An address that does not parse, or does not fit its version."""


class NetmaskValueError(ValueError):
    """A prefix length or netmask that the network's version cannot have."""


_DECIMAL_DIGITS = frozenset('0123456789')
_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')


# ---- Text to integer and back. The messages are CPython's, word for word. --------------------

def _octet_complaint(piece):
    if not piece:
        return 'Empty octet not permitted'
    if not set(piece) <= _DECIMAL_DIGITS:
        return 'Only decimal digits permitted in %r' % piece
    if len(piece) > 3:
        return 'At most 3 characters permitted in %r' % piece
    if len(piece) > 1 and piece[0] == '0':
        return 'Leading zeros are not permitted in %r' % piece
    if int(piece) > 255:
        return 'Octet %d (> 255) not permitted' % int(piece)
    return None


def _dotted_to_int(text):
    if not text:
        raise AddressValueError('Address cannot be empty')
    pieces = text.split('.')
    if len(pieces) != 4:
        raise AddressValueError('Expected 4 octets in %r' % text)
    total = 0
    for piece in pieces:
        complaint = _octet_complaint(piece)
        if complaint is not None:
            raise AddressValueError('%s in %r' % (complaint, text))
        total = (total << 8) | int(piece)
    return total


def _int_to_dotted(value):
    return '%d.%d.%d.%d' % (value >> 24, (value >> 16) & 255, (value >> 8) & 255, value & 255)


def _hextet_value(word, text):
    if not set(word) <= _HEX_DIGITS:
        raise AddressValueError('Only hex digits permitted in %r in %r' % (word, text))
    if len(word) > 4:
        raise AddressValueError('At most 4 characters permitted in %r in %r' % (word, text))
    return int(word, 16)


def _colon_hex_to_int(text):
    # RFC 4291 section 2.2 text (no zone): eight groups, one '::', an IPv4 tail.
    if not text:
        raise AddressValueError('Address cannot be empty')
    words = text.split(':')
    if len(words) < 3:
        raise AddressValueError('At least 3 parts expected in %r' % text)
    if '.' in words[-1]:
        try:
            low32 = _dotted_to_int(words[-1])
        except AddressValueError as exc:
            raise AddressValueError('%s in %r' % (exc, text)) from None
        words[-1:] = ['%x' % (low32 >> 16), '%x' % (low32 & 0xffff)]
    if len(words) > 9:
        raise AddressValueError('At most 8 colons permitted in %r' % text)
    holes = [i for i in range(1, len(words) - 1) if not words[i]]
    if len(holes) > 1:
        raise AddressValueError("At most one '::' permitted in %r" % text)
    if holes:
        before, after = words[:holes[0]], words[holes[0] + 1:]
        if before and not before[0]:
            if len(before) > 1:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % text)
            before = []
        if after and not after[-1]:
            if len(after) > 1:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % text)
            after = []
        if len(before) + len(after) > 7:
            raise AddressValueError("Expected at most 7 other parts with '::' in %r" % text)
        words = before + ['0'] * (8 - len(before) - len(after)) + after
    else:
        if len(words) != 8:
            raise AddressValueError("Exactly 8 parts expected without '::' in %r" % text)
        if not words[0]:
            raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % text)
        if not words[-1]:
            raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % text)
    total = 0
    for word in words:
        total = (total << 16) | _hextet_value(word, text)
    return total


def _groups(value):
    return [(value >> shift) & 0xffff for shift in range(112, -1, -16)]


def _int_to_colon_hex(value):
    # RFC 5952: lowercase, no leading zeros, the first longest run (two or more) of zero groups as '::'.
    groups = _groups(value)
    best_start, best_len, start = -1, 1, -1
    for i in range(8):
        if groups[i]:
            start = -1
            continue
        if start < 0:
            start = i
        if i - start + 1 > best_len:
            best_start, best_len = start, i - start + 1
    texts = ['%x' % g for g in groups]
    if best_start < 0:
        return ':'.join(texts)
    return ':'.join(texts[:best_start]) + '::' + ':'.join(texts[best_start + best_len:])


def _v4_block(a, b, c, d, prefixlen):
    # a.b.c.d/prefixlen as its (first, last) integers.
    first = (a << 24) | (b << 16) | (c << 8) | d
    return first, first + (1 << (32 - prefixlen)) - 1


def _v6_block(leading, prefixlen):
    # The network's leading groups (the rest are zero) and its prefix length, as (first, last).
    first = 0
    for group in leading:
        first = (first << 16) | group
    first <<= 16 * (8 - len(leading))
    return first, first + (1 << (128 - prefixlen)) - 1


def _in_blocks(value, blocks):
    for first, last in blocks:
        if first <= value <= last:
            return True
    return False


def _span_in_one(first, last, blocks):
    for lo, hi in blocks:
        if lo <= first and last <= hi:
            return True
    return False


# The special-purpose ranges as python3 3.11 classifies them (IANA's IPv4 and IPv6
# special-purpose address registries, RFC 6890).
_V4_PRIVATE = (_v4_block(0, 0, 0, 0, 8), _v4_block(10, 0, 0, 0, 8), _v4_block(127, 0, 0, 0, 8),
               _v4_block(169, 254, 0, 0, 16), _v4_block(172, 16, 0, 0, 12), _v4_block(192, 0, 0, 0, 29),
               _v4_block(192, 0, 0, 170, 31), _v4_block(192, 0, 2, 0, 24), _v4_block(192, 168, 0, 0, 16),
               _v4_block(198, 18, 0, 0, 15), _v4_block(198, 51, 100, 0, 24), _v4_block(203, 0, 113, 0, 24),
               _v4_block(240, 0, 0, 0, 4), _v4_block(255, 255, 255, 255, 32))
_V4_SHARED = (_v4_block(100, 64, 0, 0, 10),)
_V4_LOOPBACK = (_v4_block(127, 0, 0, 0, 8),)
_V4_LINK_LOCAL = (_v4_block(169, 254, 0, 0, 16),)
_V4_MULTICAST = (_v4_block(224, 0, 0, 0, 4),)
_V4_RESERVED = (_v4_block(240, 0, 0, 0, 4),)
_V6_PRIVATE = (_v6_block((0, 0, 0, 0, 0, 0, 0, 1), 128), _v6_block((), 128), _v6_block((0, 0, 0, 0, 0, 0xffff), 96),
               _v6_block((0x100,), 64), _v6_block((0x2001,), 23), _v6_block((0x2001, 2), 48),
               _v6_block((0x2001, 0xdb8), 32), _v6_block((0x2001, 0x10), 28), _v6_block((0xfc00,), 7),
               _v6_block((0xfe80,), 10))
_V6_RESERVED = tuple(_v6_block((top,), plen) for top, plen in [
    (0, 8), (0x100, 8), (0x200, 7), (0x400, 6), (0x800, 5), (0x1000, 4), (0x4000, 3), (0x6000, 3),
    (0x8000, 3), (0xa000, 3), (0xc000, 3), (0xe000, 4), (0xf000, 5), (0xf800, 6), (0xfe00, 9)])
_V6_LINK_LOCAL = (_v6_block((0xfe80,), 10),)
_V6_SITE_LOCAL = (_v6_block((0xfec0,), 10),)
_V6_MULTICAST = (_v6_block((0xff00,), 8),)


def _versions_differ(a, b):
    return TypeError('%s and %s are not of the same version' % (a, b))


def _mask_of(bits, prefixlen):
    return ((1 << bits) - 1) ^ ((1 << (bits - prefixlen)) - 1)


# ---- Addresses --------------------------------------------------------------------------------

class _Address:
    # A subclass names its version (_version, _bits) and its text form (_from_text, _to_text).
    _scope = None

    def __init__(self, address):
        if isinstance(address, int):
            self._ip = self._in_range(address)
        elif isinstance(address, bytes):
            size = self._bits // 8
            if len(address) != size:
                raise AddressValueError('%r (len %d != %d) is not permitted as an IPv%d address'
                                        % (address, len(address), size, self._version))
            self._ip = int.from_bytes(address, 'big')
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError("Unexpected '/' in %r" % address)
            self._ip = self._from_text(text)

    def _in_range(self, value):
        if value < 0:
            raise AddressValueError('%d (< 0) is not permitted as an IPv%d address' % (value, self._version))
        if value >> self._bits:
            raise AddressValueError('%d (>= 2**%d) is not permitted as an IPv%d address'
                                    % (value, self._bits, self._version))
        return value

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._bits

    @property
    def packed(self):
        """The address as bytes, network (big-endian) order."""
        return self._ip.to_bytes(self._bits // 8, 'big')

    @property
    def compressed(self):
        return str(self)

    def __str__(self):
        return self._to_text(self._ip)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __int__(self):
        return self._ip

    def __hash__(self):
        return hash(self._ip)

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _Address):
            return NotImplemented
        if self._version != other._version:
            raise _versions_differ(self, other)
        return self._ip < other._ip

    # The other orderings follow from __lt__ and __eq__, as functools.total_ordering makes them.
    def __gt__(self, other):
        below = type(self).__lt__(self, other)
        if below is NotImplemented:
            return below
        return not below and self != other

    def __le__(self, other):
        below = type(self).__lt__(self, other)
        if below is NotImplemented:
            return below
        return below or self == other

    def __ge__(self, other):
        below = type(self).__lt__(self, other)
        if below is NotImplemented:
            return below
        return not below

    # Address arithmetic is with ints only; the result must still fit (AddressValueError).
    def __add__(self, other):
        return type(self)(self._ip + other) if isinstance(other, int) else NotImplemented

    def __sub__(self, other):
        return type(self)(self._ip - other) if isinstance(other, int) else NotImplemented

    def __format__(self, fmt):
        # '' and '...s' format the text; [#][_](b|x|X|n) the integer, zero-filled to the width.
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        body = fmt
        prefix = body.startswith('#')
        if prefix:
            body = body[1:]
        grouped = body.startswith('_')
        if grouped:
            body = body[1:]
        if body not in ('b', 'x', 'X', 'n'):
            raise TypeError('unsupported format string passed to %s.__format__' % type(self).__name__)
        if body == 'n':
            body = 'b' if self._version == 4 else 'x'
        width = self._bits if body == 'b' else self._bits // 4
        digits = format(self._ip, body).zfill(width)
        if grouped:
            digits = '_'.join(digits[i:i + 4] for i in range(0, width, 4))
        if prefix:
            digits = '0' + ('b' if body == 'b' else body) + digits
        return digits


class IPv4Address(_Address):
    """An IPv4 address, from dotted-decimal text, an int or 4 packed bytes."""

    _version = 4
    _bits = IPV4LENGTH
    _from_text = staticmethod(_dotted_to_int)
    _to_text = staticmethod(_int_to_dotted)

    @property
    def exploded(self):
        return str(self)

    @property
    def reverse_pointer(self):
        """The name of the address's PTR record: '1.0.0.127.in-addr.arpa'."""
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def is_private(self):
        return _in_blocks(self._ip, _V4_PRIVATE)

    @property
    def is_global(self):
        return not _in_blocks(self._ip, _V4_SHARED) and not self.is_private

    @property
    def is_loopback(self):
        return _in_blocks(self._ip, _V4_LOOPBACK)

    @property
    def is_link_local(self):
        return _in_blocks(self._ip, _V4_LINK_LOCAL)

    @property
    def is_multicast(self):
        return _in_blocks(self._ip, _V4_MULTICAST)

    @property
    def is_reserved(self):
        return _in_blocks(self._ip, _V4_RESERVED)

    @property
    def is_unspecified(self):
        # python3 compares with IPv4Address('0.0.0.0'): an interface is never equal to it.
        return self == IPv4Address(0)


def _split_zone(text):
    address, mark, zone = text.partition('%')
    if mark and (not zone or '%' in zone):
        raise AddressValueError('Invalid IPv6 address: "%r"' % text)
    return address, (zone if mark else None)


class IPv6Address(_Address):
    """An IPv6 address, from RFC 4291 text (with an optional %zone), an int or 16 packed bytes."""

    _version = 6
    _bits = IPV6LENGTH
    _to_text = staticmethod(_int_to_colon_hex)

    def _from_text(self, text):
        address, self._scope = _split_zone(text)
        return _colon_hex_to_int(address)

    def __str__(self):
        text = _int_to_colon_hex(self._ip)
        return text if self._scope is None else text + '%' + self._scope

    def __hash__(self):
        return hash((self._ip, self._scope))

    def __eq__(self, other):
        same = _Address.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        return self._scope == getattr(other, '_scope', None)

    @property
    def scope_id(self):
        """The zone after '%' in the text ('eth0' in 'fe80::1%eth0'), or None."""
        return self._scope

    @property
    def exploded(self):
        # python3 re-reads its own text, so an address with a zone cannot be exploded.
        text = str(self)
        if self._scope is not None:
            _colon_hex_to_int(text)
        return ':'.join('%04x' % g for g in _groups(self._ip))

    @property
    def reverse_pointer(self):
        """The name of the address's PTR record, one label per hex digit, under ip6.arpa."""
        nibbles = self.exploded.replace(':', '')
        return '.'.join(reversed(nibbles)) + '.ip6.arpa'

    @property
    def ipv4_mapped(self):
        """The IPv4 address of an IPv4-mapped address (::ffff:a.b.c.d), else None."""
        if self._ip >> 32 != 0xffff:
            return None
        return IPv4Address(self._ip & 0xffffffff)

    @property
    def sixtofour(self):
        """The IPv4 address inside a 6to4 address (2002::/16, RFC 3056), else None."""
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xffffffff)

    @property
    def teredo(self):
        """(server, client) of a Teredo address (2001::/32, RFC 4380), else None."""
        if self._ip >> 96 != 0x20010000:
            return None
        return IPv4Address((self._ip >> 64) & 0xffffffff), IPv4Address(~self._ip & 0xffffffff)

    @property
    def is_private(self):
        # python3 3.11 asks an IPv4-mapped address's IPv4 address.
        if self._ip >> 32 == 0xffff:
            return _in_blocks(self._ip & 0xffffffff, _V4_PRIVATE)
        return _in_blocks(self._ip, _V6_PRIVATE)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def is_link_local(self):
        return _in_blocks(self._ip, _V6_LINK_LOCAL)

    @property
    def is_site_local(self):
        return _in_blocks(self._ip, _V6_SITE_LOCAL)

    @property
    def is_multicast(self):
        return _in_blocks(self._ip, _V6_MULTICAST)

    @property
    def is_reserved(self):
        return _in_blocks(self._ip, _V6_RESERVED)

    @property
    def is_unspecified(self):
        return self._ip == 0


# ---- Networks ---------------------------------------------------------------------------------

def _prefix_from(mask, bits, version):
    # A prefix length: an int, decimal text, or (IPv4) a netmask or hostmask in dotted form.
    if isinstance(mask, int):
        if 0 <= mask <= bits:
            return mask
        raise NetmaskValueError('%r is not a valid netmask' % mask)
    if mask.isascii() and mask.isdigit():
        if int(mask) <= bits:
            return int(mask)
    elif version == 4:
        try:
            value = _dotted_to_int(mask)
        except AddressValueError:
            value = None
        if value is not None:
            for candidate in (value, value ^ 0xffffffff):
                ones = bin(candidate).count('1')
                if candidate == _mask_of(32, ones):
                    return ones
    raise NetmaskValueError('%r is not a valid netmask' % mask)


class _Network:
    # A subclass names its address class (_address_class) and its version's constants.

    def __init__(self, address, strict=True):
        host, prefixlen = self._parts(address)
        mask = _mask_of(self._bits, prefixlen)
        if host._ip & ~mask:
            if strict:
                raise ValueError('%s/%d has host bits set' % (host, prefixlen))
            start = self._address_class(host._ip & mask)
            start._scope = host._scope
            host = start
        self.network_address = host
        self.netmask = self._address_class(mask)
        self._prefixlen = prefixlen

    def _parts(self, address):
        make = self._address_class
        if isinstance(address, tuple):
            if len(address) > 1:
                where, mask = address
            else:
                where, mask = address[0], self._bits
            return make(where), _prefix_from(mask, self._bits, self._version)
        if isinstance(address, (int, bytes)):
            return make(address), self._bits
        pieces = str(address).split('/')
        if len(pieces) > 2:
            raise AddressValueError("Only one '/' permitted in %r" % address)
        host = make(pieces[0])
        if len(pieces) == 1:
            return host, self._bits
        return host, _prefix_from(pieces[1], self._bits, self._version)

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._bits

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def _first(self):
        return self.network_address._ip

    @property
    def _last(self):
        return self.network_address._ip | (self.netmask._ip ^ ((1 << self._bits) - 1))

    @property
    def broadcast_address(self):
        return self._address_class(self._last)

    @property
    def hostmask(self):
        return self._address_class(self.netmask._ip ^ ((1 << self._bits) - 1))

    @property
    def num_addresses(self):
        return 1 << (self._bits - self._prefixlen)

    with_prefixlen = property(lambda self: '%s/%d' % (self.network_address, self._prefixlen))
    with_netmask = property(lambda self: '%s/%s' % (self.network_address, self.netmask))
    with_hostmask = property(lambda self: '%s/%s' % (self.network_address, self.hostmask))

    @property
    def compressed(self):
        return str(self)

    @property
    def exploded(self):
        return '%s/%d' % (self.network_address.exploded, self._prefixlen)

    def __str__(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        raise TypeError('unsupported format string passed to %s.__format__' % type(self).__name__)

    def __hash__(self):
        return hash((self.network_address._ip, self._prefixlen))

    def __eq__(self, other):
        try:
            return (self._version == other._version and self.network_address == other.network_address
                    and self.netmask._ip == other.netmask._ip)
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _Network):
            return NotImplemented
        if self._version != other._version:
            raise _versions_differ(self, other)
        mine, theirs = self.network_address._ip, other.network_address._ip
        if mine != theirs:
            return mine < theirs
        return self._prefixlen < other._prefixlen

    def __gt__(self, other):
        below = type(self).__lt__(self, other)
        if below is NotImplemented:
            return below
        return not below and self != other

    def __le__(self, other):
        below = type(self).__lt__(self, other)
        if below is NotImplemented:
            return below
        return below or self == other

    def __ge__(self, other):
        below = type(self).__lt__(self, other)
        if below is NotImplemented:
            return below
        return not below

    def __contains__(self, other):
        if isinstance(other, _Network):
            return False
        if other._version != self._version:
            return False
        return self._first <= other._ip <= self._last

    def __iter__(self):
        make = self._address_class
        value, last = self._first, self._last
        while value <= last:
            yield make(value)
            value += 1

    def __getitem__(self, n):
        first, last = self._first, self._last
        at = first + n if n >= 0 else last + n + 1
        if at < first or at > last:
            raise IndexError('address out of range')
        return self._address_class(at)

    def hosts(self):
        """The usable host addresses (IPv4: not the network or broadcast address; IPv6: not the
        Subnet-Router anycast address); every address of a /31 or /32 (/127 or /128)."""
        make = self._address_class
        first, last = self._first, self._last
        if self._prefixlen < self._bits - 1:
            first += 1
            if self._version == 4:
                last -= 1
        while first <= last:
            yield make(first)
            first += 1

    def _block(self, first, prefixlen):
        return type(self)((first, prefixlen))

    def _step_by(self, prefixlen_diff, new_prefix, sign, direction):
        # How far subnets() (sign 1) or supernet() (sign -1) moves the prefix length.
        if new_prefix is None:
            return prefixlen_diff
        if (new_prefix - self._prefixlen) * sign < 0:
            raise ValueError('new prefix must be ' + direction)
        if prefixlen_diff == 1:
            return (new_prefix - self._prefixlen) * sign
        raise ValueError('cannot set prefixlen_diff and new_prefix')

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The networks this one splits into, prefixlen_diff longer (or of length new_prefix)."""
        if self._prefixlen == self._bits:
            yield self
            return
        step_by = self._step_by(prefixlen_diff, new_prefix, 1, 'longer')
        if step_by < 0:
            raise ValueError('prefix length diff must be > 0')
        longer = self._prefixlen + step_by
        if longer > self._bits:
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (longer, self))
        step = 1 << (self._bits - longer)
        start, last = self._first, self._last
        while start <= last:
            yield self._block(start, longer)
            start += step

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network this one is part of, prefixlen_diff shorter (or of length new_prefix)."""
        if not self._prefixlen:
            return self
        step_by = self._step_by(prefixlen_diff, new_prefix, -1, 'shorter')
        shorter = self._prefixlen - step_by
        if shorter < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self._prefixlen, step_by))
        if step_by < 0:
            raise ValueError('negative shift count')
        return self._block(self._first & _mask_of(self._bits, shorter), shorter)

    def overlaps(self, other):
        """Whether the two networks have an address in common."""
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    def subnet_of(self, other):
        """Whether this network lies wholly inside other."""
        return _inside(self, other)

    def supernet_of(self, other):
        """Whether other lies wholly inside this network."""
        return _inside(other, self)

    def compare_networks(self, other):
        """-1, 0 or 1 as this network sorts before, with or after other (address, then netmask)."""
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        mine = (self.network_address._ip, self.netmask._ip)
        theirs = (other.network_address._ip, other.netmask._ip)
        return (mine > theirs) - (mine < theirs)

    def address_exclude(self, other):
        """The networks that cover this one without other (which must lie inside it)."""
        if self._version != other._version:
            raise _versions_differ(self, other)
        if not isinstance(other, _Network):
            raise TypeError('%s is not a network object' % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        piece = self
        while piece != other:
            low, high = list(piece.subnets())
            if other.subnet_of(low):
                yield high
                piece = low
            else:
                yield low
                piece = high

    def _both_ends(self, name):
        return getattr(self.network_address, name) and getattr(self.broadcast_address, name)

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')


def _inside(small, big):
    if small._version != big._version:
        raise _versions_differ(small, big)
    try:
        return big._first <= small._first and small._last <= big._last
    except AttributeError:
        raise TypeError('Unable to test subnet containment between %s and %s' % (small, big)) from None


class IPv4Network(_Network):
    """An IPv4 network: 'a.b.c.d/prefix' (or /netmask, /hostmask), (address, prefix), int or bytes.

    strict=False lets the address have host bits set (they are cleared)."""

    _version = 4
    _bits = IPV4LENGTH
    _address_class = IPv4Address

    @property
    def is_private(self):
        return _span_in_one(self._first, self._last, _V4_PRIVATE)

    @property
    def is_global(self):
        return not _span_in_one(self._first, self._last, _V4_SHARED) and not self.is_private


class IPv6Network(_Network):
    """An IPv6 network: 'address/prefix', (address, prefix), int or bytes.

    strict=False lets the address have host bits set (they are cleared)."""

    _version = 6
    _bits = IPV6LENGTH
    _address_class = IPv6Address

    @property
    def is_private(self):
        return _span_in_one(self._first, self._last, _V6_PRIVATE)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


# ---- Interfaces: an address together with the network it is on -------------------------------

def _interface_init(self, address, network_class):
    network = network_class(address, strict=False)
    host = network_class._parts(network, address)[0]
    self._ip = host._ip
    self._scope = host._scope
    self.network = network_class((host._ip, network._prefixlen), strict=False)
    self._prefixlen = network._prefixlen
    self.netmask = network.netmask
    self.hostmask = network.hostmask


def _interface_eq(self, other):
    # Equal addresses, and then equal networks; a plain address has none, so is never equal.
    same = type(self)._address_eq(self, other)
    if same is NotImplemented or not same:
        return same
    theirs = getattr(other, 'network', None)
    return theirs is not None and self.network == theirs


def _interface_lt(self, other):
    below = type(self)._address_lt(self, other)
    if below is NotImplemented:
        return below
    try:
        return self.network < other.network or (self.network == other.network and below)
    except AttributeError:
        return False


class IPv4Interface(IPv4Address):
    """An IPv4 address on its network: '10.0.0.1/24'; .ip, .network, .netmask."""

    _address_eq = IPv4Address.__eq__
    _address_lt = IPv4Address.__lt__

    def __init__(self, address):
        _interface_init(self, address, IPv4Network)

    @property
    def ip(self):
        return IPv4Address(self._ip)

    def __str__(self):
        return '%s/%d' % (_int_to_dotted(self._ip), self._prefixlen)

    def __hash__(self):
        return hash((self._ip, self.network.network_address._ip, self._prefixlen))

    def __eq__(self, other):
        return _interface_eq(self, other)

    def __lt__(self, other):
        return _interface_lt(self, other)

    def __gt__(self, other):
        below = _interface_lt(self, other)
        if below is NotImplemented:
            return below
        return not below and self != other

    def __le__(self, other):
        below = _interface_lt(self, other)
        if below is NotImplemented:
            return below
        return below or self == other

    def __ge__(self, other):
        below = _interface_lt(self, other)
        if below is NotImplemented:
            return below
        return not below

    with_prefixlen = property(lambda self: '%s/%d' % (self.ip, self._prefixlen))
    with_netmask = property(lambda self: '%s/%s' % (self.ip, self.netmask))
    with_hostmask = property(lambda self: '%s/%s' % (self.ip, self.hostmask))


class IPv6Interface(IPv6Address):
    """An IPv6 address on its network: '2001:db8::1/64'; .ip, .network, .netmask."""

    _address_eq = IPv6Address.__eq__
    _address_lt = IPv6Address.__lt__

    def __init__(self, address):
        _interface_init(self, address, IPv6Network)

    @property
    def ip(self):
        return IPv6Address(self._ip)

    def __str__(self):
        return '%s/%d' % (IPv6Address.__str__(self), self._prefixlen)

    def __hash__(self):
        return hash((self._ip, self.network.network_address._ip, self._prefixlen))

    def __eq__(self, other):
        return _interface_eq(self, other)

    def __lt__(self, other):
        return _interface_lt(self, other)

    def __gt__(self, other):
        below = _interface_lt(self, other)
        if below is NotImplemented:
            return below
        return not below and self != other

    def __le__(self, other):
        below = _interface_lt(self, other)
        if below is NotImplemented:
            return below
        return below or self == other

    def __ge__(self, other):
        below = _interface_lt(self, other)
        if below is NotImplemented:
            return below
        return not below

    @property
    def exploded(self):
        return '%s/%d' % (IPv6Address.exploded.fget(self), self._prefixlen)

    with_prefixlen = property(lambda self: '%s/%d' % (self.ip, self._prefixlen))
    with_netmask = property(lambda self: '%s/%s' % (self.ip, self.netmask))
    with_hostmask = property(lambda self: '%s/%s' % (self.ip, self.hostmask))

    # These two ask the network too (the others are the address's own).
    is_unspecified = property(lambda self: self.network.is_unspecified and not self._ip)
    is_loopback = property(lambda self: self.network.is_loopback and self._ip == 1)


# ---- The factory functions and the helpers over many addresses --------------------------------

def _by_version(address, v4, v6, what):
    for make in (v4, v6):
        try:
            return make(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 %s' % (address, what))


def ip_address(address):
    """An IPv4Address or IPv6Address from text, an int or packed bytes (IPv4 first)."""
    return _by_version(address, IPv4Address, IPv6Address, 'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; strict=False clears host bits instead of refusing them."""
    return _by_version(address, lambda a: IPv4Network(a, strict), lambda a: IPv6Network(a, strict), 'network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface: an address with its prefix."""
    return _by_version(address, IPv4Interface, IPv6Interface, 'interface')


def v4_int_to_packed(address):
    """The 4 bytes (big-endian) of an IPv4 address given as an int."""
    if not 0 <= address < 1 << 32:
        raise ValueError('Address negative or too large for IPv4')
    return address.to_bytes(4, 'big')


def v6_int_to_packed(address):
    """The 16 bytes (big-endian) of an IPv6 address given as an int."""
    if not 0 <= address < 1 << 128:
        raise ValueError('Address negative or too large for IPv6')
    return address.to_bytes(16, 'big')


def _cidr_cover(first, last, bits, network_class):
    # The fewest aligned blocks that cover first..last, lowest first.
    while first <= last:
        size = bits
        while size > 0 and (first & ((1 << size) - 1) or first + (1 << size) - 1 > last):
            size -= 1
        yield network_class((first, bits - size))
        first += 1 << size


def summarize_address_range(first, last):
    """The networks that cover first..last exactly (two addresses of one version)."""
    if not (isinstance(first, _Address) and isinstance(last, _Address)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first._version != last._version:
        raise _versions_differ(first, last)
    if first._ip > last._ip:
        raise ValueError('last IP address must be greater than first')
    network_class = IPv4Network if first._version == 4 else IPv6Network
    return _cidr_cover(first._ip, last._ip, first._bits, network_class)


def collapse_addresses(addresses):
    """The fewest networks that cover the given addresses and networks (one version), in order."""
    singles, networks = [], []
    for item in addresses:
        if isinstance(item, _Address):
            group = singles
        elif item._prefixlen == item._bits:
            group = singles
        else:
            group = networks
        if group and group[-1]._version != item._version:
            raise _versions_differ(item, group[-1])
        group.append(item)
    spans = []
    for item in singles:
        value = item._ip if isinstance(item, _Address) else item._first
        spans.append((value, value))
    for item in networks:
        spans.append((item._first, item._last))
    if not spans:
        return iter([])
    sample = singles[0] if singles else networks[0]
    if singles and networks and singles[0]._version != networks[0]._version:
        first = singles[0]
        shown = first if isinstance(first, _Network) else '%s/%d' % (first, first._bits)
        raise _versions_differ(shown, networks[0])
    spans.sort()
    merged = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1] + 1:
            if hi > merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    network_class = IPv4Network if sample._version == 4 else IPv6Network
    result = []
    for lo, hi in merged:
        result.extend(_cidr_cover(lo, hi, sample._bits, network_class))
    return iter(result)


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks of both versions together."""
    if isinstance(obj, _Network):
        return obj._version, obj.network_address, obj.netmask
    if isinstance(obj, _Address):
        return obj._version, obj
    return NotImplemented
`;
