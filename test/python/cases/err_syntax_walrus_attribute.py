# exit: 1
# compare: stderr
# Only a name can be the target of := ("cannot use assignment expressions with attribute").
print("this must not run")
import socket
s = socket.socket()
while (s.data := s.recv(1024)):
    pass
