# Seed 001: blocking, non-blocking and timeout modes, and setdefaulttimeout.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 0))
print('blocking:', s.getblocking(), s.gettimeout())
s.setblocking(False)
print('non-blocking:', s.getblocking(), s.gettimeout())
try:
    s.recvfrom(1024)
except BlockingIOError as e:
    print('BlockingIOError', e.errno, e)
s.settimeout(0.2)
print('timeout mode:', s.getblocking(), s.gettimeout())
try:
    s.recvfrom(1024)
except socket.timeout as e:
    print(type(e).__name__, e, isinstance(e, OSError))
s.settimeout(None)
print('back to blocking:', s.getblocking(), s.gettimeout())
s.close()
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(3)
t = socket.socket()
print('default timeout:', t.gettimeout(), socket.getdefaulttimeout())
t.close()
socket.setdefaulttimeout(None)
