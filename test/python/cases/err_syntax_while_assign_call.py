# exit: 1
# compare: stderr
# '=' after a call in a condition: "cannot assign to function call here. Maybe you meant '==' instead of '='?".
import socket
s = socket.socket()
while s.recv(1024) = b'':
    pass
