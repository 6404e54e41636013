# exit: 1
# An uncaught socket error from a recv that times out: "TimeoutError: timed out".
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 0))
s.settimeout(0.2)
print('waiting', s.gettimeout())
data, addr = s.recvfrom(1024)
