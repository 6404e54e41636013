# A thread-pool port checker on loopback: some ports listen, others are closed.
import socket
from concurrent.futures import ThreadPoolExecutor, as_completed

listeners = []
for _ in range(3):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(('127.0.0.1', 0))
    s.listen(5)
    listeners.append(s)
open_ports = [s.getsockname()[1] for s in listeners]

# ports that were just used then closed: nobody listens there
closed_ports = []
for _ in range(2):
    t = socket.socket()
    t.bind(('127.0.0.1', 0))
    closed_ports.append(t.getsockname()[1])
    t.close()

def check(port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(1)
        result = s.connect_ex(('127.0.0.1', port))
        return port, result == 0

ports = open_ports + closed_ports
status = {}
with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(check, p): p for p in ports}
    for fut in as_completed(futures):
        port, ok = fut.result()
        status[port] = ok

print("open:", sum(1 for p in open_ports if status[p]))
print("closed:", sum(1 for p in closed_ports if not status[p]))
with ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(check, ports))
print([ok for _, ok in results])
for s in listeners:
    s.close()
