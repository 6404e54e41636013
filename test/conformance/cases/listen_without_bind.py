# listen() without bind() binds the socket to ('0.0.0.0', <ephemeral>), and clients can connect to it.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = socket.socket()
print('before', s.getsockname())
attempt('listen', lambda: s.listen())
name = s.getsockname()
print('after', name)
print('host', name[0], 'port > 0', name[1] > 0)
c = socket.create_connection(('127.0.0.1', name[1]), 2)
s.settimeout(2)
conn, addr = s.accept()
print('accepted from', addr)
print('server side laddr', conn.getsockname())
attempt('listen again', lambda: s.listen(3))
for x in (c, conn, s):
    x.close()
