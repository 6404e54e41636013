# UDP discovery in the broadcast style, on loopback: a probe goes out, services answer with JSON.
import socket
import json
import threading

services = []
for name in ["printer", "camera"]:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
    s.bind(("127.0.0.1", 0))
    s.settimeout(5)
    services.append((name, s))

def answer(name, s):
    data, addr = s.recvfrom(1024)
    if data == b"DISCOVER":
        reply = {"service": name, "port": s.getsockname()[1] > 0}
        s.sendto(json.dumps(reply).encode(), addr)

threads = [threading.Thread(target=answer, args=svc) for svc in services]
for t in threads:
    t.start()

probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
probe.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print("broadcast:", probe.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
probe.settimeout(0.5)
for _, s in services:
    probe.sendto(b"DISCOVER", ("127.0.0.1", s.getsockname()[1]))
found = []
while True:
    try:
        data, addr = probe.recvfrom(1024)
    except socket.timeout:
        break
    info = json.loads(data.decode())
    found.append(info["service"])
    if len(found) == len(services):
        probe.settimeout(0.05)
for t in threads:
    t.join()
print("found:", sorted(found))
print(socket.timeout is TimeoutError, socket.INADDR_BROADCAST, socket.INADDR_ANY)
probe.close()
for _, s in services:
    s.close()
