# exit: 1
# compare: stderr
# A missing comma between a method call's arguments: the span covers the expression before and the one after.
import socket
s = socket.socket(socket.AF_INET socket.SOCK_STREAM)
