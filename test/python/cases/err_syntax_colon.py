# exit: 1
# compare: stderr
# A missing colon after a compound statement's header: "SyntaxError: expected ':'".
import socket
s = socket.socket()
while True
    data = s.recv(1024)
