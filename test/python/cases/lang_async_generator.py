# Asynchronous generators (issue 9): yield in an async def, async for over one, __anext__, asend,
# athrow, aclose, the anext()/aiter() builtins, repr and type names, StopAsyncIteration, a
# finally block run by aclose(), a StopAsyncIteration raised in the body (RuntimeError), reuse errors.
import asyncio

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def echo():
    got = None
    try:
        while True:
            got = yield got
            if got == 'stop':
                return
    finally:
        print('echo finally')

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def leaky():
    yield 1
    raise StopAsyncIteration

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self.run()
    async def run(self):
        while self.n > 0:
            yield self.n
            self.n -= 1

async def main():
    t = ticker(3)
    print(type(t).__name__, repr(t).startswith('<async_generator object ticker at 0x'))
    async for i in t:
        print('tick', i)
    async for i in t:
        print('again', i)
    g = ticker(2)
    print(await g.__anext__(), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    print(await anext(g, 'default'))
    e = echo()
    print(await e.asend(None))
    print(await e.asend('a'))
    print(await e.asend('b'))
    try:
        await e.asend('stop')
    except StopAsyncIteration as x:
        print('stopped', repr(x))
    e = echo()
    await anext(e)
    print('aclose', await e.aclose())
    print('aclose again', await e.aclose())
    print('unstarted aclose', await echo().aclose())
    try:
        for x in ticker(1):
            pass
    except TypeError as x:
        print('TypeError:', x)
    e = echo()
    await anext(e)
    try:
        await e.athrow(ValueError('boom'))
    except ValueError as x:
        print('athrow', x)
    try:
        await echo().asend('early')
    except TypeError as x:
        print('TypeError:', x)
    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as x:
        print('RuntimeError:', x)
    k = leaky()
    await anext(k)
    try:
        await anext(k)
    except RuntimeError as x:
        print('RuntimeError:', x, type(x.__cause__).__name__)
    print(aiter(t) is t)
    print(ticker.__name__, t.__name__, t.__qualname__)
    step = t.__anext__()
    print(type(step).__name__)
    try:
        await step
    except StopAsyncIteration:
        print('finished generator: StopAsyncIteration')
    async for n in Countdown(3):
        print('countdown', n)
    print([n async for n in Countdown(2)])
    try:
        anext(5)
    except TypeError as x:
        print('TypeError:', x)
    try:
        aiter(5)
    except TypeError as x:
        print('TypeError:', x)
    async for i in ticker(5):
        if i == 2:
            break
        print('before break', i)

asyncio.run(main())

# An async generator left by a break: asyncio.run's shutdown_asyncgens closes it (its finally runs) before run() returns.
async def guarded():
    try:
        yield 1
        yield 2
    finally:
        print('guarded: cleanup')

async def leave_early():
    async for x in guarded():
        break
    print('after break')

asyncio.run(leave_early())
print('after run')
