# A subclass of float (issue 9): its own __repr__/__str__, float's arithmetic returning float, comparisons,
# format specs, hashing, sorting, a validating __new__ with super().__new__(cls, value), float.__repr__
# and float's methods on it, an instance attribute, sum/max/divmod.
class Money(float):
    def __repr__(self):
        return f'Money({float(self):.2f})'
    def __str__(self):
        return f'${float(self):.2f}'
m = Money(2.5)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, m > 2, isinstance(m, float), float(m), int(m), round(m), f'{m:.1f}')
print(Money('3.25'), Money(), Money(4) == 4.0, hash(Money(1.5)) == hash(1.5), sorted([Money(3), Money(1.5)]), -m, abs(Money(-2)))
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        return super().__new__(cls, value)
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, repr(c), c.to_f(), type(c).__name__, Celsius.__mro__, float.__repr__(c), c.is_integer(), c.real)
try:
    Celsius(-300)
except ValueError as e:
    print(e)
c.label = 'boiling'
print(c.label, sum([Celsius(1), Celsius(2.5)]), max(Celsius(1), 0.5), divmod(Celsius(7), 2), Celsius(7) // 2, Celsius(7) % 2)
