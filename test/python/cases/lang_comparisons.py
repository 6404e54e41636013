# Subset: == / != / is / in by value on str, bytes, tuples, lists and dicts; chained comparisons;
# bytes never equal str; truthiness of every kind of empty value; and/or return operands.
print(b'quit' == b'quit', b'quit' == 'quit', 'quit' == 'quit', b'quit' != 'quit')
print((1, 'a') == (1, 'a'), [1, [2]] == [1, [2]], {'a': 1} == {'a': 1}, {1, 2} == {2, 1})
print(('127.0.0.1', 80) == ('127.0.0.1', 80), ('127.0.0.1', 80) == ['127.0.0.1', 80])
print(1 == 1.0, True == 1, None == 0, None is None)
print('ell' in 'hello', b'ell' in b'hello', 3 in [1, 2, 3], (1, 2) in [(1, 2)], 'k' in {'k': 1}, 'v' in {'k': 'v'})
print(98 in b'abc', 'x' not in 'abc')
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, x == 5 == 5.0, 1 < 2 < 3 < 2)
print('abc' < 'abd', b'a' < b'b', (1, 2) < (1, 3), [1, 2] < [1, 2, 0], 'Z' < 'a')
for v in [0, 0.0, '', b'', [], (), {}, set(), None, False, bytearray()]:
    print(repr(v), bool(v), end=' | ')
print()
for v in [1, -1, 'a', b'\x00', [0], (None,), {'': 0}, 0.1]:
    print(repr(v), bool(v), end=' | ')
print()
print(0 or 'default', 'a' and 'b', '' and 'never', None or [] or 'last', 1 and 0)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
data = b''
if not data:
    print('empty recv means the peer closed')
print(max('apple', 'banana'), min([3, 1, 2]), sorted(['b', 'A', 'a']))
