# asyncio timeouts (issue 9): wait_for raising TimeoutError (asyncio.TimeoutError is TimeoutError in
# 3.11) and cancelling what it waited on, wait_for in time, wait(FIRST_COMPLETED / ALL_COMPLETED),
# as_completed in completion order, shield.
import asyncio

async def slow(d, v):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print('cancelled', v)
        raise
    return v

async def main():
    try:
        await asyncio.wait_for(slow(5, 'never'), timeout=0.02)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow(0.01, 'ok'), 1))
    tasks = [asyncio.create_task(slow(d, v), name=v) for d, v in [(0.2, 'slow'), (0.01, 'fast')]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    # Completion by turns of the loop, not by timers: the order does not depend on the machine's load.
    async def turns(n, v):
        for _ in range(n):
            await asyncio.sleep(0)
        return v
    for c in asyncio.as_completed([turns(30, 'three'), turns(10, 'one'), turns(20, 'two')]):
        print(await c)
    gate = asyncio.Event()
    async def guarded():
        await gate.wait()
        return 'shielded'
    inner = asyncio.create_task(guarded())
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        print('outer timed out, inner done:', inner.done(), inner.cancelled())
    gate.set()
    print(await inner)

asyncio.run(main())
