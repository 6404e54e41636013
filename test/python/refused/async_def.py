# async def / await is outside the subset: refused before anything runs.
print('this must not run')
import asyncio
async def main():  # refused here
    await asyncio.sleep(0)
asyncio.run(main())
