# exit: 1
# compare: stderr
# An uncaught ConnectionRefusedError from create_connection(), which CPython writes in Lib/socket.py:
# the traceback shows its two frames (the `raise exceptions[0]` after the loop, then the connect()).
import socket
probe = socket.socket()
probe.bind(('127.0.0.1', 0))
port = probe.getsockname()[1]
probe.close()
try:
    socket.create_connection(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print('caught', e)
socket.create_connection(('127.0.0.1', port))
