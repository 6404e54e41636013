# compare: stderr
# exit: 1
# yield outside a function (issue 9): CPython's compiler error, before anything runs.
print('this must not run')
data = [1, 2]
yield data
