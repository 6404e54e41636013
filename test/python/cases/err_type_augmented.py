# An augmented assignment's TypeError names its operator (`+=`, `-=`, `|=`), as binary_iop1's does;
# str += int keeps its "can only concatenate" wording.
def plus(a, b):
    a += b


def minus(a, b):
    a -= b


def either(a, b):
    a |= b


def both(a, b):
    a &= b


def other(a, b):
    a ^= b


for f, a, b in [(plus, 1, 'x'), (plus, 'x', 1), (minus, 1, 'x'), (either, None, 1), (both, [1], 2), (other, 2, 'x'), (minus, {1}, [1])]:
    try:
        f(a, b)
    except TypeError as e:
        print(e)
total = 0
for n in ['1', '2']:
    try:
        total += n
    except TypeError as e:
        print(e)
