# asyncio scheduling order (issue 9): tasks run in the FIFO order of readiness of CPython's loop, so the
# prints of three sleep(0) loops under gather() interleave as in CPython; create_task names, results,
# gather(return_exceptions=True), a failing gather, cancel() and CancelledError, call_soon/call_later,
# run_in_executor, loop.run_until_complete.
import asyncio

async def loop(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name * 2

async def fail():
    await asyncio.sleep(0)
    raise ValueError('boom')

async def main():
    print(await asyncio.gather(loop('a', 3), loop('b', 2), loop('c', 3)))
    t = asyncio.create_task(loop('t', 2), name='worker')
    print(t.get_name(), t.done(), asyncio.current_task().get_name())
    await asyncio.sleep(0)
    print('main after sleep')
    print(await t, t.done(), t.result())
    print(await asyncio.gather(fail(), loop('x', 1), return_exceptions=True))
    try:
        await asyncio.gather(fail(), loop('y', 2))
    except ValueError as e:
        print('caught', e)
    await asyncio.sleep(0.01)
    t2 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(t2.cancel(), t2.cancelled())
    try:
        await t2
    except asyncio.CancelledError:
        print('cancelled', t2.cancelled(), t2.done())
    try:
        await asyncio.sleep(0)
        raise asyncio.CancelledError()
    except Exception:
        print('not here: CancelledError is a BaseException')
    except BaseException as e:
        print('BaseException', type(e).__name__)
    print(await asyncio.sleep(0, result=7))
    loop_ = asyncio.get_running_loop()
    fut = loop_.create_future()
    loop_.call_later(0.01, fut.set_result, 'later')
    loop_.call_soon(print, 'soon')
    print(fut.done())
    print(await fut, fut.done(), fut.result())
    print(await loop_.run_in_executor(None, sum, [1, 2, 3]))
    return 'main done'

print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, 'ruc')))
loop.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
