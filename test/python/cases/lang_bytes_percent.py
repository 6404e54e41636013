# printf-style bytes formatting (PEP 461) against CPython: each conversion, flags, widths,
# a dict of bytes keys, __bytes__ for %s/%b and repr for %r/%a, bytearray's result, and the errors.
class X:
    def __bytes__(self): return b'XB'
    def __str__(self): return 'XS'
    def __repr__(self): return 'XR'
print(b'%s' % X())
print(b'%s %d %x %r %a' % (b'ab', 5, 255, b'q', 'é'))
print(b'%5s|%-5s|' % (b'ab', b'cd'))
print(b'%c%c' % (65, b'B'))
print(b'%b' % bytearray(b'zz'))
print(b'%.2f %e %g %i %o %X %%' % (3.14159, 1234.5, 0.0001, 7, 8, 255))
print(b'%(a)s' % {b'a': b'v'})
for bad in [("%s", 'str'), ("%d", b'x'), ("%s", 1)]:
    try:
        print(bad[0].encode() % bad[1])
    except TypeError as e:
        print('TypeError', e)
try: print(b'%s %s' % (b'a',))
except TypeError as e: print(e)
try: print(b'%s' % (b'a', b'b'))
except TypeError as e: print(e)
print(b'%r' % X(), b'%a' % X())
tests = [
    (b'%5d|%-5d|%05d|%+d|% d', (42, 42, 42, 42, 42)),
    (b'%x %X %o %#x %#o', (255, 255, 8, 255, 8)),
    (b'%.3s|%5.2s|', (b'abcdef', b'xyz')),
    (b'%c|%c', (97, b'z')),
    (b'%r %a', ('caf\xe9', b'\x00\xff')),
    (b'%s', bytearray(b'ba')),
    (b'%d%%', 50),
    (b'%f %.1f %e %g %G', (1.5, 2.25, 12345.678, 1e-10, 1e20)),
    (b'%i %u', (True, 3)),
    (b'%(x)d-%(y)s', {b'x': 1, b'y': b'two'}),
    (b'%s', (b'a', )),
    (b'%*d|%-*d|%.*f', (5, 1, 4, 2, 2, 3.14159)),
    (b'%s', b''),
    (b'no args', ()),
]
for fmt, args in tests:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
errors = [
    (b'%s', 'text'), (b'%b', 5), (b'%d', b'x'), (b'%d', '1'), (b'%x', 1.5), (b'%c', 256), (b'%c', b'ab'),
    (b'%c', 'a'), (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'%y', 1), (b'%', 1), (b'%(k)s', {}),
    (b'%(k)s', 5), (b'%f', b'1'), (b'%d', None), (b'%s', None), (b'%r', None), (b'%a', [1, 'é']),
]
for fmt, args in errors:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
print(bytearray(b'%s-%d') % (b'q', 3))
print(type(bytearray(b'%s') % b'x').__name__)
