# compare: stderr
# exit: 1
# await in a plain def (issue 9): CPython's compiler error, before anything runs.
print('this must not run')
import asyncio
def main():
    data = await asyncio.sleep(0, 'x')
    return data
