# exit: 1
# compare: stderr
# A def without its parameter list: pegen's forced token after the name, "expected '('" under
# the token found instead (here the colon).
import socket
def serve:
    s = socket.socket()
    s.close()
