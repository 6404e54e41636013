# ThreadPoolExecutor as the documentation shows it: a `with` block whose tasks raise (the
# exceptions stay in their futures; the block still waits for every task), map's order and
# its timeout, a pending future cancelled, shutdown(cancel_futures=True), submit after
# shutdown, the initializer (and a failing one: BrokenThreadPool), thread_name_prefix,
# max_workers' default and its errors, and a done callback that raises (logged, the rest run).
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import os
import threading
import time

def work(x):
    if x % 3 == 0:
        raise ValueError('no multiples of three: %d' % x)
    return x * 10

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(work, i) for i in range(7)]
for i, f in enumerate(futures):
    e = f.exception()
    print(i, f.done(), repr(e) if e else f.result())
print(sorted(repr(f).split('state=')[1] for f in futures))

try:
    with ThreadPoolExecutor(2) as pool:
        print(list(pool.map(work, [1, 2, 4])))
        results = pool.map(work, [1, 2, 3, 4])
        print(next(results), next(results))
        next(results)
except ValueError as e:
    print('map raised', e)

def slow_echo(x):
    time.sleep(0.02 * (4 - x))
    return x
with ThreadPoolExecutor(4) as pool:
    print(list(pool.map(slow_echo, range(4))))
    print(list(pool.map(lambda a, b: a + b, 'abc', 'xyz', timeout=5)))
    print(list(pool.map(str, [])))

gate = threading.Event()
pool = ThreadPoolExecutor(1)
blocker = pool.submit(gate.wait, 5)
try:
    for r in pool.map(lambda x: x, [1], timeout=0.01):
        pass
    for r in pool.map(time.sleep, [0.5], timeout=0.01):
        print('not reached', r)
except TimeoutError as e:
    print('map timeout', type(e).__name__)
pending = pool.submit(work, 1)
print(pending.cancel(), pending.cancelled(), pending.done(), blocker.cancel())
gate.set()
print(blocker.result())
pool.shutdown()
try:
    pool.submit(work, 1)
except RuntimeError as e:
    print(e)

hold = threading.Event()
pool = ThreadPoolExecutor(1)
first = pool.submit(hold.wait, 5)
rest = [pool.submit(work, i) for i in (1, 2)]
for _ in range(500):
    if first.running():
        break
    time.sleep(0.01)
pool.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in rest], first.running())
hold.set()
print(first.result(timeout=5))

seen = []
def init(tag):
    seen.append((tag, threading.current_thread().name.startswith('init-')))
with ThreadPoolExecutor(2, thread_name_prefix='init', initializer=init, initargs=('hello',)) as pool:
    print(pool.submit(lambda: threading.current_thread().name.rsplit('_', 1)[0]).result())
print(sorted(set(seen)))

def bad_init():
    raise OSError('cannot start')
pool = ThreadPoolExecutor(1, initializer=bad_init)
f = pool.submit(work, 1)
try:
    f.result(timeout=5)
except cf.thread.BrokenThreadPool as e:
    print(type(e).__name__, e, isinstance(e, cf.BrokenExecutor))
try:
    pool.submit(work, 2)
except cf.BrokenExecutor as e:
    print('submit', e)
pool.shutdown()

p = ThreadPoolExecutor()
print(p._max_workers == min(32, (os.cpu_count() or 1) + 4))
p.shutdown()
for bad in [0, -3]:
    try:
        ThreadPoolExecutor(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    ThreadPoolExecutor(initializer=3)
except TypeError as e:
    print('TypeError', e)

calls = []
with ThreadPoolExecutor(1) as pool:
    f = pool.submit(work, 2)
    f.add_done_callback(lambda fut: 1 / 0)
    f.add_done_callback(lambda fut: calls.append(fut.result()))
    wait([f])
print(calls, f.result())
print('end')
