# bytes + a value that is not bytes-like: CPython's "can't concat list to bytes" (bytearray's too), and the
# other operand order's messages; a class with __radd__ still answers first.
class Tail:
    def __radd__(self, other):
        return other + b"!"

for a, b in [(b'x', [1]), (b'x', 1), (b'x', 's'), (bytearray(b'x'), [1]), (bytearray(b'x'), 's'), (b'x', None),
             (b'x', (1,)), (b'x', 1.5), (b'x', {}), (b'x', {1}), (b'x', True), (b'x', int), ([1], b'x'), (1, b'x'), ('s', b'x')]:
    try:
        a + b
    except TypeError as e:
        print(repr(a), repr(b), e)
print(b'x' + Tail(), b'x' + memoryview(b'yz'), bytearray(b'a') + b'b')
