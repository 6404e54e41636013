# The asyncio docs' TCP echo client protocol (create_connection, on_con_lost future) against a Protocol server.
import asyncio

class EchoServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        message = data.decode()
        print('Data received: {!r}'.format(message))
        self.transport.write(data)
        self.transport.close()

class EchoClientProtocol(asyncio.Protocol):
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        transport.write(self.message.encode())
        print('Data sent: {!r}'.format(self.message))

    def data_received(self, data):
        print('Data received: {!r}'.format(data.decode()))

    def connection_lost(self, exc):
        print('The server closed the connection')
        self.on_con_lost.set_result(True)

class Quiet(asyncio.Protocol):
    pass

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: EchoServerProtocol(), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    on_con_lost = loop.create_future()
    message = 'Hello World!'
    transport, protocol = await loop.create_connection(
        lambda: EchoClientProtocol(message, on_con_lost), '127.0.0.1', port)
    try:
        await asyncio.wait_for(on_con_lost, 5)
    finally:
        transport.close()
    print(isinstance(protocol, asyncio.BaseProtocol), asyncio.Protocol.__mro__)
    t2, p2 = await loop.create_connection(Quiet, '127.0.0.1', port)
    t2.write(b'quiet')
    await asyncio.sleep(0.1)
    print(t2.is_closing(), p2.data_received(b'x'), p2.eof_received())
    t2.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
