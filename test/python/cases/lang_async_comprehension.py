# Asynchronous comprehensions (issue 9): list, set and dict comprehensions with async for or await
# in an async def, nested clauses, an async for over a sync iterable's clause, conditions that
# await, and asynchronous generator expressions (an async_generator object, awaited lazily).
import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def is_odd(x):
    await asyncio.sleep(0)
    return x % 2 == 1

async def main():
    print([x async for x in ticker(4)])
    print({x % 2 async for x in ticker(4)})
    print({x: x * x async for x in ticker(3)})
    print([await double(x) for x in range(3)])
    print([x for x in range(6) if await is_odd(x)])
    print([(a, b) async for a in ticker(2) for b in 'xy'])
    print([(a, b) for a in 'xy' async for b in ticker(2)])
    print([[y async for y in ticker(x)] for x in range(3)])
    print([a + b async for a, b in pairs()])
    ge = (await double(x) async for x in ticker(3))
    print(type(ge).__name__, repr(ge).startswith('<async_generator object main.<locals>.<genexpr> at 0x'))
    print(await anext(ge))
    print([y async for y in ge])
    g2 = (x * 10 for x in range(3) if await is_odd(x))
    print(type(g2).__name__, [y async for y in g2])
    print(sum([x async for x in ticker(5)]))

async def pairs():
    for p in [(1, 2), (3, 4)]:
        yield p

def plain():
    # An asynchronous generator expression in a plain def is an object, not an error.
    return (x async for x in ticker(2))

async def consume():
    print([x async for x in plain()])

asyncio.run(main())
asyncio.run(consume())
