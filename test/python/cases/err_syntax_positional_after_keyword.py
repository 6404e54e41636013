# exit: 1
# compare: stderr
# A positional argument after a keyword one: the caret at the closing parenthesis.
import socket
s = socket.socket(family=socket.AF_INET, socket.SOCK_STREAM)
