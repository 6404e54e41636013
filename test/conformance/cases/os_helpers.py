# The os functions tutorials use around AF_UNIX sockets: path.exists, unlink/remove and their errors, path.join, getpid.
from socket import *
import socket
import os
import tempfile


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(tmp, 'TMP'))


tmp = tempfile.mkdtemp(prefix='socklab-')
path = os.path.join(tmp, 'server.sock')
try:
    print('exists before bind', os.path.exists(path))
    s = socket.socket(AF_UNIX, SOCK_STREAM)
    s.bind(path)
    print('exists after bind', os.path.exists(path))
    s.close()
    print('exists after close', os.path.exists(path))
    attempt('rebind without unlink', lambda: socket.socket(AF_UNIX, SOCK_STREAM).bind(path))
    if os.path.exists(path):
        os.unlink(path)
    print('exists after unlink', os.path.exists(path))
    attempt('unlink again', lambda: os.unlink(path))
    attempt('remove missing', lambda: os.remove(path))
    attempt('unlink int', lambda: os.unlink(5))
    attempt('exists empty', lambda: os.path.exists(''))
    e = None
    try:
        os.unlink(path)
    except OSError as err:
        e = err
    print('errno', e.errno, 'strerror', e.strerror, 'filename', e.filename.replace(tmp, 'TMP'), 'args', e.args)
    print('join', os.path.join('a', 'b'), os.path.join('a/', 'b'), os.path.join('a', '/b', 'c'), repr(os.path.join('a', '')))
    attempt('join int', lambda: os.path.join('a', 5))
    print('getpid is a positive int', isinstance(os.getpid(), int) and os.getpid() > 0)
finally:
    for name in os.listdir(tmp):
        os.unlink(os.path.join(tmp, name))
    os.rmdir(tmp)
