# An uncaught error from a synchronous method (bind after close): "OSError: [Errno 9] Bad file descriptor", exit 1.
from socket import *
import socket

s = socket.socket()
s.close()
print('binding a closed socket')
s.bind(('127.0.0.1', 0))
print('not reached')
