# statistics (issue 9): round trips measured over a socketpair are replaced by fixed values (the
# case must be deterministic), then summarised as a tutorial does: mean, median and its low/high/
# grouped forms, mode/multimode, stdev/pstdev/variance/pvariance (exact sums, correctly rounded
# floats), quantiles both ways, fmean/geometric/harmonic means, ints, floats and Fractions, and
# StatisticsError.
import socket
import statistics
from fractions import Fraction

a, b = socket.socketpair()
rtts = []
for i in range(8):
    a.sendall(b'ping %d' % i)
    assert b.recv(64) == b'ping %d' % i
    rtts.append([0.31, 0.29, 0.35, 0.3, 0.33, 0.29, 0.41, 0.3][i])
a.close()
b.close()
print(rtts)
print(statistics.mean(rtts), statistics.median(rtts), statistics.median_low(rtts), statistics.median_high(rtts))
print(statistics.stdev(rtts), statistics.pstdev(rtts), statistics.variance(rtts), statistics.pvariance(rtts))
print(statistics.quantiles(rtts), statistics.quantiles(rtts, n=10, method='inclusive'))
print(statistics.mode(rtts), statistics.multimode(rtts), statistics.fmean(rtts), statistics.median_grouped(rtts, 0.1))
print(statistics.geometric_mean(rtts), statistics.harmonic_mean(rtts))
ints = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(ints), statistics.mean([1, 2]), statistics.median(ints), statistics.median([1, 3, 5]))
print(statistics.stdev(ints), statistics.pstdev(ints), statistics.variance(ints), statistics.pvariance(ints))
print(statistics.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(statistics.mean([1e50, 1, -1e50] * 10), statistics.mean([0.1] * 10), statistics.stdev([0.1, 0.2, 0.3]))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3), 1]), repr(statistics.variance([Fraction(1, 2), Fraction(3, 2), 2])))
print(statistics.mode(['tcp', 'udp', 'tcp']), statistics.multimode('aabbbccdddd'), statistics.multimode([]), statistics.quantiles(ints, n=4))
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([40, 60], weights=[5, 30]), statistics.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]))
print(statistics.pvariance(ints, mu=5), statistics.stdev([1.5, 2.5], xbar=2), issubclass(statistics.StatisticsError, ValueError))
for bad in [lambda: statistics.mean([]), lambda: statistics.median([]), lambda: statistics.stdev([1]), lambda: statistics.variance([]),
            lambda: statistics.pstdev([]), lambda: statistics.mode([]), lambda: statistics.quantiles([1]), lambda: statistics.quantiles([1, 2], n=0),
            lambda: statistics.harmonic_mean([-1, 2]), lambda: statistics.geometric_mean([0, 1]), lambda: statistics.mean(['a']),
            lambda: statistics.quantiles([1, 2], method='x')]:
    try:
        bad()
    except (statistics.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
