# compare: stderr
# exit: 1
# except and except* on one try (issue 9): CPython's compiler error, before anything runs.
print('this must not run')
try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
