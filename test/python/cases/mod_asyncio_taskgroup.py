# asyncio.TaskGroup (issue 9, 3.11): a group of loopback clients against an echo server, all awaited at
# the end of the async with; a failing task cancels the others and the group raises an ExceptionGroup
# of the failures (caught by except*); create_task after the group has finished; the group's repr.
import asyncio

async def handle(reader, writer):
    data = await reader.readline()
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, word):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(f'{word}\n'.encode())
    await writer.drain()
    answer = (await reader.readline()).decode().strip()
    writer.close()
    await writer.wait_closed()
    return answer

async def fails(message):
    await asyncio.sleep(0)
    raise ValueError(message)

async def waits_forever(log):
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        log.append('cancelled')
        raise

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        async with asyncio.TaskGroup() as tg:
            print(repr(tg))
            tasks = [tg.create_task(client(port, w), name=f'client-{w}') for w in ['alpha', 'beta', 'gamma']]
        print([t.result() for t in tasks], [t.get_name() for t in tasks])
        log = []
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(waits_forever(log))
                tg.create_task(fails('first'))
                tg.create_task(fails('second'))
        except* ValueError as eg:
            print('failed:', repr(eg), sorted(str(e) for e in eg.exceptions))
        print(log)
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fails('one'))
        except ExceptionGroup as eg:
            print(type(eg).__name__, eg.message, eg.exceptions)
        late = client(port, 'late')
        try:
            tg.create_task(late)
        except RuntimeError as e:
            print('RuntimeError:', e)
            late.close()
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(waits_forever(log))
                raise KeyError('body')
        except* KeyError as eg:
            print('body failed:', repr(eg))
        print(log)

asyncio.run(main())
