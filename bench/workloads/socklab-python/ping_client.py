"""Ping-pong, socklab's Python mode (`socklab run ping_client.py`): the same loop as
python/ping_client.py, without the modules socklab does not have (json, resource); the harness
compares it with socklab/ping_client.js against the same echo process. Usage: PORT SECONDS"""
import socket
import sys
import time

port, seconds = int(sys.argv[1]), float(sys.argv[2])
one = b'x'
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('127.0.0.1', port))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
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
s.close()
print('{"rounds": %d, "seconds": %r}' % (rounds, elapsed), flush=True)
