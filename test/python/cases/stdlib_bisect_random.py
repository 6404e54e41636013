# bisect on seeded random data: bisect_left/right and insort_left/right with lo/hi and key= agree
# with a linear scan and with python3, key= is called on list items only (on x too for insort),
# the same items are probed in the same order, and the errors for lo, hi and a non-list.
import bisect
import random

rng = random.Random(31337)

for trial in range(60):
    a = sorted(rng.randrange(0, 10) for _ in range(rng.randrange(0, 15)))
    x = rng.randrange(-1, 11)
    lo = rng.randrange(0, len(a) + 1)
    hi = rng.randrange(lo, len(a) + 1)
    print(trial, a, x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x),
          bisect.bisect_left(a, x, lo), bisect.bisect_right(a, x, lo, hi), bisect.bisect_left(a, x, hi=hi),
          bisect.bisect(a, x, lo=lo, hi=hi))
    b = a[:]
    bisect.insort(b, x)
    bisect.insort_left(b, x + 0.5)
    bisect.insort_right(b, x - 0.5, lo, hi)
    print(b)

probed = []
def key(item):
    probed.append(item)
    return item[0]

for trial in range(20):
    recs = sorted(((rng.randrange(6), chr(97 + i)) for i in range(rng.randrange(0, 12))), key=lambda r: r[0])
    k = rng.randrange(-1, 7)
    probed.clear()
    left = bisect.bisect_left(recs, k, key=key)
    seen_left = list(probed)
    probed.clear()
    right = bisect.bisect_right(recs, k, key=key)
    print(trial, recs, k, left, right, seen_left, probed)
    probed.clear()
    bisect.insort(recs, (k, 'new'), key=key)
    bisect.insort_left(recs, (k, 'L'), key=key)
    print(recs, len(probed))

print(bisect.bisect_left('abcde', 'c'), bisect.bisect_right((1, 2, 2, 3), 2), bisect.bisect(range(100), 41))
print(bisect.bisect_right([1, 2], 1, hi=-3), bisect.bisect([1, 2], 1, 5), bisect.bisect_right(range(10), 3, lo=8, hi=2))
print(bisect.bisect_left([1, 2, 3], 2, True), bisect.bisect_left(range(10), 3, key=lambda v: -v))
print(bisect.bisect.__name__, bisect.insort.__name__)

for call in [lambda: bisect.bisect(None, 1), lambda: bisect.bisect([1, 2], 1, -1), lambda: bisect.insort_left([1], 1, lo=-2),
             lambda: bisect.bisect([1, 2], 1, 0, 10), lambda: bisect.insort((1, 2), 1),
             lambda: bisect.bisect([1, 2], 1, 'a'), lambda: bisect.bisect([1, 2], 'x')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
