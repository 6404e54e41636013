// Python's fractions module, written in Python and run once by the first import. A Fraction holds
// an int numerator and a positive int denominator with no common factor, so equal values are equal
// objects whatever way they were computed: the arithmetic below only has to be exact, and then
// reduces by the gcd. What python3 shows beyond that, and this file reproduces:
// - construction from ints, Fractions (and any mix of the two), floats (exactly, through
//   float.as_integer_ratio), and strings: 'n', 'n/d' or a decimal with an optional exponent, signed,
//   underscores between digits, surrounding whitespace; every other string is the same ValueError;
// - arithmetic with ints and Fractions stays exact (// gives an int, % and divmod's second a
//   Fraction); with a float the Fraction turns into a float first;
// - ** with an integral exponent is exact, any other exponent goes through float;
// - comparisons with floats are exact (a float is a dyadic fraction), inf and nan compare as
//   0.0 does with them; hash() is the documented numeric hash, so a Fraction equal to an int or a
//   float hashes as it does;
// - limit_denominator is the best rational approximation (continued fraction convergents and the
//   last semiconvergent; on a tie, the convergent), round() rounds half to even.
// Left out: the numbers ABCs (a "rational" here is an int, bool included, or a Fraction), complex
// numbers (socklab has none) and Decimal (from_decimal takes ints only). Written from the library documentation and python3
// 3.11's observed behaviour.
export const FRACTIONS_SOURCE = String.raw`import math
import re

__all__ = ['Fraction']

_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159

_DIGITS = r'\d+(?:_\d+)*'
_LITERAL = re.compile(
    r'\s*([-+]?)(?:(' + _DIGITS + r')/(' + _DIGITS + r')'
    r'|(' + _DIGITS + r')?(?:\.(' + _DIGITS + r')?)?(?:[eE]([-+]?' + _DIGITS + r'))?)\s*\Z')

def _from_text(text):
    # (numerator, denominator) of a Fraction literal, not yet reduced.
    found = _LITERAL.match(text)
    if found is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    sign, top, bottom, whole, decimals, exponent = found.groups()
    if top is not None:
        numerator, denominator = int(top), int(bottom)
    else:
        if whole is None and decimals is None:
            raise ValueError('Invalid literal for Fraction: %r' % text)
        numerator = int(whole or '0')
        denominator = 1
        if decimals:
            places = decimals.replace('_', '')
            scale = 10 ** len(places)
            numerator = numerator * scale + int(places)
            denominator = scale
        if exponent:
            power = int(exponent)
            if power >= 0:
                numerator *= 10 ** power
            else:
                denominator *= 10 ** -power
    if sign == '-':
        numerator = -numerator
    return numerator, denominator

def _reduced(cls, numerator, denominator):
    if denominator == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
    common = math.gcd(numerator, denominator)
    if denominator < 0:
        common = -common
    return _made(cls, numerator // common, denominator // common)

def _made(cls, numerator, denominator):
    # A Fraction from parts known to be in lowest terms with a positive denominator.
    fresh = object.__new__(cls)
    fresh._numerator = numerator
    fresh._denominator = denominator
    return fresh

def _exact_ratio(value):
    # (numerator, denominator) of an int or a Fraction, else None.
    if isinstance(value, Fraction):
        return value._numerator, value._denominator
    if isinstance(value, int):
        return int(value), 1
    return None


class Fraction:
    """This class implements rational numbers.

    Fraction(8, 6) == Fraction(4, 3). Both arguments must be rational (int or
    Fraction); the numerator defaults to 0 and the denominator to 1, so
    Fraction(3) == 3 and Fraction() == 0. A single argument may also be a float
    (converted exactly), a numeric string such as '-2.3' or '1e10', or a string
    of the form '123/456'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if numerator.__class__ is int:
                return _made(cls, numerator, 1)
            ratio = _exact_ratio(numerator)
            if ratio is not None:
                return _made(cls, ratio[0], ratio[1])
            if isinstance(numerator, float):
                top, bottom = numerator.as_integer_ratio()
                return _made(cls, top, bottom)
            if isinstance(numerator, str):
                top, bottom = _from_text(numerator)
                return _reduced(cls, top, bottom)
            raise TypeError('argument should be a string or a Rational instance')
        if numerator.__class__ is int and denominator.__class__ is int:
            # The usual Fraction(n, d), reduced here rather than through _reduced: it is the
            # hottest path of the module.
            if denominator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
            if _normalize:
                common = math.gcd(numerator, denominator)
                if denominator < 0:
                    common = -common
                if common != 1:
                    numerator //= common
                    denominator //= common
            fresh = object.__new__(cls)
            fresh._numerator = numerator
            fresh._denominator = denominator
            return fresh
        else:
            upper = _exact_ratio(numerator)
            lower = _exact_ratio(denominator)
            if upper is None or lower is None:
                raise TypeError('both arguments should be Rational instances')
            top, bottom = upper[0] * lower[1], lower[0] * upper[1]
        if not _normalize:
            if bottom == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % top)
            return _made(cls, top, bottom)
        return _reduced(cls, top, bottom)

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, int):
            return cls(dec)
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self: each convergent h/k is closer than any fraction with
        # a smaller denominator. Stop before the first convergent whose denominator is too big;
        # the answer is then the last convergent or the largest semiconvergent still allowed.
        h_prev, k_prev, h, k = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            term = top // bottom
            k_next = k_prev + term * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + term * h, k_next
            top, bottom = bottom, top - term * bottom
        steps = (max_denominator - k_prev) // k
        convergent = Fraction(h, k)
        semiconvergent = Fraction(h_prev + steps * h, k_prev + steps * k)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @property
    def real(self):
        return _made(Fraction, self._numerator, self._denominator)

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return _made(Fraction, self._numerator, self._denominator)

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic. Each operator takes an int or a Fraction exactly, a float by converting the
    # Fraction, and leaves anything else to the other operand (NotImplemented).

    def __add__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            return _sum(self._numerator, self._denominator, ratio[0], ratio[1])
        if isinstance(other, float):
            return float(self) + other
        return NotImplemented

    def __radd__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            return _sum(ratio[0], ratio[1], self._numerator, self._denominator)
        if isinstance(other, float):
            return other + float(self)
        return NotImplemented

    def __sub__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            return _sum(self._numerator, self._denominator, -ratio[0], ratio[1])
        if isinstance(other, float):
            return float(self) - other
        return NotImplemented

    def __rsub__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            return _sum(ratio[0], ratio[1], -self._numerator, self._denominator)
        if isinstance(other, float):
            return other - float(self)
        return NotImplemented

    def __mul__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            return _product(self._numerator, self._denominator, ratio[0], ratio[1])
        if isinstance(other, float):
            return float(self) * other
        return NotImplemented

    def __rmul__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            return _product(ratio[0], ratio[1], self._numerator, self._denominator)
        if isinstance(other, float):
            return other * float(self)
        return NotImplemented

    def __truediv__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            return _quotient(self._numerator, self._denominator, ratio[0], ratio[1])
        if isinstance(other, float):
            return float(self) / other
        return NotImplemented

    def __rtruediv__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            return _quotient(ratio[0], ratio[1], self._numerator, self._denominator)
        if isinstance(other, float):
            return other / float(self)
        return NotImplemented

    def __floordiv__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            return (self._numerator * ratio[1]) // (self._denominator * ratio[0])
        if isinstance(other, float):
            return float(self) // other
        return NotImplemented

    def __rfloordiv__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            return (ratio[0] * self._denominator) // (ratio[1] * self._numerator)
        if isinstance(other, float):
            return other // float(self)
        return NotImplemented

    def __mod__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            return _remainder(self._numerator, self._denominator, ratio[0], ratio[1])
        if isinstance(other, float):
            return float(self) % other
        return NotImplemented

    def __rmod__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            return _remainder(ratio[0], ratio[1], self._numerator, self._denominator)
        if isinstance(other, float):
            return other % float(self)
        return NotImplemented

    def __divmod__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            return _divmod(self._numerator, self._denominator, ratio[0], ratio[1])
        if isinstance(other, float):
            return divmod(float(self), other)
        return NotImplemented

    def __rdivmod__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            return _divmod(ratio[0], ratio[1], self._numerator, self._denominator)
        if isinstance(other, float):
            return divmod(other, float(self))
        return NotImplemented

    def __pow__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            if ratio[1] == 1:
                return _integral_power(self._numerator, self._denominator, ratio[0])
            return float(self) ** (ratio[0] / ratio[1])
        if isinstance(other, float):
            return float(self) ** other
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0 and isinstance(other, int):
            return other ** self._numerator  # an int: 2 ** Fraction(3) == 8, as python3 gives
        ratio = _exact_ratio(other)
        if ratio is not None:
            if self._denominator == 1:
                return _integral_power(ratio[0], ratio[1], self._numerator)
            return (ratio[0] / ratio[1]) ** float(self)
        if self._denominator == 1:
            return other ** self._numerator
        return other ** float(self)

    def __pos__(self):
        return _made(Fraction, self._numerator, self._denominator)

    def __neg__(self):
        return _made(Fraction, -self._numerator, self._denominator)

    def __abs__(self):
        return _made(Fraction, abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __float__(self):
        return self._numerator / self._denominator

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return _nearest(self._numerator, self._denominator)
        if ndigits >= 0:
            scale = 10 ** ndigits
            return Fraction(_nearest(self._numerator * scale, self._denominator), scale)
        scale = 10 ** -ndigits
        return Fraction(_nearest(self._numerator, self._denominator * scale) * scale)

    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        # The numeric hash of the documentation ("Hashing of numeric types"): the value modulo the
        # prime 2**61 - 1, the denominator inverted by Fermat's little theorem; a denominator that
        # is a multiple of the prime hashes as infinity does.
        if self._denominator % _MODULUS == 0:
            result = _HASH_INF
        else:
            result = abs(self._numerator) % _MODULUS * pow(self._denominator, _MODULUS - 2, _MODULUS) % _MODULUS
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(self, other):
        ratio = _exact_ratio(other)
        if ratio is not None:
            return self._numerator == ratio[0] and self._denominator == ratio[1]
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return False
            top, bottom = other.as_integer_ratio()
            return self._numerator == top and self._denominator == bottom
        return NotImplemented

    def __lt__(self, other):
        return _order(self, other, lambda x, y: x < y)

    def __gt__(self, other):
        return _order(self, other, lambda x, y: x > y)

    def __le__(self, other):
        return _order(self, other, lambda x, y: x <= y)

    def __ge__(self, other):
        return _order(self, other, lambda x, y: x >= y)

    def __bool__(self):
        return self._numerator != 0

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)


def _order(a, b, holds):
    # a <op> b for a Fraction a, compared exactly as cross products; a float is exact too, and
    # against inf or nan a finite value behaves as 0.0 does.
    ratio = _exact_ratio(b)
    if ratio is None:
        if not isinstance(b, float):
            return NotImplemented
        if math.isnan(b) or math.isinf(b):
            return holds(0.0, b)
        ratio = b.as_integer_ratio()
    return holds(a._numerator * ratio[1], ratio[0] * a._denominator)

def _sum(n1, d1, n2, d2):
    if d1 == d2 == 1:
        return _made(Fraction, n1 + n2, 1)
    if d2 == 1:
        return _made(Fraction, n1 + n2 * d1, d1)
    if d1 == 1:
        return _made(Fraction, n1 * d2 + n2, d2)
    return _reduced(Fraction, n1 * d2 + n2 * d1, d1 * d2)

def _product(n1, d1, n2, d2):
    # Cancel across before multiplying: the parts stay small and the result is already reduced.
    g1 = math.gcd(n1, d2)
    g2 = math.gcd(n2, d1)
    if g1 > 1:
        n1 //= g1
        d2 //= g1
    if g2 > 1:
        n2 //= g2
        d1 //= g2
    return _made(Fraction, n1 * n2, d1 * d2)

def _quotient(n1, d1, n2, d2):
    if n2 == 0:
        # python3 names the reduced form of n1/0: its numerator is the sign of n1.
        raise ZeroDivisionError('Fraction(%s, 0)' % ((n1 > 0) - (n1 < 0)))
    if n2 < 0:
        n2, d2 = -n2, -d2
    return _product(n1, d1, d2, n2)

def _remainder(n1, d1, n2, d2):
    return _reduced(Fraction, (n1 * d2) % (n2 * d1), d1 * d2)

def _divmod(n1, d1, n2, d2):
    whole, rest = divmod(n1 * d2, d1 * n2)
    return whole, _reduced(Fraction, rest, d1 * d2)

def _integral_power(n, d, power):
    # (n/d) ** power for an int power: exact, already in lowest terms.
    if power >= 0:
        return _made(Fraction, n ** power, d ** power)
    if n == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % (d ** -power))
    if n < 0:
        n, d = -n, -d
    return _made(Fraction, d ** -power, n ** -power)

def _nearest(n, d):
    # The int nearest n/d (d > 0), halves going to the even one.
    whole, rest = divmod(n, d)
    twice = 2 * rest
    if twice < d or (twice == d and whole % 2 == 0):
        return whole
    return whole + 1
`;
