# Subset: int vs float printing, true and floor division, big ints past 2**53, int()/float()
# conversions, round, divmod, pow, abs, hex/bin/oct, bool arithmetic, float reprs.
print(5.0, 5, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7.0 // 2, 2 ** 10, 2 ** -1, 4 / 2)
print(type(4 / 2).__name__, type(4 // 2).__name__, type(2 ** 3).__name__, type(2.0 ** 3).__name__)
print(2 ** 53 + 1, 2 ** 64, 2 ** 100, -(2 ** 70), 10 ** 30 // 7, (2 ** 64) % 1000)
print(12345678901234567890 * 98765432109876543210)
big = 1
for i in range(1, 31):
    big *= i
print(big, len(str(big)), big % 1000003)
print(int('42'), int(' 7 '), int('ff', 16), int('0x1f', 16), int('101', 2), int(3.99), int(-3.99), int(True))
print(float('1.5'), float(3), float('inf'), float('-inf'), float('nan'))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0, 1.5e300 * 1e10, 100.0, 1e22, 1.0e-4)
print(round(2.5), round(3.5), round(2.675, 2), round(7.123), round(-0.5), round(1234, -2))
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 7), abs(-5), abs(-2.5))
print(hex(255), bin(10), oct(8), hex(-1), hex(2 ** 70))
print(True + True, True * 10, False - 1, 3 * False)
print(max(1, 2.5), min(0, -0.0), sum([0.1] * 10), sum(range(101)))
print(1_000_000, 0o17, 0xFF, 0b11)
print(7 == 7.0, 2 ** 53 == 2 ** 53 + 1, 10 ** 20 > 10 ** 19, -1 < 0.5)
print(int(1e20), 10 ** 20, float(10 ** 20), 3 * 1.0)
print(-0.0, 0.0 == -0.0, 5 // 0.5, 2.0 ** 0.5, 10 / 4 * 4)
x = 2 ** 62
x += x
print(x, x * 4, x // 3, x >> 10, x & 0xFFFF, x | 1)
