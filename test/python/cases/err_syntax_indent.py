# exit: 1
# compare: stderr
# A line indented for no reason: "IndentationError: unexpected indent".
import socket
s = socket.socket()
    s.close()
