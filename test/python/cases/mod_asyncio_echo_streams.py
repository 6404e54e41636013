# asyncio streams (issue 9): an echo server (start_server) and its client (open_connection) in one program
# over loopback port 0: readline, readexactly, read to EOF, IncompleteReadError, write_eof, async with
# on the Server, readuntil and async for over a StreamReader, a refused connection after close.
import asyncio

async def handle_echo(reader, writer):
    addr = writer.get_extra_info('peername')
    print('server: connection from', addr[0])
    while True:
        data = await reader.readline()
        if not data:
            break
        message = data.decode()
        print(f'server: received {message!r}')
        writer.write(data.upper())
        await writer.drain()
    print('server: client at EOF', reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print('server: closed')

async def client(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print('client: connected', writer.get_extra_info('peername')[0], writer.get_extra_info('socket') is not None)
    for line in ['hello', 'world']:
        writer.write(f'{line}\n'.encode())
        await writer.drain()
        print('client: got', await reader.readline())
    writer.writelines([b'ab', b'cd\n'])
    print('client: got', await reader.readexactly(5))
    writer.write(b'xyz')
    writer.write_eof()
    print('client: got', await reader.read())
    print('client: at_eof', reader.at_eof())
    try:
        await reader.readexactly(3)
    except asyncio.IncompleteReadError as e:
        print('client: incomplete', e, e.partial, e.expected)
    writer.close()
    print('client: closing', writer.is_closing())
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print('serving', server.sockets[0].getsockname()[0], server.is_serving())
    async with server:
        await client(port)
        await asyncio.sleep(0.05)
    print('server closed', server.is_serving(), server.sockets)
    # readuntil and async for over a reader
    async def lines(reader, writer):
        writer.write(b'one;two;three\nfour\n')
        await writer.drain()
        writer.close()
    server = await asyncio.start_server(lines, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(await reader.readuntil(b';'))
    async for line in reader:
        print('line', line)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('refused', e.errno)

asyncio.run(main())
