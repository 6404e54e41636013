# statistics on seeded random data: every function's repr on ints, floats, Fractions and mixes
# (exact means and variances converted once, correctly rounded stdev, quantiles both ways,
# median_grouped, harmonic/geometric/fmean with weights, covariance, correlation,
# linear_regression), with the StatisticsError/TypeError messages; python3 and socklab run the
# same program. (geometric_mean is printed to 12 digits: its exp and log are the runtime's libm.)
import random
import statistics as st
from fractions import Fraction

rng = random.Random(4242)

def attempt(f):
    try:
        return repr(f())
    except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError, AttributeError, OverflowError) as e:
        return type(e).__name__ + ': ' + str(e)

def dataset(kind, size):
    if kind == 'int':
        return [rng.randrange(-50, 100) for _ in range(size)]
    if kind == 'float':
        return [round(rng.uniform(-5, 20), rng.randrange(0, 4)) for _ in range(size)]
    if kind == 'wide':
        return [rng.random() * rng.choice([1e-5, 1e-3, 0.1, 1.0, 10.0, 1e3, 1e5]) for _ in range(size)]
    if kind == 'fraction':
        return [Fraction(rng.randrange(-20, 40), rng.randrange(1, 9)) for _ in range(size)]
    if kind == 'positive':
        return [rng.uniform(0.1, 50) for _ in range(size)]
    return [rng.choice([rng.randrange(10), rng.uniform(0, 10), Fraction(rng.randrange(20), 3)]) for _ in range(size)]

for trial in range(60):
    kind = ['int', 'float', 'wide', 'fraction', 'positive', 'mixed'][trial % 6]
    data = dataset(kind, rng.randrange(1, 12))
    print(trial, kind, data)
    print('  mean', attempt(lambda: st.mean(data)), 'fmean', attempt(lambda: st.fmean(data)),
          'median', attempt(lambda: st.median(data)), attempt(lambda: st.median_low(data)), attempt(lambda: st.median_high(data)))
    print('  grouped', attempt(lambda: st.median_grouped(data)), attempt(lambda: st.median_grouped(data, interval=rng.choice([0.5, 2, 3]))))
    print('  var', attempt(lambda: st.variance(data)), attempt(lambda: st.pvariance(data)),
          'sd', attempt(lambda: st.stdev(data)), attempt(lambda: st.pstdev(data)))
    centre = rng.choice([0, 1, 2.5, Fraction(1, 3)])
    print('  centred', centre, attempt(lambda: st.variance(data, centre)), attempt(lambda: st.pvariance(data, centre)),
          attempt(lambda: st.stdev(data, centre)), attempt(lambda: st.pstdev(data, centre)))
    n = rng.randrange(1, 7)
    print('  quantiles', n, attempt(lambda: st.quantiles(data, n=n)), attempt(lambda: st.quantiles(data, n=n, method='inclusive')))
    weights = [rng.choice([1, 2, 0.5, 3]) for _ in data]
    print('  means', attempt(lambda: st.harmonic_mean(data)), attempt(lambda: st.harmonic_mean(data, weights)),
          attempt(lambda: '%.12g' % st.geometric_mean(data)), attempt(lambda: st.fmean(data, weights)))
    small = [rng.randrange(5) for _ in range(rng.randrange(0, 10))]
    print('  mode', small, attempt(lambda: st.mode(small)), attempt(lambda: st.multimode(small)))
    other = dataset(rng.choice(['int', 'float', 'wide']), len(data))
    print('  pair', other, attempt(lambda: st.covariance(data, other)), attempt(lambda: st.correlation(data, other)),
          attempt(lambda: st.linear_regression(data, other)), attempt(lambda: st.linear_regression(data, other, proportional=True)))

big = [rng.uniform(70, 130) + rng.uniform(-15, 15) for _ in range(500)]
print(st.mean(big), st.fmean(big), st.median(big), st.stdev(big), st.pstdev(big), st.variance(big))
print(st.quantiles(big, n=10), st.quantiles(big, n=5, method='inclusive'), '%.12g' % st.geometric_mean(big), st.harmonic_mean(big))
print(st.mean([1e50, 1, -1e50] * 7), st.fmean([1e50, 1, -1e50] * 7), st.stdev([1e-300, 2e-300]), st.stdev([1e300, -1e300]), st.pstdev([5e-324, 0.0]))
print(st.mean([True, True]), st.pvariance([True, False]), st.mean([10**30, 10**30 + 2]), st.mean([10**30, 1]))
inf, nan = float('inf'), float('nan')
for data in ([1.0, inf], [inf, -inf], [1.0, -inf, 2.0], [1, 2, nan]):
    print(data, attempt(lambda: st.mean(data)), attempt(lambda: st.variance(data)), attempt(lambda: st.pvariance(data)), attempt(lambda: st.stdev(data)))
print(attempt(lambda: st.harmonic_mean([0, -1])), attempt(lambda: st.harmonic_mean([-1, 0])), attempt(lambda: st.harmonic_mean([2, 0, 'a'])),
      attempt(lambda: st.harmonic_mean([0, 1], weights=[0, 1])), attempt(lambda: st.harmonic_mean([1, 2], weights=[0, 0])),
      attempt(lambda: st.harmonic_mean(['a'])), attempt(lambda: st.harmonic_mean([5], weights=[2])), attempt(lambda: st.harmonic_mean([True, 2])))
print(attempt(lambda: st.quantiles([1], n=0)), attempt(lambda: st.quantiles([1], method='x')), attempt(lambda: st.quantiles([1, 2], method='x')),
      attempt(lambda: st.quantiles([1, 2, 3], n=2.5)), attempt(lambda: st.median_grouped(['a', 'b'])), attempt(lambda: st.median_grouped([1, 2], interval=None)),
      attempt(lambda: st.fmean([], weights=[])), attempt(lambda: st.fmean([1, 2], weights=[1, -1])), attempt(lambda: st.fmean(iter([1, 2, 3]), weights=[1, 2])),
      attempt(lambda: st.covariance(iter([1, 2]), [1, 2])), attempt(lambda: st.mean([1, 'b'])), attempt(lambda: st.variance([None, 1])))
r = st.linear_regression([1, 2, 3], [2, 4, 7])
print(r, r.slope, r.intercept, type(r).__name__, r._fields, st.LinearRegression(1, 2))
