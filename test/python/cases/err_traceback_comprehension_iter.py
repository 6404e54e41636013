# exit: 1
# compare: stderr
# iter() of a comprehension's first iterable is called in the enclosing frame, as CPython's
# GET_ITER before the call: `[y for y in 5]` fails with no <listcomp> frame; a later for clause
# fails inside the comprehension's own frame.
import traceback


def show(f):
    try:
        f()
    except TypeError:
        print(traceback.format_exc())


def in_function(n):
    return {k: k for k in n}


show(lambda: in_function(3))
show(lambda: {s for s in None})
show(lambda: [(a, b) for a in [1] for b in 2])
show(lambda: sum(g for g in 7))
x = 5
ys = [y for y in x]
