# exit: 1
# compare: stderr
# An AttributeError on a method call marks the attribute (s.recvv), not the whole call; the
# frame above marks the call in the middle of its line.
import socket

def receive(s):
    s.settimeout(0.1)
    data = s.recvv(1024).decode()
    return data

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 0))
print('got', receive(s))
