# enum's functional API: Enum('Name', names) with names as a string (spaces or commas), a list
# of names or of (name, value) pairs, a dict; start=; on IntEnum and Flag too.
from enum import Enum, IntEnum, Flag
A = Enum('A', 'X Y')
print(A, list(A), A.X, repr(A.Y), A(2), A['X'], len(A), A.__name__)
B = Enum('B', ['P', 'Q'])
print(list(B))
C = Enum('C', [('P', 5), ('Q', 7)])
print(list(C), C(7))
D = IntEnum('D', 'X Y,Z')
print(list(D), D.Z + 1)
E = Enum('E', {'ON': 'on', 'OFF': 'off'})
print(list(E), E('off'))
F = Flag('F', 'R W X')
print(list(F), F.R | F.X)
G = Enum('G', 'A B', start=10)
print(list(G))
