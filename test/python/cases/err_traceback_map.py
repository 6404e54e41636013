# exit: 1
# compare: stderr
# An error in the function map() calls surfaces where the item is asked for (list(...)), with
# that function's frame under it, as CPython's lazy map gives it.
def conv(s):
    return int(s)


nums = list(map(conv, ['1', 'x']))
