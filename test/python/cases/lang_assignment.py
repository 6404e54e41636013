# Subset: assignment with unpacking (nested, starred), chained, augmented forms, swap, subscripts and attributes.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abc'
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
data, (host, port) = b'hi', ('127.0.0.1', 8080)
print(data, host, port)
p = q = []
p.append(1)
print(p, q, p is q)
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7
print(n)
f = 7
f /= 2
print(f)
s = 'ab'
s += 'cd'
s *= 2
print(s)
buf = b''
buf += b'abc'
print(buf)
lst = [1, 2]
lst += [3]
lst *= 2
print(lst)
bits = 0b1010
bits |= 0b0101; bits &= 0b1100; bits ^= 0b0001; bits <<= 2; bits >>= 1
print(bits)
d = {}
d['k'] = 1
d['k'] += 1
print(d)
class Box:
    pass
box = Box()
box.count = 0
box.count += 3
print(box.count)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 9
print(m)
t = (1,)
t += (2, 3)
print(t, len(t))
i, j = divmod(17, 5)
print(i, j)
front, back = [1, 2], (3, 4)
print([*front, *back], (*front, 0), {*front}, {**{'a': 1}, 'b': 2}, [*'ab', *range(2)])
