# bytes(obj) and b'%s' % obj ask a Python class's __bytes__ (PEP 461: %s and %b take what it returns,
# %r and %a the ascii of its repr); __bytes__ must return bytes; bytearray(obj) iterates instead;
# bytes()/bytearray() of a generator collect its items.
class P:
    def __bytes__(self): return b'PP'
    def __repr__(self): return 'P()'
class Bad:
    def __bytes__(self): return 'x'
class Q:
    def __bytes__(self): return b'q'
    def __iter__(self): return iter([1])
print(b'%s' % P(), bytes(P()), b'%r' % P(), b'%a' % 'é', b'%s|%s' % (b'x', P()), b'%b' % P())
print(bytes(Q()), bytearray(Q()), bytes(x for x in [65]), bytearray(i for i in range(3)))
for f in [lambda: b'%s' % 'str', lambda: b'%s' % 3, lambda: bytes(Bad()), lambda: b'%s' % Bad(), lambda: bytes(Q(), 'utf-8'), lambda: bytes([300]), lambda: bytes(['a'])]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b'%d %5.2f %x %c %c' % (3, 2.5, 255, 65, b'z'))
