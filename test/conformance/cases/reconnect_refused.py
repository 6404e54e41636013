# A socket whose connect() was refused, connected again: blocking mode, timeout mode, then blocking.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


def dead_port():
    probe = socket.socket()
    probe.bind(('127.0.0.1', 0))
    return probe, probe.getsockname()[1]


p1, port1 = dead_port()
p2, port2 = dead_port()
p3, port3 = dead_port()
s = socket.socket()
attempt('blocking 1', lambda: s.connect(('127.0.0.1', port1)))
attempt('blocking 2', lambda: s.connect(('127.0.0.1', port2)))
attempt('blocking 3', lambda: s.connect(('127.0.0.1', port3)))
s.close()
t = socket.socket()
t.settimeout(2)
attempt('timeout 1', lambda: t.connect(('127.0.0.1', port1)))
attempt('timeout 2', lambda: t.connect(('127.0.0.1', port2)))
attempt('timeout 3', lambda: t.connect(('127.0.0.1', port3)))
t.settimeout(None)
attempt('then blocking', lambda: t.connect(('127.0.0.1', port1)))
t.close()
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
u = socket.socket()
attempt('refused', lambda: u.connect(('127.0.0.1', port1)))
attempt('then a live server', lambda: u.connect(srv.getsockname()))
print('connected to the server', u.getpeername() == srv.getsockname())
u.close()
srv.close()
for p in (p1, p2, p3):
    p.close()
