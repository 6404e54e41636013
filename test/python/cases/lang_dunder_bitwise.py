# A Python class's __or__ / __and__ / __xor__ (and the reflected __ror__ when the left operand
# declines), NotImplemented from both sides as CPython's TypeError; and list.append/insert/index,
# set.add and dict.get given an iterable object take it as it is (its __iter__ is not run).
class Bits:
    def __init__(self, v):
        self.v = v

    def __or__(self, other):
        if isinstance(other, Bits):
            return Bits(self.v | other.v)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, int):
            return Bits(self.v | other)
        return NotImplemented

    def __and__(self, other):
        return Bits(self.v & (other.v if isinstance(other, Bits) else other))

    def __xor__(self, other):
        return Bits(self.v ^ other.v)

    def __iter__(self):
        print('iterated')
        return iter([self.v])

    def __repr__(self):
        return f'Bits({self.v:#b})'


a, b = Bits(0b1100), Bits(0b1010)
print(a | b, a & b, a ^ b, a & 0b100, 1 | a)
try:
    print(a | 'x')
except TypeError as e:
    print('TypeError', e)
items = []
items.append(a)
items.insert(0, b)
print(items, items.index(a), len(items))
s = set()
s.add(a)
print(len(s), {}.get(a, 'none'))
print(list(a), [*b])
