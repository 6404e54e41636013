# math.fsum: the correctly rounded sum of floats (exact partials), over any iterable (a generator,
# Fractions by their float value), with its errors for inf - inf, intermediate overflow and non-numbers.
import math, random
from fractions import Fraction
rng = random.Random(99)
for trial in range(300):
    xs = [rng.choice([rng.random(), -rng.random(), 1e16, -1e16, 1e-16, rng.random() * 10 ** rng.randrange(-20, 20), 0.1, -0.1, 1.0, 2.0 ** 53]) for _ in range(rng.randrange(0, 12))]
    print(repr(math.fsum(xs)))
print(math.fsum([0.1] * 10), math.fsum(x / 10 for x in range(5)), math.fsum([Fraction(1, 3), 1]), math.fsum([1e308, 1e308, -1e308]) if False else '')
for bad in ([float('inf'), float('-inf')], [1e308, 1e308], ['a'], [float('nan'), 1.0], [float('inf'), 1.0]):
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.fsum([1, 1e100, 1, -1e100] * 10000), math.fsum([]), math.fsum([2**53, 1, 1e-16]))
try:
    math.fsum([10**400, 1])
except OverflowError as e:
    print('OverflowError', e)
