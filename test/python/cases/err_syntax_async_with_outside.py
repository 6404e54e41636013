# compare: stderr
# exit: 1
# async with in a plain def (issue 9): CPython's compiler error, before anything runs.
print('this must not run')
import asyncio
def main():
    async with asyncio.Lock():
        pass
