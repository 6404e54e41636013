# exit: 1
# compare: stderr
# A missing comma in an address tuple: "invalid syntax. Perhaps you forgot a comma?" under both expressions.
import socket
s = socket.socket()
s.connect(('127.0.0.1' 8080))
