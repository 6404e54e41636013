# exit: 1
# compare: stderr
# `continue` in a while loop's else: block at module level: CPython's "'continue' not properly in loop".
n = 0
while n < 3:
    n += 1
else:
    print('done')
    continue
