"""Ping-pong echo peer, python3: the same steps as socklab/echo_server.js."""
import json
import resource
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
print(f'PORT {srv.getsockname()[1]}', flush=True)
conn, _ = srv.accept()
conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
cpu0 = resource.getrusage(resource.RUSAGE_SELF)
while True:
    data = conn.recv(65536)
    if not data:
        break
    conn.sendall(data)
cpu = resource.getrusage(resource.RUSAGE_SELF)
conn.close()
srv.close()
print(json.dumps({'cpu_s': cpu.ru_utime + cpu.ru_stime - cpu0.ru_utime - cpu0.ru_stime}), flush=True)
