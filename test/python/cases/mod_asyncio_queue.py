# asyncio.Queue (issue 9): a producer and consumers over a bounded queue (put waits while full),
# task_done/join, QueueEmpty and QueueFull; Event, Lock and Semaphore hand-offs in CPython's order.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, q.qsize())
    for _ in range(2):
        await q.put(None)

async def consumer(name, q, seen):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print(name, 'got', item)
        seen.append(item)
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    seen = []
    await asyncio.gather(producer(q, 6), consumer('c1', q, seen), consumer('c2', q, seen))
    await q.join()
    print(sorted(seen))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print('QueueFull', q.full())
    try:
        for _ in range(3):
            q.task_done()
    except ValueError as e:
        print(e)
    ev = asyncio.Event()
    async def waiter(i):
        print('waiting', i)
        await ev.wait()
        print('woke', i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print('set', ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    lock = asyncio.Lock()
    async def crit(i):
        async with lock:
            print('in', i, lock.locked())
            await asyncio.sleep(0)
            print('out', i)
    await asyncio.gather(crit(1), crit(2), crit(3))
    print(lock.locked())
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            print('sem in', i)
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            print('sem out', i)
    await asyncio.gather(*(limited(i) for i in range(4)))

asyncio.run(main())
