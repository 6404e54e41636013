# traceback's limit=: the outermost N frames of each traceback in a chain (the innermost N of a
# stack), the last -N when negative; a traceback left with no frames loses its header line. A
# stack's entries have no ^^^ markers (walk_stack's frames have no columns).
import sys
import traceback


def outer():
    middle()


def middle():
    inner()


def inner():
    raise ValueError('deep')


def chained():
    try:
        outer()
    except ValueError as e:
        raise KeyError('wrapped') from e


try:
    outer()
except ValueError as err:
    traceback.print_exc(limit=1, file=sys.stdout)
    print(traceback.format_exc(limit=-2), end='')
    print(repr(traceback.format_exc(0)))
    traceback.print_exc(None, sys.stdout)
    print(traceback.format_exception(err, limit=2))
    traceback.print_exception(err, limit=-1, file=sys.stdout)
    traceback.print_exception(type(err), err, err.__traceback__, 1, sys.stdout)
try:
    chained()
except KeyError:
    traceback.print_exc(limit=1, file=sys.stdout)


def show_stack(n):
    if n > 0:
        return show_stack(n - 1)
    traceback.print_stack(limit=2, file=sys.stdout)
    print(len(traceback.format_stack()), len(traceback.format_stack(limit=-1)))
    print(traceback.format_stack(limit=1))


show_stack(2)
traceback.print_stack(file=sys.stdout)
