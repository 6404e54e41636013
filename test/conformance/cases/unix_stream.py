# AF_UNIX stream sockets on a path in a fresh temp dir: addresses are str paths, unnamed peers are ''.
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
path = os.path.join(tmp, 'server.sock')


def show(x):
    return repr(x).replace(tmp, 'TMP')


try:
    server = socket.socket(AF_UNIX, SOCK_STREAM)
    print('unbound name', repr(server.getsockname()))
    print(show(server))
    server.bind(path)
    print('bound name', show(server.getsockname()))
    print('path exists', os.path.exists(path))
    server.listen()
    server.settimeout(2)
    print(show(server))

    client = socket.socket(AF_UNIX, SOCK_STREAM)
    client.settimeout(2)
    client.connect(path)
    conn, addr = server.accept()
    print('accept addr', repr(addr))
    print('client name', repr(client.getsockname()), 'peer', show(client.getpeername()))
    print('conn peer', repr(conn.getpeername()))
    client.sendall('你好, unix'.encode('utf-8'))
    print('conn got', conn.recv(100).decode('utf-8'))
    conn.sendall(b'bye')
    conn.close()
    print('client got', client.recv(100), client.recv(100))
    client.close()

    other = socket.socket(AF_UNIX, SOCK_STREAM)
    attempt('bind existing path', lambda: other.bind(path))
    server.close()
    # Closing does not remove the file: the path stays taken until unlinked.
    print('path exists after close', os.path.exists(path))
    attempt('connect after server closed', lambda: other.connect(path))
    attempt('connect missing path', lambda: other.connect(os.path.join(tmp, 'missing.sock')))
    other.close()
    attempt('bind in missing dir', lambda: socket.socket(AF_UNIX).bind(os.path.join(tmp, 'no', 'dir.sock')))
finally:
    shutil.rmtree(tmp)
print('cleaned up', not os.path.exists(tmp))
