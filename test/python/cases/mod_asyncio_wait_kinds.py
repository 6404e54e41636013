# asyncio's waiting functions (provenance rewrite of asyncio part 1): wait() with each return_when and
# a timeout (done/pending sets, nothing cancelled), its errors, as_completed in completion order and
# its TimeoutError, wait_for's timeout cancelling the inner task and a result in time, shield()
# keeping the inner task alive when the outer is cancelled, gather's cancel propagating and its
# return_exceptions, and sleep's result argument.
import asyncio

async def after(delay, value, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(value)
    return value

async def at(deadline, value):
    # Sleeps until a deadline counted from START, so that a slow step elsewhere cannot reorder them.
    loop = asyncio.get_running_loop()
    await asyncio.sleep(START[0] + deadline - loop.time())
    return value

START = [0]

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    a = asyncio.create_task(after(0.02, 'a'), name='a')
    b = asyncio.create_task(after(0.6, 'b'), name='b')
    c = asyncio.create_task(after(0.3, 'c', fail=True), name='c')
    done, pending = await asyncio.wait({a, b, c}, return_when=asyncio.FIRST_COMPLETED)
    print('first completed', names(done), names(pending))
    done, pending = await asyncio.wait([b, c], return_when=asyncio.FIRST_EXCEPTION)
    print('first exception', names(done), names(pending))
    done, pending = await asyncio.wait([a, b, c], timeout=0.001)
    print('timeout', names(done), names(pending), b.cancelled())
    done, pending = await asyncio.wait([a, b, c])
    print('all', names(done), names(pending), [t.exception() is None for t in (a, b)])
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    d = asyncio.create_task(after(0, 'd'), name='d')
    done, pending = await asyncio.wait([d], return_when=asyncio.FIRST_EXCEPTION)
    print('no exception', names(done), names(pending))
    for bad in ([], set()):
        try:
            await asyncio.wait(bad)
        except ValueError as e:
            print('ValueError', e)
    try:
        await asyncio.wait([a], return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError', e)
    try:
        await asyncio.wait(a)
    except TypeError as e:
        print('TypeError', e)

    order = []
    START[0] = asyncio.get_running_loop().time()
    for aw in asyncio.as_completed([at(0.15, 3), at(0.05, 1), at(0.1, 2)]):
        order.append(await aw)
    print('as_completed', order)
    got = []
    try:
        for aw in asyncio.as_completed([after(0, 'quick'), after(1, 'slow')], timeout=0.1):
            got.append(await aw)
    except TimeoutError as e:
        print('as_completed timeout', got, type(e).__name__, repr(e))
    try:
        asyncio.as_completed(after(0, 1))
    except TypeError as e:
        print('TypeError', e)

    inner = asyncio.create_task(after(1, 'never'))
    try:
        await asyncio.wait_for(inner, 0.01)
    except TimeoutError as e:
        print('wait_for timeout', repr(e), inner.cancelled())
    print('wait_for in time', await asyncio.wait_for(after(0, 'ok'), 1))
    print('wait_for None', await asyncio.wait_for(after(0, 'none'), None))
    try:
        await asyncio.wait_for(after(0, 'x', fail=True), 1)
    except ValueError as e:
        print('wait_for error', e)

    slow = asyncio.create_task(after(0.02, 'shielded'))
    outer = asyncio.ensure_future(asyncio.shield(slow))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled', slow.cancelled())
    print('inner result', await slow)
    print('shield of done', await asyncio.shield(after(0, 'direct')))

    g = asyncio.gather(after(1, 'g1'), after(1, 'g2'))
    await asyncio.sleep(0)
    print(g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())
    print(await asyncio.gather(after(0, 1), after(0, 2, fail=True), return_exceptions=True))
    print(await asyncio.gather())
    print(await asyncio.sleep(0, 'slept'), await asyncio.sleep(0.001, result=7))

asyncio.run(main())
