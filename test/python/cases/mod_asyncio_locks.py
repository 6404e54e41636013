# asyncio.locks (provenance rewrite): Event set/clear/is_set and its repr, Lock's FIFO hand-off, its
# repr with waiters and the RuntimeError of release() when unlocked, Semaphore and BoundedSemaphore
# (ValueError on a release too many, a negative value), Condition wait/notify/notify_all/wait_for.
import asyncio
import re

def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))

async def main():
    ev = asyncio.Event()
    print(r(ev), ev.is_set())
    ev.set()
    print(r(ev), ev.is_set())
    print(await ev.wait())
    ev.clear()
    print(r(ev), ev.is_set())
    async def ev_waiter(i):
        print('ev wait', i)
        got = await ev.wait()
        print('ev woke', i, got)
    ts = [asyncio.create_task(ev_waiter(i)) for i in range(2)]
    await asyncio.sleep(0)
    print(r(ev))
    ev.set()
    ev.clear()
    await asyncio.gather(*ts)
    print('event set-then-clear woke waiters', ev.is_set())

    lock = asyncio.Lock()
    print(r(lock), lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    print(await lock.acquire(), r(lock))
    async def taker(i):
        print('taker wants', i)
        await lock.acquire()
        print('taker has', i)
        await asyncio.sleep(0)
        lock.release()
        print('taker released', i)
    ts = [asyncio.create_task(taker(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(r(lock))
    lock.release()
    print('main released', lock.locked())
    await asyncio.gather(*ts)
    print(r(lock))
    # A cancelled waiter gives way to the next one.
    await lock.acquire()
    t1 = asyncio.create_task(taker(10))
    t2 = asyncio.create_task(taker(11))
    await asyncio.sleep(0)
    t1.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(t1, t2, return_exceptions=True)
    print('t1 cancelled', t1.cancelled(), lock.locked())
    async with lock:
        print('async with', lock.locked())
    print('after', lock.locked())

    sem = asyncio.Semaphore(2)
    print(r(sem), sem.locked())
    await sem.acquire()
    await sem.acquire()
    print(r(sem), sem.locked())
    async def sem_taker(i):
        print('sem wants', i)
        async with sem:
            print('sem has', i)
            await asyncio.sleep(0)
        print('sem gave', i)
    ts = [asyncio.create_task(sem_taker(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(r(sem))
    sem.release()
    sem.release()
    await asyncio.gather(*ts)
    print(r(sem))
    sem.release()
    print('plain semaphore goes above its start', r(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    bs = asyncio.BoundedSemaphore(1)
    print(r(bs))
    async with bs:
        print('bounded in', bs.locked())
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e)
    print(r(bs))

    cond = asyncio.Condition()
    print(r(cond), cond.locked())
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError', e)
    state = {'n': 0}
    async def cond_waiter(i):
        async with cond:
            print('cond wait', i)
            ok = await cond.wait()
            print('cond woke', i, ok, cond.locked())
    ts = [asyncio.create_task(cond_waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    print(r(cond))
    async with cond:
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    async def predicate_waiter():
        async with cond:
            result = await cond.wait_for(lambda: state['n'] >= 3 and state['n'])
            print('wait_for returned', result)
    t = asyncio.create_task(predicate_waiter())
    for _ in range(4):
        await asyncio.sleep(0)
        async with cond:
            state['n'] += 1
            print('n is', state['n'])
            cond.notify_all()
    await t
    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    async with c2:
        print('shared lock', shared.locked(), c2.locked())
    print('shared lock after', shared.locked())

asyncio.run(main())
