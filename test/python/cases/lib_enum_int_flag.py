# IntEnum (an int: compares and computes with ints; 3.11's str() and format() are the int's),
# Flag (| & ^ ~, `in`, iteration over a combination, 3.11's reprs of combined and empty flags)
# and IntFlag (| with a plain int stays a flag; str() is the int's).
from enum import Flag, IntEnum, IntFlag, auto


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.HIGH), str(Priority.NORMAL), f'{Priority.HIGH}|{Priority.LOW:>3}|')
print(Priority.LOW == 1, Priority.HIGH > Priority.LOW, Priority.HIGH + 1, Priority.HIGH * 2, '%d' % Priority.NORMAL)
print(Priority(3), max(Priority), sorted([3, Priority.LOW, 2]), isinstance(Priority.LOW, int), {1: 'one'}[Priority.LOW])
print(Priority.LOW in [1, 2], Priority.NORMAL.name, Priority.NORMAL.value, list(Priority))
match 2:
    case Priority.NORMAL:
        print('normal')
try:
    Priority(9)
except ValueError as e:
    print('ValueError', e)


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(list(Perm), Perm.X.value)
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.R, repr(Perm.R & Perm.X))
print(bool(Perm.R & Perm.X), bool(rw), repr(~Perm.R), Perm.R ^ Perm.W, list(rw), len(rw))
print(Perm(0), repr(Perm(3)), Perm(3) is rw, rw == Perm.R | Perm.W)


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(m, repr(m), Mode.READ | 1, repr(Mode(7)), repr(Mode(0)), Mode.READ == 4, str(Mode.READ))
print(Mode.WRITE in m, Mode.EXEC in m, m & 2, repr(m & Mode.EXEC), f'{m}', int(m))
