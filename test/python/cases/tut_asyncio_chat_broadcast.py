# An asyncio chat server keeping a set of writers and broadcasting each line to the others.
import asyncio

writers = set()
log = []

async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    writers.add(writer)
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            msg = f"{name}: {line.decode().strip()}\n"
            log.append(msg.strip())
            for w in list(writers):
                if w is not writer:
                    w.write(msg.encode())
                    await w.drain()
    finally:
        writers.discard(writer)
        writer.close()
        await writer.wait_closed()

async def client(port, name, lines, expect):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(f"{name}\n".encode())
    await writer.drain()
    await asyncio.sleep(0.05)
    got = []
    for l in lines:
        writer.write((l + "\n").encode())
        await writer.drain()
    for _ in range(expect):
        data = await asyncio.wait_for(reader.readline(), timeout=5)
        got.append(data.decode().strip())
    writer.close()
    await writer.wait_closed()
    return got

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        r1, w1 = await asyncio.open_connection('127.0.0.1', port)
        w1.write(b"alice\n")
        await w1.drain()
        r2, w2 = await asyncio.open_connection('127.0.0.1', port)
        w2.write(b"bob\n")
        await w2.drain()
        await asyncio.sleep(0.1)
        w1.write(b"hello bob\n")
        await w1.drain()
        print("bob got:", (await asyncio.wait_for(r2.readline(), 5)).decode().strip())
        w2.write(b"hi alice\n")
        await w2.drain()
        print("alice got:", (await asyncio.wait_for(r1.readline(), 5)).decode().strip())
        w1.close()
        await w1.wait_closed()
        w2.close()
        await w2.wait_closed()
        for _ in range(50):
            if not writers:
                break
            await asyncio.sleep(0.02)
        print("writers left:", len(writers))
        print("log:", log)

asyncio.run(main())
