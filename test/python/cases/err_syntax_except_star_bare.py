# compare: stderr
# exit: 1
# except* without a type (issue 9): CPython's parser error, before anything runs.
print('this must not run')
try:
    pass
except*:
    pass
