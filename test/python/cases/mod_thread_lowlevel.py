# Module _thread: start_new_thread with args, allocate_lock, and a spinning main loop that
# waits for the threads (the tutorial's `while 1: pass` pattern, bounded).
import _thread
import time
lock = _thread.allocate_lock()
done = []
def task(name, count):
    for i in range(count):
        time.sleep(0.01)
    with lock:
        done.append(name)
_thread.start_new_thread(task, ('a', 3))
_thread.start_new_thread(task, ('b', 1))
deadline = time.time() + 10
while len(done) < 2 and time.time() < deadline:
    pass
print(sorted(done))
print(lock.acquire(), lock.locked())
lock.release()
print(type(_thread.get_ident()).__name__)
