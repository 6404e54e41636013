# args: {port}
# Seed 002: the UDP server that greets each datagram (loopback and the harness's port instead of
# 9999; three datagrams instead of forever).
import socket
import sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
# 绑定端口:
s.bind(('127.0.0.1', int(sys.argv[1])))
print('Bind UDP on %d...' % int(sys.argv[1]))
for _ in range(3):
    # 接收数据:
    data, addr = s.recvfrom(1024)
    print('Received from %s:%s.' % addr)
    s.sendto(b'Hello, %s!' % data, addr)
s.close()
