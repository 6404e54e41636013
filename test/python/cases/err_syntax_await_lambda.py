# compare: stderr
# exit: 1
# await in a lambda inside an async def (issue 9): CPython's compiler error, before anything runs.
print('this must not run')
async def main(xs):
    return sorted(xs, key=lambda x: await x)
