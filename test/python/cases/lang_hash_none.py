# A mutable builtin's __hash__ is None (list, dict, set, bytearray; the types' too), so hash()
# and a dict key or set item of one raise "unhashable type"; a class with __eq__ and no __hash__
# gets __hash__ = None as well.
print([].__hash__, {}.__hash__, set().__hash__, bytearray().__hash__)
print(list.__hash__, dict.__hash__, set.__hash__)
print(().__hash__ is not None, frozenset().__hash__ is not None, 'a'.__hash__ is not None, b''.__hash__() == hash(b''))
for value in ([], {}, set(), bytearray(b'x')):
    try:
        hash(value)
    except TypeError as e:
        print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {1, 2}.add({})
except TypeError as e:
    print(e)


class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return self.x == other.x


print(Point.__hash__)
try:
    hash(Point(1))
except TypeError as e:
    print(e)
try:
    {Point(1): 'a'}
except TypeError as e:
    print(e)
