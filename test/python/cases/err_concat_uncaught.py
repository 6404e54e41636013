# exit: 1
# The commonest tutorial bug, uncaught: printing bytes received from a socket concatenated to a str.
import socket
a, b = socket.socketpair()
a.send(b'hello')
data = b.recv(1024)
print('received', len(data), 'bytes')
print('Jack:' + data)
