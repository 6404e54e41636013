# asyncio transports (provenance rewrite): write-buffer limits and their ValueError, write()'s
# TypeError, pause_writing/resume_writing around a large write to a slow reader, a protocol whose
# data_received raises (the connection is lost with that exception), abort(), writes after close.
import asyncio

class Sink(asyncio.Protocol):
    def __init__(self, got):
        self.got = got
        self.count = 0

    def connection_made(self, transport):
        self.transport = transport
        transport.pause_reading()
        asyncio.get_running_loop().call_later(0.05, transport.resume_reading)

    def data_received(self, data):
        self.count += len(data)

    def eof_received(self):
        self.got.set_result(self.count)

class Source(asyncio.Protocol):
    def __init__(self):
        self.events = []
        self.resumed = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.transport = transport

    def pause_writing(self):
        self.events.append('pause')

    def resume_writing(self):
        self.events.append('resume')
        if not self.resumed.done():
            self.resumed.set_result(None)

class Fragile(asyncio.Protocol):
    def __init__(self, lost):
        self.lost = lost

    def data_received(self, data):
        raise KeyError(data)

    def connection_lost(self, exc):
        self.lost.set_result(exc)

async def main():
    loop = asyncio.get_running_loop()
    got = loop.create_future()
    server = await loop.create_server(lambda: Sink(got), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    transport, source = await loop.create_connection(Source, '127.0.0.1', port)
    print(transport.get_write_buffer_limits(), transport.get_write_buffer_size())
    for args in [(100,), (None, 10), (10, 100), (-1,), (8, 4)]:
        try:
            transport.set_write_buffer_limits(*args)
            print(args, transport.get_write_buffer_limits())
        except ValueError as e:
            print(args, 'ValueError', e)
    transport.set_write_buffer_limits()
    for bad in ['text', 42, [b'x']]:
        try:
            transport.write(bad)
        except TypeError as e:
            print('TypeError', e)
    total = 8 * 1024 * 1024
    transport.write(b'z' * total)
    print('buffered', transport.get_write_buffer_size() > 0, source.events)
    await source.resumed
    print('events', source.events)
    transport.write_eof()
    print('received', await got == total)
    transport.close()
    server.close()
    await server.wait_closed()

    lost = loop.create_future()
    server2 = await loop.create_server(lambda: Fragile(lost), '127.0.0.1', 0)
    reader, writer = await asyncio.open_connection('127.0.0.1', server2.sockets[0].getsockname()[1])
    writer.write(b'boom')
    print('server lost with', repr(await lost))
    print('client reads', await reader.read())
    writer.transport.abort()
    print('aborted', writer.is_closing())
    await writer.wait_closed()
    for _ in range(3):
        writer.write(b'gone')
    print('writes after abort are dropped')
    server2.close()
    await server2.wait_closed()

asyncio.run(main())
