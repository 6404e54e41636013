# asyncio.locks (provenance rewrite): the order in which a Lock, a Semaphore, a BoundedSemaphore and
# a Condition hand themselves on when tasks arrive, sleep and are cancelled at scripted points (a
# seeded random schedule, the same under python3 and socklab): FIFO fairness and cancellations.
import asyncio
import random

async def scenario(seed, make):
    rng = random.Random(seed)
    prim = make()
    log = []
    async def worker(i, naps):
        try:
            for _ in range(rng.randint(0, 2)):
                await asyncio.sleep(0)
            async with prim:
                log.append(f'+{i}')
                for _ in range(naps):
                    await asyncio.sleep(0)
                log.append(f'-{i}')
        except asyncio.CancelledError:
            log.append(f'x{i}')
            raise
    tasks = [asyncio.create_task(worker(i, rng.randint(0, 3))) for i in range(6)]
    for _ in range(12):
        await asyncio.sleep(0)
        if rng.random() < 0.3:
            victim = rng.choice(tasks)
            victim.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return ' '.join(log)

async def conditions(seed):
    rng = random.Random(seed)
    cond = asyncio.Condition()
    log = []
    async def waiter(i):
        try:
            async with cond:
                await cond.wait()
                log.append(f'w{i}')
        except asyncio.CancelledError:
            log.append(f'x{i}')
    tasks = [asyncio.create_task(waiter(i)) for i in range(5)]
    await asyncio.sleep(0)
    for _ in range(6):
        step = rng.random()
        if step < 0.25:
            rng.choice(tasks).cancel()
        else:
            async with cond:
                cond.notify(rng.randint(1, 2))
        await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks, return_exceptions=True)
    return ' '.join(log)

async def main():
    for seed in range(12):
        print('lock', seed, await scenario(seed, asyncio.Lock))
        print('sem2', seed, await scenario(seed, lambda: asyncio.Semaphore(2)))
        print('bsem3', seed, await scenario(seed, lambda: asyncio.BoundedSemaphore(3)))
        print('cond', seed, await conditions(seed))

asyncio.run(main())
