# exit: 1
# compare: stderr
# A call as the middle target of a chained assignment: "cannot assign to function call", no hint.
import socket
s = socket.socket()
data = s.recv(1024) = b''
