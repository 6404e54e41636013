# sys.getsizeof: CPython 3.11 64-bit sizes of ints (30-bit digits), str by its widest character,
# bytes, bytearray, tuples, lists allocated to their length, dicts (str keys or not) and sets by
# their table size, None, range, a def, a builtin, an instance and a class.
import sys
class C: pass
def f(): pass
vals = [0, 1, 2**30-1, 2**30, 2**60, 2**100, -1, -2**31, True, False, 1.5, 0.0, "", "a", "abc"*10, "é", "aé", "你好", "a你", "😀", b"", b"abc", b"x"*100, [], [1], [1, 2], [0]*10, (), (1,2), tuple(range(10)), {}, {1:2}, {'a': 1, 'b': 2}, dict(a=1), None, bytearray(b"ab"), bytearray(), bytearray(5), range(3), set(), frozenset([1]), C(), f, print, C]
for v in vals:
    print(type(v).__name__, sys.getsizeof(v))
for n in range(0, 50, 3):
    print(n, sys.getsizeof({i: i for i in range(n)}), sys.getsizeof({str(i): i for i in range(n)}), sys.getsizeof(set(range(n))), sys.getsizeof(tuple(range(n))), sys.getsizeof([0] * n))
s = set()
d = {}
for i in range(100):
    s.add(i)
    d[i] = i
print(sys.getsizeof(s), sys.getsizeof(d))
