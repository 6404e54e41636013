"""Ping-pong, python3: the same steps as socklab/ping_client.js. Usage: PORT SECONDS"""
import json
import resource
import socket
import sys
import time

port, seconds = int(sys.argv[1]), float(sys.argv[2])
one = b'x'
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('127.0.0.1', port))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
cpu0 = resource.getrusage(resource.RUSAGE_SELF)
t0 = time.perf_counter()
end = t0 + seconds
rounds = 0
while True:
    for _ in range(64):
        s.send(one)
        if not s.recv(1):
            raise ConnectionError('echo peer went away')
    rounds += 64
    if time.perf_counter() >= end:
        break
elapsed = time.perf_counter() - t0
cpu = resource.getrusage(resource.RUSAGE_SELF)
cpu_s = cpu.ru_utime + cpu.ru_stime - cpu0.ru_utime - cpu0.ru_stime
s.close()
print(json.dumps({'rounds': rounds, 'seconds': elapsed, 'cpu_s': cpu_s}), flush=True)
