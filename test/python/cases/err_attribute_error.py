# exit: 1
# AttributeError on a socket: "'socket' object has no attribute 'clsoe'. Did you mean: 'close'?"
import socket
s = socket.socket()
for name in ['recvfrom', 'sendall', 'no_such_thing']:
    print(name, hasattr(s, name))
try:
    'text'.decode('utf-8')
except AttributeError as e:
    print(e)
try:
    None.send(b'x')
except AttributeError as e:
    print(e)
try:
    socket.AF_INTE
except AttributeError as e:
    print(e)
s.clsoe()
