# An uncaught ConnectionRefusedError ends the script with exit code 1 and
# "ConnectionRefusedError: [Errno 111] Connection refused" as the last line of stderr.
from socket import *
import socket

dead = socket.socket()
dead.bind(('127.0.0.1', 0))
client = socket.socket()
print('connecting to a port nobody listens on')
client.connect(dead.getsockname())
print('not reached')
