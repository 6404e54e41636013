# Subset: slicing with steps and negatives on str, bytes, bytearray, list and tuple; slice assignment.
s = 'hello world'
print(s[0], s[-1], s[:5], s[6:], s[-5:], s[::2], s[::-1], s[1:-1], s[100:], s[-100:3])
b = b'abcdef'
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[:0], b[-2:])
ba = bytearray(b'xyz')
ba[0] = 65
ba[1:2] = b'BB'
print(ba, ba[1:], len(ba))
lst = list(range(10))
print(lst[2:8:2], lst[::-3], lst[-3:-1], lst[8:2:-2])
lst[1:3] = ['a', 'b', 'c']
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
t = (1, 2, 3, 4)
print(t[1:], t[::-1], t[:-1], type(t[1:]).__name__)
buf = b'HEADbody-of-message'
header, body = buf[:4], buf[4:]
print(header, body)
print('abc'[5:], [1, 2][3:], (1,)[1:])
print(s[slice(0, 5)], s[slice(None, None, -2)])
