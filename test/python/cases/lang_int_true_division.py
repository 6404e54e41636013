# int / int beyond 2**53 is correctly rounded, as CPython's long_true_divide (fractions and
# statistics convert exact ratios to floats this way); its OverflowError; math.isqrt.
import math
import random

r = random.Random(5)
print(10**40 // 7 / 10**20, (10**25 + 3) / (10**24 + 1), -(10**30) / 3, 10**30 / -7)
print(2**1100 // 3 / 2**1000, 1 / 10**400, (10**400 + 1) / 10**399, 3602879701896397 / 36028797018963968)
for i in range(300):
    a = r.getrandbits(r.randrange(1, 300)) * r.choice([1, -1])
    b = r.getrandbits(r.randrange(1, 300)) or 1
    try:
        print(a / b)
    except OverflowError as e:
        print('OverflowError:', e)
for n in [0, 1, 2, 15, 16, 10**41, 2**200 - 1, True]:
    print(math.isqrt(n))
for bad in [-1, 2.0]:
    try:
        math.isqrt(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
