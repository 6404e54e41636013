# concurrent.futures' common API as CPython 3.11 has it: submit -> Future (result, done,
# exception, cancel, add_done_callback, result(timeout) -> TimeoutError), map, as_completed, wait
# (the DoneAndNotDoneFutures tuple), shutdown and `with`, the errors after shutdown, the class
# names, and the pool's thread names. Completion order is not printed (the scheduler's).
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED
import threading
import time

def square(x):
    time.sleep(0.01 * (5 - x))
    return x * x

def boom(x):
    raise ValueError('bad %d' % x)

print(concurrent.futures.Future, concurrent.futures.CancelledError, ThreadPoolExecutor)
print(concurrent.futures.TimeoutError is TimeoutError, concurrent.futures.thread.BrokenThreadPool.__mro__[1])
with ThreadPoolExecutor(max_workers=3) as pool:
    f = pool.submit(square, 3)
    print(f.result(), f.done(), f.exception(), f.cancelled(), f.running())
    print(list(pool.map(square, range(5))))
    print(list(pool.map(pow, [2, 3], [5, 2])))
    fs = [pool.submit(square, i) for i in range(5)]
    print(sorted(g.result() for g in as_completed(fs)))
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    e = pool.submit(boom, 7)
    print(repr(e.exception()))
    try:
        e.result()
    except ValueError as err:
        print('caught', err)
    seen = []
    g = pool.submit(square, 2)
    g.add_done_callback(lambda fut: seen.append(fut.result()))
    wait([g])
    g.add_done_callback(lambda fut: seen.append('at once'))
    print(seen)
    gate = threading.Event()
    slow = pool.submit(gate.wait)
    try:
        slow.result(timeout=0.01)
    except TimeoutError as t:
        print('timeout', repr(t))
    r = wait([slow, f], return_when=FIRST_COMPLETED)
    print(type(r).__name__, f in r.done, slow in r.not_done)
    gate.set()
    print(slow.result())
    names = {pool.submit(lambda: threading.current_thread().name).result() for _ in range(3)}
    print(sorted(n.rsplit('_', 1)[0] for n in names)[0])
try:
    pool.submit(square, 1)
except RuntimeError as e:
    print(e)
one = ThreadPoolExecutor(1, thread_name_prefix='worker')
hold = threading.Event()
first = one.submit(hold.wait)
queued = one.submit(square, 1)
print(queued.cancel(), queued.cancelled(), queued.done(), queued.running())
try:
    queued.result()
except concurrent.futures.CancelledError as e:
    print('cancelled', type(e))
hold.set()
one.shutdown(wait=True)
print(first.result(), first.done())
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print(e)
left = ThreadPoolExecutor(2)
print(left.submit(square, 4).result())
print('end')
