# send() may send less than asked: a loop over a memoryview, versus sendall; SO_SNDBUF/SO_RCVBUF and a non-blocking writer.
import socket
import threading

a, b = socket.socketpair()
a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
b.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) >= 4096)
data = bytes(range(256)) * 4096  # 1 MiB
received = bytearray()

def reader():
    while len(received) < len(data):
        chunk = b.recv(65536)
        if not chunk:
            break
        received.extend(chunk)

t = threading.Thread(target=reader)
t.start()
view = memoryview(data)
total = 0
calls = 0
while total < len(data):
    sent = a.send(view[total:])
    total += sent
    calls += 1
t.join()
print(total, len(received), bytes(received) == data, calls >= 1)
a.setblocking(False)
short = 0
try:
    while True:
        short += a.send(b"x" * 65536)
except BlockingIOError as e:
    print("BlockingIOError", e.errno, short > 0)
b.setblocking(False)
drained = 0
try:
    while True:
        drained += len(b.recv(65536))
except BlockingIOError:
    pass
print(drained == short)
a.close(); b.close()
