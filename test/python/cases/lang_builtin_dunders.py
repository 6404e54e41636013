# Special methods of builtin values: (5).__add__(3), 'a'.__len__(), int.__add__(2, 3); a number's binary
# method and every comparison answer NotImplemented for another type, a sequence's + and * raise.
print((5).__add__(1.5), (1.5).__add__(1), (5).__eq__(5.0), (5.0).__eq__(5), 'a'.__lt__(1), (5).__radd__(2), (True).__add__(1))
print('a'.__mul__(3), 'a'.__rmul__(3), [1].__mul__(2), (1, 2).__add__((3,)), b'a'.__add__(b'b'), bytearray(b'a').__add__(b'b'))
print({1: 2}.__len__(), {1: 2}.__contains__(1), {1}.__contains__(2), {1: 2}.__eq__({1: 2}), [1].__eq__((1,)), (3).__ne__(4), (3).__ge__(3), (3).__le__(2), (3).__gt__(2))
for f in [lambda: 'a'.__add__(1), lambda: [1].__add__((2,)), lambda: 'a'.__mul__('b'), lambda: (1).__truediv__(0), lambda: 'a'.__radd__('b'), lambda: (1).__foo__()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
l = [1, 2, 3]
l.__setitem__(0, 9); l.__delitem__(1)
print(l, l.__getitem__(-1), l.__len__(), l.__contains__(9), list(l.__iter__()), 'abc'.__getitem__(1), (7).__divmod__(2), (2).__rpow__(3), (6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (16).__rshift__(2), (5).__invert__(), (5).__pos__(), (-2.5).__abs__(), (2.5).__int__(), (2.5).__bool__(), (2.7).__round__() if False else 0)
print((5).__str__(), (5).__repr__(), 'a'.__str__(), 'a'.__repr__(), [1, 'a'].__repr__(), b'x'.__repr__(), (1.0).__repr__(), None.__repr__(), True.__repr__(), (5).__format__('03d'))
print((5).__hash__() == hash(5), 'a'.__hash__() == hash('a'), (5).__bool__(), ''.__len__(), (2).__mul__(3), (7).__mod__(3), (7).__floordiv__(2), (7).__truediv__(2), (7).__sub__(2), (7).__rsub__(2), (7.0).__rtruediv__(14))
m = (5).__add__
print(m(1), m.__name__, (5).__add__.__qualname__, int.__add__(2, 3), str.__add__('a', 'b'), list.__len__([1, 2]))
