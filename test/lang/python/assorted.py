x = y = [1, 2, 3]
x[0] += 10
x[1:2] = [7, 8]
print(x, y, x is y)
del x[0]
a = {'k': 1}
a['k'] *= 3
del a['k']
print(x, a, 'k' in a)
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
try:
    try:
        raise KeyError('inner')
    except KeyError as e:
        raise ValueError('outer') from e
except ValueError as e:
    print(repr(e), repr(e.__cause__))
fs = [lambda n=i: n * 10 for i in range(3)]
print([g() for g in fs])
s = 'tab\there\nnew "q" \'s\' \\ \x41 \u4f60'
print(s, repr(s), len(s))
print(r'raw\n', b'\x00\xff'.hex(), 'a' * 3, -(2**70) // 3, (-7) % 3, 7 % -3, 2 ** 0.5)
class C:
    items = []
    def add(self, v):
        self.items.append(v)
        return self
c1 = C(); c2 = C()
c1.add(1); c2.add(2)
print(C.items, c1.items is c2.items, hasattr(c1, 'add'), getattr(c1, 'zz', 'dflt'))
v = None
print(v is None, v is not None, v == None, [] is not None)
n = 0
for i in range(10):
    if i % 2:
        continue
    n += i
print(n, sum(range(101)), max('hello'), min([3, 1], key=lambda z: -z), sorted('bca'), [1, 2, 3][-2:], 'hello'[::2])
print(f"{'nested'}", f"{3 + 4}", f"{x!s}", f"{1/3:.3}", f"{12:>{4}}", '{:>8.2f}'.format(3.14159), '%5.1f|%-4d|%x' % (2.25, 7, 255))
print(int('0x1f', 16), int('101', 2), int('  -12  '), float(' 3.5 '), str(1.0), str(10**20), 1e-5, 123456789.0, 1/3)
