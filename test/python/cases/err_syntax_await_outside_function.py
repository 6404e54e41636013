# compare: stderr
# exit: 1
# await at module level (issue 9): CPython's compiler error, before anything runs.
print('this must not run')
import asyncio
await asyncio.sleep(0)
