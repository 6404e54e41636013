# compare: stderr
# exit: 1
# yield from in an async def (issue 9): CPython's compiler error, before anything runs.
print('this must not run')
async def relay(source):
    yield from source
