# Module threading: Thread(target, args, kwargs, name), start/join, daemon, is_alive, Lock (acquire,
# release, with), Event (set, wait, is_set), current_thread and thread names, a Thread subclass.
import threading
import time
results = []
lock = threading.Lock()
def worker(n, delay=0.0):
    time.sleep(delay)
    with lock:
        results.append(n * n)
threads = [threading.Thread(target=worker, args=(n,), kwargs={'delay': 0.01 * (3 - n)}) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), [t.is_alive() for t in threads])
print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
names = []
def record():
    names.append(threading.current_thread().name)
t = threading.Thread(target=record, name='receiver')
t.start()
t.join()
print(names, t.name)
ready = threading.Event()
print(ready.is_set(), ready.wait(0.05))
def signal():
    time.sleep(0.05)
    ready.set()
threading.Thread(target=signal).start()
print(ready.wait(5), ready.is_set())
ready.clear()
print(ready.is_set())
class Counter(threading.Thread):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
        self.total = 0
    def run(self):
        for i in range(self.limit):
            self.total += i
c = Counter(100)
c.start()
c.join()
print(c.total, c.is_alive())
d = threading.Thread(target=time.sleep, args=(30,), daemon=True)
d.start()
print('daemon', d.daemon, d.is_alive())
print(lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
print(lock.locked())
rlock = threading.RLock()
with rlock:
    with rlock:
        print('RLock taken twice')
t = threading.Thread(target=time.sleep, args=(0.5,))
t.start()
t.join(0.05)
print('still alive after join timeout:', t.is_alive())
t.join()
print('main ends; the daemon thread does not keep the program alive')
