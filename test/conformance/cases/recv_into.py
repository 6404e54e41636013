# recv_into() fills a caller's buffer and returns the byte count; nbytes limits it.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


a, b = socket.socketpair()
a.settimeout(2)
b.settimeout(2)
a.sendall(b'hello world')
buf = bytearray(5)
n = b.recv_into(buf)
print('recv_into', n, bytes(buf[:n]))
buf = bytearray(100)
n = b.recv_into(buf, 3)
print('recv_into nbytes=3', n, bytes(buf[:n]))
n = b.recv_into(buf)
print('rest', n, bytes(buf[:n]))
attempt('nbytes larger than buffer', lambda: b.recv_into(bytearray(2), 10))
a.close()
print('eof', b.recv_into(bytearray(10)))
b.close()
