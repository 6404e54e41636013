# UDP echo with a thread: recvfrom/sendto, connect() on UDP, message too long, timeouts.
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.bind(("127.0.0.1", 0))
addr = srv.getsockname()

def serve():
    srv.settimeout(2)
    n = 0
    while n < 3:
        try:
            data, peer = srv.recvfrom(65535)
        except socket.timeout:
            break
        srv.sendto(b"ACK " + data, peer)
        n += 1

t = threading.Thread(target=serve)
t.start()
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.settimeout(2)
c.sendto("你好".encode(), addr)
data, frm = c.recvfrom(1024)
print(data.decode(), frm == addr)
c.connect(addr)
c.send(b"connected")
print(c.recv(1024))
c.sendto(b"x" * 3000, addr)
print(len(c.recv(10)))
t.join()
try:
    c.send(b"y" * 70000)
except OSError as e:
    print(e.errno, e.strerror)
c.settimeout(0.1)
try:
    c.recv(10)
except socket.timeout as e:
    print("timeout:", e)
srv.close()
c.send(b"nobody")
try:
    c.recv(10)
except ConnectionRefusedError as e:
    print("refused", e.errno)
except socket.timeout:
    print("timeout again")
c.close()
