# dir() of the common builtin types' values lists exactly what CPython lists, dunder names included.
for x in [5, 2.5, True, 'x', b'', bytearray(b'ab'), [1], (1, 2), {'a': 1}, {1}, None]:
    print(type(x).__name__, dir(x))
class L(list):
    pass
print([n for n in dir(L()) if not n.startswith('__')])
print(len(dir(5)), '__add__' in dir('s'), 'length' in dir([]), 'forEach' in dir({}))
def f():
    x = 1
    return dir()
print(f())
