# compare: stderr
# exit: 1
# An asynchronous list comprehension in a plain def (issue 9): CPython's compiler error, before anything runs.
print('this must not run')
async def ticker():
    yield 1
def collect():
    return [x async for x in ticker()]
