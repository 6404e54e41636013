# range() over ints past 2**53 (len, index, in, slices, reversed), hex()/oct()/bin() of an object
# with __index__, and %-formatting an IntEnum member under one key with several conversions.
import enum

big = 2**60
r = range(big, big + 3)
print(list(r), len(r), r.index(big + 1), big + 2 in r, big + 3 in r, r.count(big), r[1], r[-1])
print(list(range(2**53 - 1, 2**53 + 2)), len(range(0, 2**64, 2**62)), list(range(0, 2**64, 2**62)))
print(list(reversed(r)), list(reversed(range(10, 0, -3))), list(reversed(range(0))), r == range(big, big + 3))
print(r, r[::2], list(r[1:]), r.start, r.stop, r.step, bool(range(big, big)))
print(list(range(-big, -big - 6, -2)), 2**53 + 1 in range(2**54))


class Index:
    def __index__(self):
        return 255


class BadIndex:
    def __index__(self):
        return 'x'


print(hex(Index()), oct(Index()), bin(Index()), hex(-big), bin(True))
for bad in (BadIndex(), 1.5, object()):
    try:
        hex(bad)
    except TypeError as e:
        print('TypeError', e)


class Code(enum.IntEnum):
    OK = 200


class Box:
    def __repr__(self):
        return 'Box()'

    def __str__(self):
        return 'box'


m = Code.OK
print('%(code)d' % {'code': m}, '%d' % m, '%s' % m, f'{m}', format(m), '%x' % m, '%r' % m)
print('%(code)d %(code)s %(code)r' % {'code': m})
print('%(b)s %(b)r %(b)s %(code)5d' % {'b': Box(), 'code': m})
print('%d %r %s %i' % (m, Box(), m, m), '{:d} {:>5} {!r}'.format(m, m, m))
