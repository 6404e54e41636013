# exit: 1
# AttributeError on a module, uncaught: "module 'socket' has no attribute 'SOCK_STREEM'. Did you mean: 'SOCK_STREAM'?"
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREEM)
