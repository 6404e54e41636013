# type(x) is the builtin type for every builtin value and socket.socket for a socket; __module__ of
# types, classes and functions; type() of a TypeError the runtime raises is Python's TypeError.
import socket
s = socket.socket()
print(type(s) is socket.socket, type(s) == socket.socket, type(s))
for v in [1, 1.5, 'a', b'a', bytearray(b'a'), [1], (1,), {1: 2}, {1}, frozenset(), None, True, 2**70, range(3)]:
    print(type(v), type(v) is type(v), type(v).__name__, type(v).__module__)
print(type(1) is int, type(1.0) is float, type('') is str, type(b'') is bytes, type([]) is list, type(()) is tuple, type({}) is dict, type(set()) is set, type(None) is type(None), type(True) is bool, type(True) is int, type(2**70) is int, type(bytearray()) is bytearray, type(frozenset()) is frozenset, type(range(1)) is range)
print(type(s).__module__, type(s).__name__, type(s).__qualname__)
s.close()
print((5).__add__(3), (5).__sub__(3), (5).__mul__(2), 'a'.__add__('b'), [1].__add__([2]), (5).__eq__(5), 'ab'.__len__(), [1,2].__len__(), 'ab'.__contains__('a'), {1:2}.__getitem__(1), (5).__str__(), 'x'.__repr__(), (3).__neg__(), (7).__floordiv__(2), (7).__mod__(3), (2).__pow__(3), (5).__lt__(6), (1).__radd__(2), b'ab'.__len__(), (5).__hash__(), (5).__bool__(), (0).__bool__(), (1.5).__add__(1), (5).__add__('x'), (5).__truediv__(2), [1,2].__getitem__(0), (1,2).__len__(), (5).__int__(), (5).__float__(), (5).__index__(), 'a'.__mul__(3), 'a'.__eq__('a'), 'a'.__ne__('b'), (5).__abs__(), (-5).__abs__())
def f():
    raise TypeError('x')
try:
    len(5)
except TypeError as e:
    print(type(e), type(e).__name__, type(e).__module__, type(e) is TypeError)
try:
    f()
except TypeError as e:
    print(type(e), type(e).__name__, type(e).__module__)
try:
    1 + 'a'
except Exception as e:
    print(type(e), repr(e))
try:
    socket.socket().connect(('127.0.0.1', 1))
except OSError as e:
    print(type(e), type(e).__module__, type(e).__qualname__)
class A: pass
print(type(A()).__module__, A.__module__, type(A()), int.__module__, type(len), type(len).__module__, type(f).__module__, f.__module__)
print(type(socket.AF_INET), socket.timeout, socket.error, socket.gaierror.__module__)
