# args: {port}
# Seed 000: QQ user B, the UDP chat client (sends to loopback and the harness's port instead of 172.25.254.197:9999).
import socket
import sys
udpclient = socket.socket(family=socket.AF_INET, type=socket.SOCK_DGRAM)
print("QQ用户B上线.........")
while True:
    send_data = input('B:>> ').encode('utf-8')
    if not send_data:
        continue
    udpclient.sendto(send_data, ('127.0.0.1', int(sys.argv[1])))
    if send_data == b'quit':
        print("聊天结束.....")
        break
    recv_data, address = udpclient.recvfrom(1024)
    print("A:>> ", recv_data.decode('utf-8'))
udpclient.close()
