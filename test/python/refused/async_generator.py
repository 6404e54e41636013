# An asynchronous generator (yield in an async def) is outside the subset: refused before anything runs.
print('this must not run')
import asyncio
async def ticks(n):
    for i in range(n):
        yield i  # refused here
        await asyncio.sleep(0)
async def main():
    async for t in ticks(2):
        print(t)
asyncio.run(main())
