# Module time: sleep, time, monotonic, perf_counter, and a recv that a sleep in another thread ends.
import time
import threading
import socket
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
print(type(t0).__name__, type(m0).__name__, t0 > 1_600_000_000)
time.sleep(0.2)
print('slept at least 0.2 s:', time.monotonic() - m0 >= 0.2, time.perf_counter() - p0 >= 0.2, time.time() - t0 > 0.1)
print(time.sleep(0), isinstance(time.time_ns(), int))
a, b = socket.socketpair()
def later():
    time.sleep(0.2)
    b.send(b'after sleep')
threading.Thread(target=later).start()
start = time.monotonic()
print(a.recv(100), time.monotonic() - start >= 0.15)
a.close()
b.close()
print(time.strftime('%Y', time.localtime(0)) in ('1970', '1969'), len(time.ctime()) > 10)
