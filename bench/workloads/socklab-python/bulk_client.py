"""Bulk-transfer sender, socklab's Python mode (`socklab run bulk_client.py`): the same loop as
python/bulk_client.py, without json and resource; the harness compares it with
socklab/bulk_client.js against the same sink process. Usage: PORT SECONDS"""
import socket
import sys
import time

port, seconds = int(sys.argv[1]), float(sys.argv[2])
chunk = bytes(65536)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('127.0.0.1', port))
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
s.close()
print('{"bytes": %d, "seconds": %r}' % (int(reply), elapsed), flush=True)
