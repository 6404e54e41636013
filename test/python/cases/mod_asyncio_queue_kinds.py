# asyncio.queues (provenance rewrite): Queue reprs and str with getters/putters/tasks, maxsize,
# put_nowait's QueueFull and get_nowait's QueueEmpty, blocked put/get woken in FIFO order, a
# cancelled getter, PriorityQueue and LifoQueue order, task_done/join, task_done once too often.
import asyncio
import re

def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))

async def main():
    q = asyncio.Queue()
    print(r(q), str(q), q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait('a')
    print(r(q), str(q))
    print(q.get_nowait(), str(q))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    async def getter(i):
        item = await q.get()
        print('getter', i, 'got', item)
        return item
    ts = [asyncio.create_task(getter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    for item in 'xyz':
        q.put_nowait(item)
    print(await asyncio.gather(*ts))
    print(str(q))
    q.task_done(); q.task_done(); q.task_done(); q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)

    bq = asyncio.Queue(maxsize=2)
    print(str(bq), bq.maxsize)
    await bq.put(1)
    bq.put_nowait(2)
    print(bq.full(), str(bq))
    try:
        bq.put_nowait(3)
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    async def putter(i):
        print('putter', i, 'waits')
        await bq.put(10 + i)
        print('putter', i, 'done')
    ts = [asyncio.create_task(putter(i)) for i in range(2)]
    await asyncio.sleep(0)
    print(str(bq))
    print('got', await bq.get())
    await asyncio.sleep(0)
    print('got', bq.get_nowait(), 'got', bq.get_nowait())
    await asyncio.gather(*ts)
    print('left', bq.qsize(), bq.get_nowait(), bq.empty())

    # A cancelled getter does not swallow an item.
    cq = asyncio.Queue()
    g1 = asyncio.create_task(cq.get())
    g2 = asyncio.create_task(cq.get())
    await asyncio.sleep(0)
    g1.cancel()
    cq.put_nowait('only')
    await asyncio.sleep(0)
    print('g1', g1.cancelled(), 'g2', await g2)

    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A'), (5, 'e')]:
        pq.put_nowait(item)
    print(r(pq), str(pq))
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue(maxsize=3)
    for item in range(3):
        await lq.put(item)
    print(r(lq), str(lq))
    print([await lq.get() for _ in range(3)])

    jq = asyncio.Queue()
    async def worker(name):
        while True:
            item = await jq.get()
            await asyncio.sleep(0)
            print(name, 'did', item)
            jq.task_done()
    workers = [asyncio.create_task(worker(f'w{i}')) for i in range(2)]
    for i in range(5):
        jq.put_nowait(i)
    print(str(jq))
    await jq.join()
    print('joined', jq.qsize())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    await jq.join()
    print('join on a finished queue returns at once')
    try:
        asyncio.Queue().put_nowait
        asyncio.Queue(maxsize=-1).put_nowait(1)
        print('negative maxsize is unbounded', asyncio.Queue(maxsize=-1).full())
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())
