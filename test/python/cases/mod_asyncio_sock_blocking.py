# A blocking call in a coroutine holds the whole loop (as in CPython): the ticker does not run while
# main's time.sleep and a blocking recv wait; sock_* on non-blocking sockets let it run.
import asyncio, socket, time

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker(3))
    await asyncio.sleep(0)
    print('main blocks')
    time.sleep(0.05)
    a, b = socket.socketpair()
    b.sendall(b'ready')
    print('blocking recv', a.recv(10))
    print('main unblocked')
    await t
    loop = asyncio.get_running_loop()
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    srv.listen()
    srv.setblocking(False)
    cli = socket.socket()
    cli.setblocking(False)
    accepted = loop.create_task(loop.sock_accept(srv))
    await loop.sock_connect(cli, srv.getsockname())
    conn, addr = await accepted
    print('accepted', addr[0], conn.getblocking())
    t = asyncio.create_task(ticker(2))
    data_task = asyncio.create_task(loop.sock_recv(conn, 100))
    await asyncio.sleep(0.02)
    print('recv pending', data_task.done())
    await loop.sock_sendall(cli, b'x' * 10 + b'!')
    print('got', await data_task)
    await t
    big = b'y' * 3000000
    sender = asyncio.create_task(loop.sock_sendall(cli, big))
    total = 0
    while total < len(big):
        total += len(await loop.sock_recv(conn, 65536))
    await sender
    print('big', total)
    for s in (a, b, srv, cli, conn):
        s.close()

asyncio.run(main())
