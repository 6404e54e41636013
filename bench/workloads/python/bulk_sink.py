"""Bulk-transfer sink, python3: the same steps as socklab/bulk_sink.js."""
import json
import re
import resource
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
print(f'PORT {srv.getsockname()[1]}', flush=True)
conn, _ = srv.accept()
cpu0 = resource.getrusage(resource.RUSAGE_SELF)
total = 0
while True:
    data = conn.recv(65536)
    if not data:
        break
    total += len(data)
conn.sendall(str(total).encode())
cpu = resource.getrusage(resource.RUSAGE_SELF)
conn.close()
srv.close()
with open('/proc/self/status') as f:
    vmhwm = re.search(r'^VmHWM:\s+(\d+) kB', f.read(), re.M)
cpu_s = cpu.ru_utime + cpu.ru_stime - cpu0.ru_utime - cpu0.ru_stime
print(json.dumps({'rss_mb': int(vmhwm[1]) / 1024, 'cpu_s': cpu_s}), flush=True)
