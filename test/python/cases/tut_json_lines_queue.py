# A producer/consumer over a socket: JSON lines, a queue.Queue between the receiving thread and workers, threading.Event to stop.
import json
import queue
import socket
import threading

jobs = queue.Queue()
results = queue.Queue()
stop = threading.Event()

def receiver(conn):
    with conn, conn.makefile("r", encoding="utf-8") as f:
        for line in f:
            jobs.put(json.loads(line))
    stop.set()

def worker():
    while not (stop.is_set() and jobs.empty()):
        try:
            job = jobs.get(timeout=0.05)
        except queue.Empty:
            continue
        results.put({"id": job["id"], "sum": sum(job["values"])})
        jobs.task_done()

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
threads = [threading.Thread(target=receiver, args=(conn,))] + [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for i in range(6):
    c.sendall((json.dumps({"id": i, "values": list(range(i))}) + "\n").encode())
c.shutdown(socket.SHUT_WR)
for t in threads:
    t.join(5)
c.close()
srv.close()
out = []
while not results.empty():
    out.append(results.get_nowait())
print(sorted(out, key=lambda r: r["id"]))
print(jobs.qsize(), jobs.unfinished_tasks, stop.is_set(), [t.is_alive() for t in threads])
try:
    results.get(block=False)
except queue.Empty as e:
    print("Empty", repr(e))
