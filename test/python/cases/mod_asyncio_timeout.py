# asyncio.timeout() (issue 9, new in 3.11): a block in time, a block cancelled at its deadline whose
# CancelledError leaves it as TimeoutError, expired(), reschedule(); the task goes on afterwards.
import asyncio

async def work(d, v):
    await asyncio.sleep(d)
    return v

async def main():
    async with asyncio.timeout(1) as cm:
        print(await work(0.01, 'in time'))
    print('expired', cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await work(1, 'never')
    except TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__, cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 1)
        print(await work(0, 'rescheduled'), cm.when() is not None)
    print(asyncio.current_task().cancelling())

asyncio.run(main())
