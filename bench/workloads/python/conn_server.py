"""1,000 connections, python3: asyncio with raw sockets (loop.sock_accept / sock_recv /
sock_sendall), one task per client -- the Python counterpart of socklab/conn_server.js. Usage: N"""
import asyncio
import json
import os
import socket
import sys


def open_fds():
    return len(os.listdir('/proc/self/fd'))


async def main(n):
    loop = asyncio.get_running_loop()
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(('127.0.0.1', 0))
    srv.listen(1024)
    srv.setblocking(False)
    fds_before = open_fds()
    print(f'PORT {srv.getsockname()[1]}', flush=True)
    state = {'handled': 0, 'errors': 0}
    all_done = loop.create_future()

    async def handle(conn):
        try:
            while True:
                data = await loop.sock_recv(conn, 1024)
                if not data:
                    break
                await loop.sock_sendall(conn, data)
        except OSError:
            state['errors'] += 1
        finally:
            conn.close()
            state['handled'] += 1
            if state['handled'] == n:
                all_done.set_result(None)

    tasks = set()
    for _ in range(n):
        conn, _ = await loop.sock_accept(srv)
        conn.setblocking(False)
        task = asyncio.create_task(handle(conn))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    await all_done
    print(json.dumps({'fds_before': fds_before, 'fds_after': open_fds(), **state}), flush=True)
    sys.stdin.readline()
    srv.close()


asyncio.run(main(int(sys.argv[1])))
