# exit: 1
# compare: stderr
# Two brackets left open: CPython names the innermost one.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM
s.connect(('127.0.0.1', 9)
