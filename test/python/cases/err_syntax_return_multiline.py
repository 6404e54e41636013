# exit: 1
# compare: stderr
# 'return' outside a function over two lines: the carets stop at the end of its first line.
import socket
return (socket.AF_INET,
        socket.SOCK_STREAM)
