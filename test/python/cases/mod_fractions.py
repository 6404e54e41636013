# fractions.Fraction (issue 9): construction from ints, strings, floats and fractions, the gcd
# normalisation and sign, arithmetic exact with ints and falling back to float with floats,
# comparisons and hashing against ints and floats, limit_denominator, round, repr/str, errors.
from fractions import Fraction
import fractions
import math

print(Fraction(3, 4), repr(Fraction(6, -8)), Fraction('  -7/21 '), Fraction('1.25e-1'), Fraction('3.1415'), Fraction('1_000'))
print(repr(Fraction(0.1)), Fraction(2.5), Fraction(Fraction(1, 3)), Fraction(Fraction(1, 3), Fraction(2, 5)), Fraction())
print(Fraction.from_float(0.75), Fraction(7, 3).as_integer_ratio(), Fraction(5).numerator, Fraction(10, 4).denominator)
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(Fraction(7, 2), Fraction(2, 3)))
print(a + 1, 1 + a, 2 - a, a * 3, 3 / a, a ** 2, a ** -2, (-a) ** -3, 2 ** Fraction(3), 4 ** Fraction(1, 2))
print(a + 0.5, 0.5 * a, a ** 0.5, -a, +a, abs(Fraction(-5, 7)))
print(a == Fraction(2, 6), Fraction(2, 1) == 2, Fraction(1, 2) == 0.5, a < b, a > 0.3, a <= Fraction(1, 3), 0 < a, a != 1)
print(sorted([Fraction(1, 2), 0.25, 1, Fraction(-3, 4)]), max(Fraction(2, 3), Fraction(3, 5)), sum([Fraction(1, n) for n in range(1, 7)]))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), hash(Fraction(1, 3)), hash(Fraction(-1, 3)))
print(int(Fraction(-7, 2)), float(Fraction(1, 3)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(1, 3), 2), round(Fraction(1234, 1), -2))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), bool(Fraction(0)), bool(a))
pi = Fraction('3.141592653589793')
print(pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(), Fraction(0.1).limit_denominator(1000))
print({Fraction(1, 2): 'half'}[Fraction(2, 4)], fractions.Fraction is Fraction, str(Fraction(-3)))
# The mean of measured round trips in milliseconds, exactly.
rtts = ['0.125', '0.250', '0.375', '1.5']
total = sum(Fraction(t) for t in rtts)
print(total, total / len(rtts), float(total / len(rtts)))
for bad in [lambda: Fraction(1, 0), lambda: Fraction('1/0'), lambda: Fraction('x'), lambda: Fraction(1.5, 2),
            lambda: Fraction([1]), lambda: Fraction(3, 2) / 0, lambda: Fraction(0) ** -1, lambda: pi.limit_denominator(0),
            lambda: Fraction(float('nan')), lambda: Fraction.from_float('1')]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
