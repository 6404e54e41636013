# fractions on seeded random data: arithmetic with Fractions, ints and floats (exact results,
# float fallbacks), //, %, divmod, ** with int and Fraction exponents, comparisons with floats
# (inf, nan), hash equal to an equal int's or float's, round with ndigits, floor/ceil/int/float,
# limit_denominator (best rational approximation, ties included) and string parsing with its
# ValueError, on hundreds of inputs; python3 and socklab run the same program.
import math
import random
from fractions import Fraction

rng = random.Random(1203)

def attempt(f):
    try:
        return repr(f())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        return type(e).__name__ + ': ' + str(e)

def rand_fraction():
    kind = rng.randrange(4)
    if kind == 0:
        return Fraction(rng.randrange(-20, 21), rng.randrange(1, 13))
    if kind == 1:
        return Fraction(rng.randrange(-10**12, 10**12), rng.randrange(1, 10**9))
    if kind == 2:
        return Fraction(rng.randrange(-5, 6))
    return Fraction(rng.random() * rng.choice([1, -1, 1000, 1e-5]))

def rand_other():
    kind = rng.randrange(3)
    if kind == 0:
        return rng.randrange(-9, 10)
    if kind == 1:
        return rand_fraction()
    return rng.choice([0.5, -2.25, 0.1, 3.0, 1e-3, -0.0])

ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('divmod', lambda a, b: divmod(a, b))]
for trial in range(150):
    a, b = rand_fraction(), rand_other()
    name, op = ops[trial % len(ops)]
    if name in ('//', '%', 'divmod') and isinstance(b, float):
        b = int(b)  # float // and % are the runtime's float arithmetic, not fractions'
    print(trial, repr(a), name, repr(b), attempt(lambda: op(a, b)), attempt(lambda: op(b, a)))

for trial in range(40):
    a = Fraction(rng.randrange(-12, 13), rng.randrange(1, 9))
    p = rng.randrange(-4, 5)
    # (float powers with a non-integral exponent are left out: they are the runtime's pow, not fractions')
    print(repr(a), p, attempt(lambda: a ** p), attempt(lambda: a ** Fraction(p)), attempt(lambda: (a * a) ** Fraction(1, 2) == abs(a)),
          attempt(lambda: 2 ** Fraction(p)), attempt(lambda: Fraction(p) ** a if a.denominator == 1 else None), attempt(lambda: 1.5 ** Fraction(p)),
          attempt(lambda: Fraction(4, 9) ** Fraction(1, 2)), attempt(lambda: 4 ** Fraction(1, 2)), attempt(lambda: a ** 2.0))

specials = [0.0, -0.0, 0.5, 1e300, -1e-300, float('inf'), float('-inf'), float('nan')]
for trial in range(40):
    a = rand_fraction()
    f = rng.choice(specials + [rng.random() * 10 - 5])
    print(repr(a), repr(f), a < f, a <= f, a > f, a >= f, a == f, a != f, f < a, f == a)
    x = rng.random() * 100 - 50
    print(hash(Fraction(x)) == hash(x), Fraction(x) == x, hash(a), hash(Fraction(rng.randrange(-99, 99))) == hash(int(a)) or True)

for trial in range(60):
    a = rand_fraction()
    nd = rng.choice([None, -3, -2, -1, 0, 1, 2, 3])
    print(repr(a), nd, repr(round(a) if nd is None else round(a, nd)), math.floor(a), math.ceil(a), int(a), repr(float(a)), str(a), bool(a))
for n in range(-9, 10):
    print(n, round(Fraction(n, 2)), round(Fraction(n, 2), 0), round(Fraction(n * 5, 100), 1), round(Fraction(n * 50), -2))

pi = Fraction(math.pi)
for m in [1, 2, 3, 7, 10, 57, 100, 113, 1000, 33215, 10**6, 10**9]:
    print(m, repr(pi.limit_denominator(m)), repr(Fraction(math.e).limit_denominator(m)))
for trial in range(200):
    a = Fraction(rng.randrange(-400, 400), rng.randrange(1, 400))
    m = rng.randrange(1, 40)
    print(repr(a), m, repr(a.limit_denominator(m)))
for trial in range(40):
    a = Fraction(rng.random() * 1000 - 500)
    print(repr(a.limit_denominator(rng.randrange(1, 10**7))))

pieces = ['', '+', '-', ' ', '1', '23', '_', '0', '.', '5', 'e', 'E', '-', '/', '7', '1_0']
seen = set()
for trial in range(300):
    text = ''.join(rng.choice(pieces) for _ in range(rng.randrange(1, 6)))
    if text in seen:
        continue
    seen.add(text)
    print(repr(text), attempt(lambda: Fraction(text)))
for text in ['3/4', ' -3/4\n', '+3/4', '3 /4', '3/-4', '1.5', '.5', '5.', '1e3', '1E-3', '-1.5e+2', '1_000/3_0',
             '1__0', '_1', '1_', '1._5', '1.5_0', '1e1_0', '1/2.5', '1/2e3', 'inf', 'nan', '0x10', '1/0', '-1/0',
             '00012/0004', '+.5e-1', '123456789012345678901234567890.5e-40', '1.e5', '.e5', '\t7\t', '- 1']:
    print(repr(text), attempt(lambda: Fraction(text)))

print(attempt(lambda: Fraction(1, 2) / 0), attempt(lambda: Fraction(-3, 2) / Fraction(0)), attempt(lambda: 0 / Fraction(0)),
      attempt(lambda: Fraction(0) ** -3), attempt(lambda: Fraction(1, 2) // 0), attempt(lambda: Fraction(1, 2) % 0),
      attempt(lambda: divmod(Fraction(1, 2), 0)), attempt(lambda: Fraction(1, 2) // 0.0), attempt(lambda: Fraction(5, 0)),
      attempt(lambda: Fraction(Fraction(1, 2), 0)), attempt(lambda: Fraction(1, 2.0)), attempt(lambda: Fraction(None)),
      attempt(lambda: Fraction(float('inf'))), attempt(lambda: Fraction(float('-inf'))), attempt(lambda: Fraction.from_float(Fraction(1, 2))),
      attempt(lambda: Fraction.from_decimal(1.5)), attempt(lambda: Fraction(1, 2) + 'x'), attempt(lambda: Fraction(1, 2) < 'x'),
      attempt(lambda: Fraction(7, 3).limit_denominator(2.5)), attempt(lambda: float(Fraction(10**400))))
print(Fraction(2, 4, _normalize=False), Fraction(numerator=3, denominator=6), Fraction(True, 2), Fraction(3, Fraction(3, 4)),
      Fraction(7, 3).limit_denominator(Fraction(5, 2)), Fraction.from_float(3), Fraction.from_decimal(4), Fraction(1, 2) == 'x')
half = Fraction(1, 2)
print(half.real, half.real is half, half.imag, half.conjugate(), +half is half, half.__reduce__(), half.limit_denominator(9) is half)
class Sub(Fraction):
    pass
s = Sub(1, 2)
print(repr(s), type(s + 1).__name__, type(-s).__name__, type(abs(s)).__name__, repr(Sub.from_float(0.25)), type(s.limit_denominator(1)).__name__)
product = Fraction(1)
for n in range(1, 20):
    product *= Fraction(n, n + 1)
print(sum(Fraction(1, n) for n in range(1, 30)), product)
print(sorted([Fraction(1, 3), 0.3, Fraction(-1, 2), 1, 0.3333333333333333, Fraction(1, 3)]))
