# Module queue: Queue/LifoQueue/PriorityQueue (heapq's order for equal priorities)/SimpleQueue,
# put/get with block and timeout, Empty/Full, task_done/join, and a worker pool fed by a queue
# that serves socket connections (the chat servers' thread pool). Ends with an uncaught queue.Empty.
# exit: 1
import queue
q = queue.Queue(2)
print(queue.Empty, queue.Full, queue.Queue, queue.SimpleQueue, type(q).__name__)
q.put(1); q.put(2)
try: q.put(3, timeout=0.01)
except queue.Full as e: print(type(e).__name__, repr(e), isinstance(e, Exception))
try: q.put(3, False)
except queue.Full as e: print(repr(e))
print(q.qsize(), q.full(), q.empty(), q.maxsize, q.unfinished_tasks)
print(q.get(), q.get_nowait())
try: q.get_nowait()
except queue.Empty as e: print(repr(e))
try: q.get(timeout=-1)
except ValueError as e: print(e)
q.task_done(); q.task_done()
try: q.task_done()
except ValueError as e: print(e)
p = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b"), (1, "z"), (0, "y"), (5, "q"), (2, "a"), (4, "d")]: p.put(x)
print([p.get() for _ in range(8)])
l = queue.LifoQueue(); [l.put(i) for i in range(3)]; print([l.get() for _ in range(3)])
s = queue.SimpleQueue(); s.put(1.0); print(s.get(), s.qsize(), s.empty())
try: s.get(timeout=0.01)
except queue.Empty as e: print("empty", repr(e))
q2 = queue.Queue(maxsize=1)
print(q2.maxsize)
import socket
import threading
jobs = queue.Queue()
results = queue.Queue()
def worker(n):
    while True:
        conn = jobs.get()
        if conn is None:
            jobs.task_done()
            break
        data = conn.recv(100)
        conn.sendall(data.upper())
        conn.close()
        results.put(data)
        jobs.task_done()
workers = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for w in workers:
    w.start()
server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen(5)
replies = []
for word in [b'alpha', b'beta', b'gamma']:
    c = socket.create_connection(server.getsockname())
    conn, _ = server.accept()
    jobs.put(conn)
    c.sendall(word)
    replies.append(c.recv(100))
    c.close()
for w in workers:
    jobs.put(None)
jobs.join()
for w in workers:
    w.join()
print(replies, sorted(results.get() for _ in range(3)), jobs.unfinished_tasks, results.empty())
server.close()
waiter = queue.Queue()
def later():
    waiter.put('from a thread')
threading.Thread(target=later).start()
print(waiter.get(timeout=5))
q.get(timeout=0.01)
