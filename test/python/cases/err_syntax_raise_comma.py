# exit: 1
# compare: stderr
# Python 2's `raise E, "message"`: invalid syntax at the comma (not a raise of E alone).
import socket
s = socket.socket()
s.close()
raise socket.error, "could not connect"
