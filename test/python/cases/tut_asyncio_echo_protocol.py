# asyncio low-level: a Protocol-based echo server and a client with open_connection, gather and Queue.
import asyncio

class EchoProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        peer = transport.get_extra_info("peername")
        print("connection from", peer[0])

    def data_received(self, data):
        self.transport.write(data.upper())

    def connection_lost(self, exc):
        print("lost", exc)

async def worker(name, port, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(item.encode())
        await writer.drain()
        data = await asyncio.wait_for(reader.read(100), 5)
        results.append(data.decode())
        writer.close()
        await writer.wait_closed()
        q.task_done()

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoProtocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    q = asyncio.Queue()
    results = []
    for word in ["alpha", "beta", "gamma", "delta"]:
        q.put_nowait(word)
    workers = [asyncio.create_task(worker(f"w{i}", port, q, results)) for i in range(2)]
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    await asyncio.sleep(0.05)
    print(sorted(results))
    server.close()
    await server.wait_closed()
    print(q.empty(), q.qsize())

asyncio.run(main())
