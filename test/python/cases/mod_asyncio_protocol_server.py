# asyncio.Protocol (provenance rewrite): a Protocol server's connection_made, data_received,
# eof_received (returning a true value keeps the transport half open) and connection_lost; the
# transport's get_extra_info, is_closing, write_eof, pause/resume_reading, write after close; a client
# Protocol through loop.create_connection whose connection_lost resolves a future; Server reprs.
import asyncio
import re

def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))

class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print('server: made', transport.get_extra_info('peername')[0], transport.is_closing())
        print('server: socket', transport.get_extra_info('socket') is not None, transport.is_reading())
        transport.pause_reading()
        print('server: paused', transport.is_reading())
        transport.resume_reading()
        print('server: resumed', transport.is_reading())

    def data_received(self, data):
        print('server: data', data)
        self.transport.write(data.upper())

    def eof_received(self):
        print('server: eof')
        self.transport.write(b'bye')
        self.transport.write_eof()
        return True

    def connection_lost(self, exc):
        print('server: lost', exc)

class Closer(asyncio.Protocol):
    def connection_made(self, transport):
        print('server2: made')
        transport.write(b'hi and goodbye')
        transport.close()
        print('server2: closing', transport.is_closing())
        transport.write(b'dropped')

    def eof_received(self):
        print('server2: eof')

    def connection_lost(self, exc):
        print('server2: lost', exc)

class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.chunks = []

    def connection_made(self, transport):
        self.transport = transport
        print('client: made', transport.can_write_eof())
        transport.write(b'hello')

    def data_received(self, data):
        self.chunks.append(data)
        if b''.join(self.chunks) == b'HELLO':
            self.transport.write_eof()

    def eof_received(self):
        print('client: eof, got', b''.join(self.chunks))

    def connection_lost(self, exc):
        print('client: lost', exc)
        self.done.set_result(b''.join(self.chunks))

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Echo, '127.0.0.1', 0)
    print(r(server).startswith('<Server sockets=('), server.is_serving(), server.get_loop() is loop)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), '127.0.0.1', port)
    print('client: transport', type(protocol).__name__, transport.get_extra_info('peername')[1] == port)
    print('client: result', await done)
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()
    print('closed', server.is_serving())
    server2 = await loop.create_server(Closer, '127.0.0.1', 0)
    port2 = server2.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port2)
    print('client2: read', await reader.read())
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.05)
    server2.close()
    await server2.wait_closed()
    async with await loop.create_server(Echo, '127.0.0.1', 0, start_serving=False) as s3:
        print('not serving yet', s3.is_serving())
        await s3.start_serving()
        print('serving', s3.is_serving())
    print('after async with', s3.is_serving())

asyncio.run(main())
