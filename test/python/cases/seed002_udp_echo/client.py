# args: {port}
# Seed 002: the UDP client: sendto without connect, then recv each greeting.
import socket
import sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for data in [b'Michael', b'Tracy', b'Sarah']:
    # 发送数据:
    s.sendto(data, ('127.0.0.1', int(sys.argv[1])))
    # 接收数据:
    print(s.recv(1024).decode('utf-8'))
s.close()
