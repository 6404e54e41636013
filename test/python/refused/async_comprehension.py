# An await in a comprehension (an asynchronous comprehension) is outside the subset: refused before anything runs.
print('this must not run')
import asyncio
async def double(x):
    return 2 * x
async def main():
    print([await double(x) for x in range(3)])  # refused here
asyncio.run(main())
