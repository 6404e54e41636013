# exit: 1
# compare: stderr
# Assigning to a method call: "cannot assign to function call here. Maybe you meant '==' instead of '='?".
import socket
s = socket.socket()
s.recv(1024) = data
