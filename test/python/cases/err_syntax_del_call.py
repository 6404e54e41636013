# exit: 1
# compare: stderr
# Deleting a call: "cannot delete function call".
import socket
s = socket.socket()
del s.close()
