# AF_UNIX datagram sockets: message boundaries, recvfrom addresses, unbound senders show as None.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

import os
import shutil
import tempfile

tmp = tempfile.mkdtemp(prefix='socklab-')
a_path = os.path.join(tmp, 'a.sock')
b_path = os.path.join(tmp, 'b.sock')


def show(x):
    return repr(x).replace(tmp, 'TMP')


try:
    a = socket.socket(AF_UNIX, SOCK_DGRAM)
    b = socket.socket(AF_UNIX, SOCK_DGRAM)
    print(show(a))
    a.bind(a_path)
    b.bind(b_path)
    a.settimeout(2)
    b.settimeout(2)
    print('sendto returns', a.sendto(b'hello b', b_path))
    print('b got', show(b.recvfrom(100)))
    b.sendto(b'hello a', a_path)
    print('a got', show(a.recvfrom(100)))
    a.sendto(b'0123456789', b_path)
    print('truncated', b.recv(4))
    b.settimeout(0.2)
    attempt('rest is gone', lambda: b.recv(100))

    anon = socket.socket(AF_UNIX, SOCK_DGRAM)
    anon.sendto(b'from nobody', b_path)
    b.settimeout(2)
    data, addr = b.recvfrom(100)
    print('anonymous sender', data, repr(addr))
    attempt('sendto missing path', lambda: anon.sendto(b'x', os.path.join(tmp, 'missing.sock')))
    attempt('send unconnected', lambda: anon.send(b'x'))
    for s in (a, b, anon):
        s.close()
    print(show(a))
finally:
    shutil.rmtree(tmp)
print('cleaned up', not os.path.exists(tmp))
