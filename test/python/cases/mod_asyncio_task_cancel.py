# asyncio.Task cancellation (provenance rewrite of asyncio part 1): cancel() with a message reaches the
# coroutine's CancelledError and the awaiting task's, cancelling()/uncancel() counts, a task that
# catches the cancellation and returns, cancel() of a done task, Task reprs and names, task
# exceptions, current_task/all_tasks, ensure_future on a coroutine and a future, and the errors of
# create_task on a non-coroutine. (Not pinned: the coroutine's file and line in a Task's repr.)
import asyncio
import re

def show(obj):
    # The coroutine's part of a Task's repr (its file and line) is left out.
    return re.sub(r' coro=<[^>]*>', '', repr(obj))

async def sleeper(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(('sleeper got', e.args))
        raise

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return 'survived'

async def boom():
    raise KeyError('bad')

async def main():
    log = []
    t = asyncio.create_task(sleeper(log), name='sl')
    print(show(t), t.get_name())
    await asyncio.sleep(0)
    print(show(t))
    print(t.cancel('stop now'), t.cancelling(), t.cancel(), t.cancelling())
    print(show(t))
    try:
        await t
    except asyncio.CancelledError as e:
        print('main got', e.args)
    print(log, t.cancelled(), t.done(), show(t))
    print(t.cancel(), t.cancelling())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result', e.args)

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(show(s))
    s.uncancel()
    print(show(s))
    s.cancel()
    print(await s, s.cancelled(), s.cancelling(), s.uncancel(), s.cancelling())
    print(show(s))

    b = asyncio.create_task(boom(), name='boomer')
    await asyncio.sleep(0)
    print(show(b), b.done(), repr(b.exception()))
    try:
        b.set_result(1)
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        b.set_exception(ValueError())
    except RuntimeError as e:
        print('RuntimeError', e)

    early = asyncio.create_task(sleeper(log))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError as e:
        print('cancelled before start', e.args, log[-1])

    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks(), len(asyncio.all_tasks()))
    me.set_name('renamed')
    print(me.get_name(), me.get_coro().__name__, me.get_loop() is asyncio.get_running_loop())
    e1 = asyncio.ensure_future(boom())
    print(type(e1).__name__)
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut)
    e1.cancel()
    try:
        await e1
    except asyncio.CancelledError:
        print('e1 cancelled')
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print('TypeError', e)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError', e)
    names = sorted(n for n in (asyncio.Task(asyncio.sleep(0)).get_name() for _ in range(2)))
    print(all(n.startswith('Task-') for n in names))
    await asyncio.sleep(0)

asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError', e)
