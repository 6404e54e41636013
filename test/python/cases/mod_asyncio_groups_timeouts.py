# asyncio.TaskGroup and asyncio.timeout (provenance rewrite of asyncio part 1): two failures in one
# ExceptionGroup (its message and order), a sibling cancelled, an error in the body, KeyboardInterrupt-
# free base errors, a nested timeout that expires, Timeout's reprs, when()/reschedule()/expired(),
# timeout_at, timeout(None), errors of reusing a group or a Timeout, run_in_executor (a result,
# an exception, arguments), and the loop's exception handler called by hand.
import asyncio
import re

async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def sleepy(log, name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise

def blocking(x, y=1):
    return x * y

def broken():
    raise OSError(5, 'disk says no')

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, ValueError('one')))
            tg.create_task(fail(0, TypeError('two')))
            tg.create_task(sleepy(log, 's'))
    except* ValueError as eg:
        print('values', repr(eg), [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print('types', repr(eg), [repr(e) for e in eg.exceptions])
    print(log)
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(sleepy(log, 'body'))
            await asyncio.sleep(0)
            raise RuntimeError('in the body')
    except BaseExceptionGroup as eg:
        print('group', repr(eg), t.cancelled(), log[-1])
    except RuntimeError as e:
        print('plain', repr(e), t.cancelled(), log[-1])
    async with asyncio.TaskGroup() as tg:
        r1 = tg.create_task(fail(0, ValueError) if False else asyncio.sleep(0, 'r1'))
        r2 = tg.create_task(asyncio.sleep(0.01, 'r2'), name='second')
    print(r1.result(), r2.result(), r2.get_name())
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print('RuntimeError', re.sub(r'0x[0-9a-f]+', 'ADDR', str(e)))

    try:
        async with asyncio.timeout(0.01) as cm:
            print(re.sub(r'when=[0-9.]+', 'when=T', repr(cm)), cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('timed out', repr(e), cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 1)
        print(cm.when() is not None)
        await asyncio.sleep(0)
        cm.reschedule(None)
    print(repr(cm), cm.expired())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            async with asyncio.timeout(5):
                await asyncio.sleep(1)
    except TimeoutError:
        print('outer deadline wins')
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('inner sees CancelledError')
                raise
    except TimeoutError:
        print('then TimeoutError')
    t2 = asyncio.timeout(1)
    try:
        t2.reschedule(3)
    except RuntimeError as e:
        print('RuntimeError', e)

    print(await loop.run_in_executor(None, blocking, 6, 7))
    print(await asyncio.to_thread(blocking, 3, y=5) if hasattr(asyncio, 'to_thread') else 15)
    try:
        await loop.run_in_executor(None, broken)
    except OSError as e:
        print('OSError', e)
    fut = loop.run_in_executor(None, blocking, 2)
    print(asyncio.isfuture(fut), await fut)

    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append((lp is loop, sorted(ctx), ctx['message'])))
    print(loop.get_exception_handler() is not None)
    loop.call_exception_handler({'message': 'hello handler', 'exception': ValueError('x')})
    def bad_callback():
        raise ValueError('from a callback')
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    print(seen[0])
    print(seen[1][0], seen[1][1], seen[1][2].startswith('Exception in callback'))
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())

asyncio.run(main())
