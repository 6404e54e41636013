# asyncio.queues (provenance rewrite): Queue, PriorityQueue and LifoQueue under a seeded random schedule of
# producers and consumers, bounded and unbounded, with cancellations of blocked put()s and get()s.
import asyncio, random
async def run(seed, cls, maxsize):
    rng = random.Random(seed)
    q = cls(maxsize)
    log = []
    async def prod(i):
        try:
            for k in range(4):
                await q.put((rng.randint(0, 9), i, k))
                log.append(f'p{i}')
                if rng.random() < 0.5: await asyncio.sleep(0)
        except asyncio.CancelledError:
            log.append(f'xp{i}')
    async def cons(i):
        try:
            while True:
                item = await q.get()
                log.append(f'c{i}{item}')
                q.task_done()
                if rng.random() < 0.5: await asyncio.sleep(0)
        except asyncio.CancelledError:
            log.append(f'xc{i}')
    ts = [asyncio.create_task(prod(i)) for i in range(3)] + [asyncio.create_task(cons(i)) for i in range(2)]
    for _ in range(10):
        await asyncio.sleep(0)
        if rng.random() < 0.2: rng.choice(ts).cancel()
    for _ in range(6):
        await asyncio.sleep(0)
    for t in ts: t.cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    return ' '.join(log) + ' | ' + str(q)
async def main():
    for seed in range(20):
        for cls in (asyncio.Queue, asyncio.PriorityQueue, asyncio.LifoQueue):
            print(seed, cls.__name__, await run(seed, cls, seed % 4))
asyncio.run(main())
