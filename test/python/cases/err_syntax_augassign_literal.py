# exit: 1
# compare: stderr
# An augmented assignment to a call: "'function call' is an illegal expression for augmented assignment".
import socket
s = socket.socket()
s.recv(1024) += b'more'
