# exit: 1
# compare: stderr
# An unclosed parenthesis: "SyntaxError: '(' was never closed".
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM
s.close()
