# An uncaught name-resolution error is reported as "socket.gaierror: [Errno -2] Name or service not known".
from socket import *
import socket

print('resolving a name that does not exist')
socket.gethostbyname('no-such-host.invalid')
print('not reached')
