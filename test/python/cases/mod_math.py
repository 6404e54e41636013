# Module math, the part socket programs use: constants, floor/ceil (ints), sqrt, log, isinf/isnan,
# gcd, and CPython's errors (math domain error, infinity to integer).
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan, math.tau)
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(5), type(math.floor(1.5)).__name__)
print(math.sqrt(16), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.fabs(-3))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0), math.gcd(12, 18), math.trunc(-3.7), math.pow(2, 10))
for f, x in [(math.sqrt, -1), (math.log, 0), (math.floor, math.inf)]:
    try:
        f(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
