# compare: stderr
# exit: 1
# yield inside a comprehension (issue 9): CPython's compiler error, before anything runs.
print('this must not run')
def gen(xs):
    return [(yield x) for x in xs]
