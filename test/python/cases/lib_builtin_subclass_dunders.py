# Special methods a subclass of list, dict or str defines answer its operators (__iter__, __len__,
# __contains__, __eq__, __add__, __getitem__); list.__iter__(self) is the list's own; `in` on a dict
# subclass is the dict's whatever its __iter__; != of a str subclass with only __eq__ is str's.
class Evens(list):
    def __iter__(self):
        return iter([x for x in list.__iter__(self) if x % 2 == 0])
    def __len__(self):
        return 42
    def __contains__(self, x):
        return x == 'magic'
    def __eq__(self, other):
        return True
    def __add__(self, other):
        return 'added'
e = Evens([1, 2, 3, 4])
print(list(e), len(e), 'magic' in e, 2 in e, e == 5, e + [1], [x for x in e], bool(Evens()), sorted(e))
class Bag(dict):
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(['z'])
    def __getitem__(self, k):
        return k * 2
b = Bag(a=1)
print(len(b), bool(b), list(b), b['x'], b.get('a'), 'a' in b, b)
class Lower(str):
    def __eq__(self, other):
        return str(self).lower() == str(other).lower()
    __hash__ = str.__hash__
print(Lower('ABC') == 'abc', 'abc' == Lower('ABC'), Lower('a') in ['A'], Lower('X') != 'x')
