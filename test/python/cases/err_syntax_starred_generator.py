# compare: stderr
# exit: 1
# A starred argument before a generator's for, after another argument: CPython's "Generator expression must be parenthesized" from the star.
f(1, *x for x in y)
