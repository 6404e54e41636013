# compare: stderr
# exit: 1
# async for at module level (issue 9): CPython's compiler error, before anything runs.
print('this must not run')
async for line in reader:
    print(line)
