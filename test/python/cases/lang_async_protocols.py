# async def / await / async with / async for on user classes (issue 9), without asyncio: a
# coroutine stepped by hand with send(), an __await__ generator, __aenter__/__aexit__ (swallowing the
# exception), __aiter__/__anext__ with StopAsyncIteration and for's else; coroutine errors.
class Aw:
    def __await__(self):
        x = yield 'hi'
        return x * 2
async def inner(n):
    v = await Aw()
    return v + n
async def main():
    r = await inner(1)
    print('r', r)
    return 'done'
c = main()
print(type(c).__name__, repr(c)[:25])
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print('stop', e.value)
class CM:
    async def __aenter__(self):
        print('enter'); return 1
    async def __aexit__(self, *a):
        print('exit', a[0]); return True
class It:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def m2():
    async with CM() as x:
        print('in', x)
        raise ValueError
    async for i in It():
        print(i)
    else:
        print('else')
c = m2()
try: c.send(None)
except StopIteration: print('end')
import asyncio
async def five():
    return 5
c = five()
print(type(c).__name__, repr(c).startswith('<coroutine object five at 0x'))
try:
    for x in c:
        pass
except TypeError as e:
    print(e)
try:
    c.send(None)
except StopIteration as e:
    print('stop', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def bad():
    await 3
try:
    asyncio.run(bad())
except TypeError as e:
    print(e)
class NoCM:
    pass
async def errors():
    try:
        async with NoCM():
            pass
    except TypeError as e:
        print(e)
    try:
        async for x in 3:
            pass
    except TypeError as e:
        print(e)
    class I:
        def __aiter__(self):
            return 5
    try:
        async for x in I():
            pass
    except TypeError as e:
        print(e)
    return await five() + await five()
print(asyncio.run(errors()))
try:
    asyncio.run(five)
except ValueError as e:
    print(str(e).startswith('a coroutine was expected, got <function five at'))
