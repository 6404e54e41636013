# An asyncio client using wait_for timeouts against a server that answers slowly or never.
import asyncio

async def handle(reader, writer):
    data = await reader.readline()
    cmd = data.decode().strip()
    if cmd == "fast":
        writer.write(b"fast reply\n")
    elif cmd == "never":
        await reader.read()  # wait for the client to go away
    await writer.drain()
    writer.close()

async def ask(port, cmd, timeout):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(cmd.encode() + b"\n")
    await writer.drain()
    try:
        line = await asyncio.wait_for(reader.readline(), timeout=timeout)
        result = line.decode().strip()
    except asyncio.TimeoutError:
        result = "timed out"
    except TimeoutError as e:
        result = "builtin timeout " + repr(e)
    finally:
        writer.close()
        await writer.wait_closed()
    return result

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print(await ask(port, "fast", 2))
    print(await ask(port, "never", 0.2))
    print(asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(asyncio.open_connection('127.0.0.1', port), timeout=2)
        print("connected ok")
    except OSError as e:
        print("error", e)
    results = await asyncio.gather(ask(port, "fast", 2), ask(port, "never", 0.1), return_exceptions=True)
    print(results)
    server.close()
    await server.wait_closed()
    print("done")

asyncio.run(main())
