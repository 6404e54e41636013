// Python's statistics module, written in Python and run once by the first import. python3's
// averages and spreads are exact: every value is read as an integer ratio (a float is one), sums
// and sums of squares are kept as Fractions, and only the final value is converted to the data's
// type (ints whose mean is not whole give a float; Fractions stay Fractions; mixing with floats
// gives floats). stdev/pstdev are the correctly rounded square root of that exact variance. A
// non-finite float in the data turns the exact sum into the plain float sum of the non-finite
// values, as python3 does (so a mean or a variance of [1.0, inf] is inf).
// fmean, geometric_mean, covariance, correlation and linear_regression are float computations
// over math.fsum's correctly rounded sums. median_grouped interpolates within the
// median's class; quantiles interpolate between order statistics ('exclusive' or 'inclusive').
// Left out: NormalDist and Decimal data. Written from the library documentation and python3 3.11's
// observed behaviour.
export const STATISTICS_SOURCE = String.raw`import math
from fractions import Fraction
from collections import Counter, namedtuple
from bisect import bisect_left, bisect_right

class StatisticsError(ValueError):
    pass


# -- exact sums ---------------------------------------------------------------------------------

def _ratio_of(value):
    # (numerator, denominator) of a number, denominator None for inf and nan.
    if isinstance(value, int):
        return int(value), 1
    if isinstance(value, float):
        if math.isfinite(value):
            return value.as_integer_ratio()
        return value, None
    if isinstance(value, Fraction):
        return value.numerator, value.denominator
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(value).__name__)

def _kind_of(value):
    # The type a result is converted back to; bool counts as int.
    kind = type(value)
    if kind is bool or isinstance(value, int):
        return int
    if isinstance(value, float):
        return float
    return kind

def _wider(kind, other):
    if kind is other or other is int:
        return kind
    if kind is int:
        return other
    if {kind, other} == {Fraction, float}:
        return float
    raise TypeError("don't know how to coerce %s and %s" % (kind.__name__, other.__name__))

class _Tally:
    # An exact sum: numerators grouped by denominator (the floats of one data set share few
    # power-of-two denominators), non-finite floats summed apart; with squares=True, the exact sum
    # of the squares too. Plain ints and floats are read inline: this loop is the module's hot path.
    def __init__(self, values, squares=False):
        kind = int
        count = 0
        groups = {}
        square_groups = {} if squares else None
        non_finite = None
        for value in values:
            count += 1
            if value.__class__ is float:
                if kind is not float:
                    kind = _wider(kind, float)
                if value - value != 0.0:
                    non_finite = value if non_finite is None else non_finite + value
                    continue
                top, bottom = value.as_integer_ratio()
            elif value.__class__ is int:
                top = value
                bottom = 1
            else:
                top, bottom = _ratio_of(value)
                other = _kind_of(value)
                if other is not kind:
                    kind = _wider(kind, other)
                if bottom is None:
                    non_finite = top if non_finite is None else non_finite + top
                    continue
            groups[bottom] = groups.get(bottom, 0) + top
            if square_groups is not None:
                square = bottom * bottom
                square_groups[square] = square_groups.get(square, 0) + top * top
        self.kind = kind
        self.count = count
        self.groups = groups
        self.square_groups = square_groups
        self.non_finite = non_finite

    def total(self):
        if self.non_finite is not None:
            return self.non_finite
        return _exact_sum(self.groups)

def _exact_sum(groups):
    # The Fraction sum of {denominator: numerator total}: one division per distinct denominator.
    result = Fraction(0)
    for bottom, top in groups.items():
        result += Fraction(top, bottom)
    return result

def _tally(values):
    return _Tally(values)

def _as_kind(value, kind):
    # The exact result as the data's type.
    if isinstance(value, float):
        return value
    if kind is int:
        return int(value) if value.denominator == 1 else float(value)
    if kind is float:
        return float(value)
    return value

def _squared_deviations(data, centre):
    # (kind, exact sum of (x - centre)**2, count). Without a centre the mean is used exactly, as
    # sum(x*x) - sum(x)**2/n; with one, each (x - centre)**2 is computed in the data's own
    # arithmetic and those are summed exactly.
    if centre is not None:
        tally = _tally((x - centre) * (x - centre) for x in data)
        return tally.kind, tally.total(), tally.count
    plain = _Tally(data, squares=True)
    if plain.non_finite is not None:
        return plain.kind, plain.non_finite, plain.count
    count = plain.count
    if count == 0:
        return plain.kind, Fraction(0), 0
    linear = plain.total()
    return plain.kind, _exact_sum(plain.square_groups) - linear * linear / count, count

def _sqrt_of_ratio(top, bottom):
    # The float nearest to sqrt(top/bottom): an integer square root with at least 55 bits, its
    # last bit forced on when inexact (round to odd), then a single rounding to 53 bits.
    if top == 0:
        return 0.0
    scale = (112 - top.bit_length() + bottom.bit_length()) // 2
    if scale >= 0:
        widened, divisor = top << (2 * scale), bottom
    else:
        widened, divisor = top, bottom << (-2 * scale)
    whole, rest = divmod(widened, divisor)
    root = math.isqrt(whole)
    if rest or root * root != whole:
        root |= 1
    if scale >= 0:
        return root / (1 << scale)
    return float(root << -scale)

def _as_list(data):
    return data if isinstance(data, (list, tuple)) else list(data)


# -- averages -----------------------------------------------------------------------------------

def mean(data):
    """Return the sample arithmetic mean of data."""
    tally = _tally(data)
    if tally.count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _as_kind(tally.total() / tally.count, tally.kind)

def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    if weights is None:
        data = _as_list(data)
        total = math.fsum(data)
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return total / len(data)
    data = _as_list(data)
    weights = _as_list(weights)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    weighted = math.fsum(x * w for x, w in zip(data, weights))
    scale = math.fsum(weights)
    if not scale:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / scale

def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None

_NEGATIVE = 'harmonic mean does not support negative values'

def _refuse_negative(values):
    for value in values:
        if value < 0:
            raise StatisticsError(_NEGATIVE)
        yield value

def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data."""
    data = _as_list(data)
    size = len(data)
    if size < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if size == 1 and weights is None:
        only = data[0]
        if not isinstance(only, (int, float, Fraction)):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(_NEGATIVE)
        return only
    if weights is None:
        weights = [1] * size
        weight_total = size
    else:
        weights = _as_list(weights)
        if len(weights) != size:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _tally(_refuse_negative(weights)).total()
    try:
        tally = _tally(w / x if w else 0 for w, x in zip(weights, _refuse_negative(data)))
    except ZeroDivisionError:
        return 0
    reciprocal_total = tally.total()
    if reciprocal_total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as_kind(weight_total / reciprocal_total, tally.kind)


# -- middles and most common --------------------------------------------------------------------

def median(data):
    """Return the median (middle value) of numeric data."""
    ordered = sorted(data)
    size = len(ordered)
    if size == 0:
        raise StatisticsError('no median for empty data')
    half = size // 2
    if size % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2

def median_low(data):
    """Return the low median of numeric data."""
    ordered = sorted(data)
    size = len(ordered)
    if size == 0:
        raise StatisticsError('no median for empty data')
    return ordered[size // 2] if size % 2 else ordered[size // 2 - 1]

def median_high(data):
    """Return the high median of data."""
    ordered = sorted(data)
    size = len(ordered)
    if size == 0:
        raise StatisticsError('no median for empty data')
    return ordered[size // 2]

def median_grouped(data, interval=1):
    """Return the 50th percentile (median) of grouped continuous data."""
    # The values are taken as class midpoints of width interval; the median is interpolated inside
    # the class holding the middle value: lower bound + interval * (n/2 - items below) / items in it.
    ordered = sorted(data)
    size = len(ordered)
    if size == 0:
        raise StatisticsError('no median for empty data')
    middle = ordered[size // 2]
    try:
        lower_bound = float(middle) - float(interval) / 2
    except ValueError:
        raise TypeError('Value cannot be converted to a float') from None
    below = bisect_left(ordered, middle)
    inside = bisect_right(ordered, middle, lo=below) - below
    return lower_bound + interval * (size / 2 - below) / inside

def mode(data):
    """Return the most common data point from discrete or nominal data."""
    ranked = Counter(iter(data)).most_common(1)
    if not ranked:
        raise StatisticsError('no mode for empty data')
    return ranked[0][0]

def multimode(data):
    """Return a list of the most frequently occurring values."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, seen in counts.items() if seen == top]

def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability."""
    # Cut point i of n sits at position i*(len+1)/n of the sorted data, counted from 1, for
    # 'exclusive', and at i*(len-1)/n, counted from 0, for 'inclusive'; between two data points
    # it is interpolated linearly, as (low * (n - frac) + high * frac) / n.
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            low, frac = divmod(i * span, n)
            cuts.append((ordered[low] * (n - frac) + ordered[low + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            low = min(max(i * span // n, 1), size - 1)
            frac = i * span - low * n
            cuts.append((ordered[low - 1] * (n - frac) + ordered[low] * frac) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# -- spread -------------------------------------------------------------------------------------

def _spread(data, centre, sample, name):
    data = _as_list(data)
    needed = 2 if sample else 1
    if len(data) < needed:
        raise StatisticsError('%s requires at least %s data point%s' % (name, 'two' if sample else 'one', 's' if sample else ''))
    kind, squares, count = _squared_deviations(data, centre)
    return kind, squares / (count - 1 if sample else count)

def variance(data, xbar=None):
    """Return the sample variance of data."""
    kind, value = _spread(data, xbar, True, 'variance')
    return _as_kind(value, kind)

def pvariance(data, mu=None):
    """Return the population variance of data."""
    kind, value = _spread(data, mu, False, 'pvariance')
    return _as_kind(value, kind)

def _root(value):
    if isinstance(value, float):
        # python3 takes the square root of the exact ratio, which a non-finite float has not
        raise AttributeError("'float' object has no attribute 'numerator'")
    return _sqrt_of_ratio(value.numerator, value.denominator)

def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    return _root(_spread(data, xbar, True, 'stdev')[1])

def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    return _root(_spread(data, mu, False, 'pstdev')[1])


# -- two variables ------------------------------------------------------------------------------

def _paired(x, y, name):
    size = len(x)
    if len(y) != size:
        raise StatisticsError('%s requires that both inputs have same number of data points' % name)
    if size < 2:
        raise StatisticsError('%s requires at least two data points' % name)
    return size

def covariance(x, y, /):
    """Covariance"""
    size = _paired(x, y, 'covariance')
    x_mean = math.fsum(x) / size
    y_mean = math.fsum(y) / size
    cross = math.fsum((xi - x_mean) * (yi - y_mean) for xi, yi in zip(x, y))
    return cross / (size - 1)

def correlation(x, y, /):
    """Pearson's correlation coefficient"""
    size = _paired(x, y, 'correlation')
    x_mean = math.fsum(x) / size
    y_mean = math.fsum(y) / size
    cross = math.fsum((xi - x_mean) * (yi - y_mean) for xi, yi in zip(x, y))
    x_squares = math.fsum((xi - x_mean) * (xi - x_mean) for xi in x)
    y_squares = math.fsum((yi - y_mean) * (yi - y_mean) for yi in y)
    try:
        return cross / math.sqrt(x_squares * y_squares)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None

LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))

def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept for simple linear regression."""
    size = _paired(x, y, 'linear regression')
    if proportional:
        x_dev, y_dev = x, y
    else:
        x_mean = math.fsum(x) / size
        y_mean = math.fsum(y) / size
        x_dev = [xi - x_mean for xi in x]
        y_dev = [yi - y_mean for yi in y]
    cross = math.fsum(xi * yi for xi, yi in zip(x_dev, y_dev))
    x_squares = math.fsum(xi * xi for xi in x_dev)
    try:
        slope = cross / x_squares
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else y_mean - slope * x_mean
    return LinearRegression(slope=slope, intercept=intercept)
`;
