# An async generator over an asyncio stream (issue 9): a line server on loopback port 0, a client
# whose async generator yields the decoded lines it reads until EOF, consumed by async for and by
# an async comprehension; aclose() of a generator stopped early runs its finally (closing the writer).
import asyncio

async def serve(reader, writer):
    count = int((await reader.readline()).decode())
    for i in range(count):
        writer.write(f'line {i}\n'.encode())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def lines(port, count):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(f'{count}\n'.encode())
    await writer.drain()
    try:
        while True:
            data = await reader.readline()
            if not data:
                break
            yield data.decode().rstrip('\n')
    finally:
        writer.close()
        await writer.wait_closed()
        print('client: closed after', count)

async def main():
    server = await asyncio.start_server(serve, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        async for line in lines(port, 3):
            print('got', line)
        print([line.upper() async for line in lines(port, 2)])
        early = lines(port, 5)
        print('first', await anext(early))
        print('second', await early.__anext__())
        await early.aclose()
        print('done')

asyncio.run(main())
