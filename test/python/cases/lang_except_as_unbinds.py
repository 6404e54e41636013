# `except E as e:` unbinds e when the block ends, however it ends (CPython's `e = None; del e`):
# a global is gone (NameError), a local is unbound (UnboundLocalError); `del x` of a local too.
try:
    1 / 0
except ZeroDivisionError as e:
    print('caught', e)
try:
    print(e)
except NameError as err:
    print('NameError:', err)

e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    del e
try:
    print(e)
except NameError as missing:
    print(missing)
try:
    print(err)
except NameError as missing:
    print(missing)


def keep():
    try:
        raise KeyError('k')
    except KeyError as k:
        saved = k
    print('saved', repr(saved))
    return k


def returned():
    try:
        int('z')
    except ValueError as v:
        return 'returned ' + str(v)


def loop():
    for i in range(3):
        try:
            raise OSError(i)
        except OSError as problem:
            if i == 1:
                break
            continue
    try:
        problem
    except UnboundLocalError as u:
        print('after break:', u)
    problem = 'rebound'
    return problem


def deleted(x):
    del x
    return x


for f in (keep, returned, loop, lambda: deleted(1)):
    try:
        print(f())
    except NameError as n:
        print(type(n).__name__, n)
