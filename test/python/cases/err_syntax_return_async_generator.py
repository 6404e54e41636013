# compare: stderr
# exit: 1
# return with a value in an async generator (issue 9): CPython's compiler error, before anything runs.
print('this must not run')
async def numbers():
    yield 1
    return 2
