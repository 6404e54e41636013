# asyncio.streams (provenance rewrite): readline at EOF without a newline, readuntil with a separator
# that never comes (IncompleteReadError) or past the limit (LimitOverrunError, and readline's
# ValueError), read(0)/read(n), readexactly(0), feed_data/feed_eof on a bare StreamReader and its
# repr, StreamWriter.write after close, get_extra_info names and defaults.
import asyncio
import re

def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))

async def bare_reader():
    rd = asyncio.StreamReader()
    print(r(rd), rd.at_eof())
    rd.feed_data(b'one\ntwo\nthree')
    print(r(rd))
    print(await rd.readline(), await rd.read(0), await rd.read(2))
    print(await rd.readuntil(b'\n'))
    rd.feed_eof()
    print(r(rd), rd.at_eof())
    print(await rd.readline(), rd.at_eof())
    print(await rd.readline(), await rd.read(), await rd.readexactly(0))
    rd2 = asyncio.StreamReader()
    rd2.feed_data(b'abc')
    rd2.feed_eof()
    try:
        await rd2.readuntil(b'--')
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e, e.partial, e.expected)
    try:
        await rd2.readuntil(b'')
    except ValueError as e:
        print('ValueError', e)
    try:
        await rd2.readexactly(-1)
    except ValueError as e:
        print('ValueError', e)
    rd3 = asyncio.StreamReader(limit=8)
    print(r(rd3))
    rd3.feed_data(b'0123456789abcdef\nxy\n')
    try:
        await rd3.readuntil(b'\n')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError', e, e.consumed)
    try:
        await rd3.readline()
    except ValueError as e:
        print('readline ValueError', e)
    print(await rd3.readline())
    rd4 = asyncio.StreamReader(limit=4)
    rd4.feed_data(b'abcdefgh')
    try:
        await rd4.readuntil(b'x')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError', e, e.consumed)
    rd5 = asyncio.StreamReader()
    rd5.set_exception(ConnectionResetError('gone'))
    print(r(rd5), repr(rd5.exception()))
    try:
        await rd5.read()
    except ConnectionResetError as e:
        print('raised', e)
    rd6 = asyncio.StreamReader()
    rd6.feed_data(b'abc')
    rd6.feed_eof()
    chunks = []
    async for line in rd6:
        chunks.append(line)
    print('async for', chunks)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print('ValueError', e)

async def handler(reader, writer):
    first = await reader.read(2)
    if not first:
        print('server: empty connection')
        writer.close()
        return
    print('server got', first + await reader.readuntil(b';'))
    data = await reader.read(100)
    print('server got rest', data, reader.at_eof())
    writer.write(b'partial')
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    await bare_reader()
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(writer.get_extra_info('sockname')[0], writer.get_extra_info('peername')[1] == port)
    print(writer.get_extra_info('nonexistent'), writer.get_extra_info('nonexistent', 'dflt'))
    print(writer.can_write_eof(), writer.is_closing(), writer.transport.is_closing())
    writer.write(b'head;tail')
    await writer.drain()
    writer.write_eof()
    print('client readline at EOF without newline', await reader.readline())
    print('then', await reader.readline(), reader.at_eof())
    try:
        writer.write(b'after eof')
    except RuntimeError as e:
        print('RuntimeError', e)
    writer.close()
    print('closing', writer.is_closing())
    await writer.wait_closed()
    reader2, writer2 = await asyncio.open_connection('127.0.0.1', port)
    writer2.close()
    writer2.write(b'after close')
    print('write after close raised nothing', writer2.is_closing())
    await writer2.wait_closed()
    print('reader of a closed writer', reader2.at_eof())
    server.close()
    await server.wait_closed()
    print('done', server.is_serving())

asyncio.run(main())
