# bytes.maketrans / bytearray.maketrans (both make bytes) and bytes.translate(table, delete=b'') (issue 9),
# with CPython's errors for a wrong length, a str and the argument counts.
t = bytes.maketrans(b'abc', b'xyz')
print(type(t).__name__, len(t), t[97:100])
print(type(bytearray.maketrans(b'a', b'b')).__name__)
print(b'abcabc'.translate(t))
print(b'abcabc'.translate(t, b'b'))
print(b'abcabc'.translate(None, b'ac'))
print(b'abcabc'.translate(t, delete=b'c'))
print(bytearray(b'abc').translate(t), bytearray(b'abc').translate(None, delete=b'a'))
print(b'hello'.translate(bytearray(t)))
print(b'x'.maketrans(b'x', b'y')[120:121])
for bad in [lambda: bytes.maketrans(b'ab', b'c'), lambda: bytes.maketrans('a', 'b'), lambda: b'a'.translate(b'short'),
            lambda: b'a'.translate('x' * 256), lambda: b'a'.translate(None, 'a'), lambda: bytes.maketrans(b'a'),
            lambda: b'a'.translate(), lambda: b'a'.translate(table=None), lambda: b'a'.translate(None, b'', b'')]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bytes.translate(b'abc', None, b'a'), bytearray.maketrans(b'a', b'z')[97])
