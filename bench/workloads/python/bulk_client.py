"""Bulk-transfer sender, python3: the same steps as socklab/bulk_client.js. Usage: PORT SECONDS"""
import json
import resource
import socket
import sys
import time

port, seconds = int(sys.argv[1]), float(sys.argv[2])
chunk = bytes(65536)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('127.0.0.1', port))
cpu0 = resource.getrusage(resource.RUSAGE_SELF)
t0 = time.perf_counter()
end = t0 + seconds
while time.perf_counter() < end:
    s.sendall(chunk)
s.shutdown(socket.SHUT_WR)
reply = ''
while True:
    data = s.recv(64)
    if not data:
        break
    reply += data.decode()
elapsed = time.perf_counter() - t0
cpu = resource.getrusage(resource.RUSAGE_SELF)
cpu_s = cpu.ru_utime + cpu.ru_stime - cpu0.ru_utime - cpu0.ru_stime
s.close()
print(json.dumps({'bytes': int(reply), 'seconds': elapsed, 'cpu_s': cpu_s}), flush=True)
