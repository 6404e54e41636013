# dict | dict and |= (PEP 584): a new dict / the left one updated, the right one's values winning;
# keys of every kind keep their first spelling (1 and True are one key).
a = {'x': 1, (1, 2): 'tuple', b'k': 2}
b = {'x': 10, 'y': 20}
c = a | b
print(c, a, c is a)
a |= b
print(a)
print({} | {}, {1: 1} | {True: 2})
try:
    {1: 2} | [1]
except TypeError as e:
    print(e)
from collections import Counter
print(Counter('aab') | Counter('abb'))
