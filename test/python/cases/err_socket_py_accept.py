# exit: 1
# compare: stderr
# An uncaught error raised in accept(): CPython writes accept() in Lib/socket.py (it calls the C
# _accept()), so the traceback ends with socket.py's frame under the program's line.
import socket
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen(5)
s.settimeout(0.1)
print('waiting')
conn, addr = s.accept()
