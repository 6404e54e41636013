# contextlib.asynccontextmanager (issue 9): an async generator whose one yield is an async with
# block; the block's value, its exception thrown in at the yield (handled or passed on), the
# finally run either way, a generator that does not yield, one that yields twice.
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def opened(name):
    print('open', name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        print('close', name)

@asynccontextmanager
async def forgiving():
    try:
        yield
    except KeyError as e:
        print('forgiven', repr(e))

@asynccontextmanager
async def empty():
    if False:
        yield

@asynccontextmanager
async def twice():
    yield 1
    yield 2

async def main():
    print(opened.__name__, type(opened('x')).__name__)
    async with opened('a') as v:
        print('inside', v)
    try:
        async with opened('b'):
            raise ValueError('in block')
    except ValueError as e:
        print('passed on', e)
    async with forgiving():
        raise KeyError('k')
    print('after forgiving')
    for cm in (empty(), twice()):
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print('RuntimeError:', e)

asyncio.run(main())
