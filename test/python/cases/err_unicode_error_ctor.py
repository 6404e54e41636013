# UnicodeDecodeError/UnicodeEncodeError built by a program: str() is CPython's codec sentence (byte / bytes
# in position a-b, character escape), the five attributes, the argument checks; and the errors
# .decode()/.encode() raise themselves still read the same.
e = UnicodeDecodeError('utf-8', b'xyz', 0, 1, 'bad')
print(e)
print(repr(e))
print(e.args)
print(e.encoding, e.object, e.start, e.end, e.reason)
e2 = UnicodeDecodeError('utf-8', b'xyz', 0, 2, 'bad')
print(e2)
e3 = UnicodeEncodeError('ascii', 'h\xe9llo', 1, 2, 'ordinal not in range(128)')
print(e3)
print(repr(e3))
print(e3.encoding, e3.object, e3.start, e3.end, e3.reason)
print(UnicodeEncodeError('ascii', 'h\xe9\u20acllo', 1, 3, 'r'))
print(UnicodeEncodeError('ascii', '\u20ac', 0, 1, 'r'))
print(UnicodeEncodeError('ascii', '\U0001f600', 0, 1, 'r'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as ex:
    print(ex); print(ex.args); print(repr(ex))
try:
    '\xe9'.encode('ascii')
except UnicodeEncodeError as ex:
    print(ex); print(ex.args)
try:
    raise UnicodeDecodeError('utf-8', b'\xfe', 0, 1, 'invalid start byte')
except UnicodeError as ex:
    print(type(ex).__name__, ex)
print(isinstance(e, ValueError))
for a in [(), ('utf-8',), ('utf-8', 'x', 0, 1, 'r'), ('utf-8', b'x', '0', 1, 'r')]:
    try:
        UnicodeDecodeError(*a)
    except TypeError as ex:
        print('TypeError', ex)
print(UnicodeDecodeError('utf-8', b'x', 5, 6, 'r'))
print(b'a\xffb'.decode('ascii', 'backslashreplace'), '\xe9\u20ac'.encode('ascii', 'backslashreplace'))
try:
    b'\xe2\x82'.decode('utf-8')
except UnicodeDecodeError as ex:
    print(ex, ex.start, ex.end)
try:
    'a\u20ac\u20acb'.encode('latin-1')
except UnicodeEncodeError as ex:
    print(ex, ex.start, ex.end, ex.object)
e = UnicodeEncodeError('ascii', 'x', 0, 1, 'r')
print(e.args, str(e))
