# asyncio.streams (provenance rewrite): a second reader while one waits (RuntimeError), the
# reader's pause_reading/resume_reading of its transport around twice its limit, set_transport
# and feed_data after feed_eof assertions, a client_connected_cb that raises (reported, its
# connection closed), StreamWriter and StreamReader reprs, drain() on a healthy connection.
import asyncio
import re

def r(obj):
    text = re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))
    return re.sub(r'fd=\d+', 'fd=N', text)

class FakeTransport:
    def pause_reading(self):
        print('  transport paused')

    def resume_reading(self):
        print('  transport resumed')

    def __repr__(self):
        return '<FakeTransport>'

async def failing_handler(reader, writer):
    await reader.readexactly(3)
    raise ValueError('handler failed')

async def main():
    rd = asyncio.StreamReader()
    first = asyncio.create_task(rd.read(5))
    await asyncio.sleep(0)
    for second in (rd.readline, rd.read, lambda: rd.readexactly(2)):
        try:
            await second()
        except RuntimeError as e:
            print('RuntimeError', e)
    rd.feed_data(b'ab')
    print('first got', await first)

    rd = asyncio.StreamReader(limit=3)
    rd.set_transport(FakeTransport())
    try:
        rd.set_transport(FakeTransport())
    except AssertionError as e:
        print('AssertionError', e)
    for chunk in (b'abc', b'def', b'g', b'hij'):
        print('feed', chunk)
        rd.feed_data(chunk)
        print(' ', r(rd))
    while not rd.at_eof():
        piece = await rd.read(2)
        print('read', piece, r(rd))
        if piece == b'ij':
            rd.feed_eof()
    try:
        rd.feed_data(b'late')
    except AssertionError as e:
        print('AssertionError', e)

    server = await asyncio.start_server(failing_handler, '127.0.0.1', 0)
    reader, writer = await asyncio.open_connection('127.0.0.1', server.sockets[0].getsockname()[1])
    print(r(writer).startswith('<StreamWriter transport=<_SelectorSocketTransport fd=N read=polling'))
    writer.write(b'abc')
    await writer.drain()
    print('client reads after the handler failed', await reader.read(), r(reader).startswith('<StreamReader eof transport='))
    writer.close()
    await writer.wait_closed()
    print('closed', r(writer.transport))
    server.close()
    await server.wait_closed()

asyncio.run(main())
