# args: {port}
# The peer of seed 003's chat room: answers each of the two messages it receives.
import socket
import sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', int(sys.argv[1])))
print('peer ready')
for i in range(2):
    data, addr = s.recvfrom(1024)
    print('peer got:', data.decode('utf-8'))
    s.sendto(('reply %d' % (i + 1)).encode('utf-8'), addr)
s.close()
