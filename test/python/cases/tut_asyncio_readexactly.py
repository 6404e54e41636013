# asyncio streams with a length header: readexactly, IncompleteReadError on a short frame, readuntil, LimitOverrunError.
import asyncio
import struct

async def handle(reader, writer):
    try:
        while True:
            header = await reader.readexactly(4)
            (n,) = struct.unpack("!I", header)
            body = await reader.readexactly(n)
            writer.write(struct.pack("!I", n) + body.upper())
            await writer.drain()
    except asyncio.IncompleteReadError as e:
        print("server: incomplete", len(e.partial), e.expected)
    finally:
        writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    reader, writer = await asyncio.open_connection(host, port)
    for text in [b"abc", b"", b"hello world"]:
        writer.write(struct.pack("!I", len(text)) + text)
        await writer.drain()
        (n,) = struct.unpack("!I", await reader.readexactly(4))
        print(n, await reader.readexactly(n))
    writer.write(struct.pack("!I", 10) + b"short")
    writer.write_eof()
    print(await asyncio.wait_for(reader.read(), 5))
    writer.close()
    await writer.wait_closed()

    r = asyncio.StreamReader()
    r.feed_data(b"key: value\r\nrest")
    r.feed_eof()
    print(await r.readuntil(b"\r\n"))
    try:
        await r.readuntil(b"\r\n")
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e.partial, e.expected, e)
    r2 = asyncio.StreamReader(limit=4)
    r2.feed_data(b"toolongline\n")
    try:
        await r2.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError", e.consumed, e)
    r3 = asyncio.StreamReader()
    r3.feed_data(b"a\nb\n")
    r3.feed_eof()
    print([await r3.readline(), await r3.readline(), await r3.readline()], r3.at_eof())
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()

asyncio.run(main())
