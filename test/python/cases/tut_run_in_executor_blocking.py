# asyncio with blocking socket code moved off the loop: run_in_executor, to_thread, and a ThreadPoolExecutor given to the loop.
import asyncio
import socket
import threading
from concurrent.futures import ThreadPoolExecutor

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(8)

def blocking_server(n):
    for _ in range(n):
        conn, _ = srv.accept()
        with conn:
            conn.sendall(conn.recv(100)[::-1])

def blocking_client(msg):
    with socket.create_connection(srv.getsockname(), timeout=5) as c:
        c.sendall(msg.encode())
        return c.recv(100).decode()

async def main():
    t = threading.Thread(target=blocking_server, args=(5,))
    t.start()
    loop = asyncio.get_running_loop()
    r1 = await loop.run_in_executor(None, blocking_client, "abc")
    r2 = await asyncio.to_thread(blocking_client, "hello")
    with ThreadPoolExecutor(max_workers=2) as pool:
        rs = await asyncio.gather(*(loop.run_in_executor(pool, blocking_client, w) for w in ["one", "two", "three"]))
    print(r1, r2, rs)
    t.join(5)
    fut = loop.run_in_executor(None, lambda: 1 / 0)
    try:
        await fut
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)

asyncio.run(main())
srv.close()
