# args: {port}
# Seed 003: the UDP receiver (typos fixed, loopback and the harness's port instead of ("", 7788)):
# one recvfrom, decoded as gbk although the sender encoded utf-8, as in the tutorial.
from socket import *

# 1. 创建udp套接字
udp_socket = socket(AF_INET, SOCK_DGRAM)

# 2. 绑定本地的相关信息,如果一个网络程序不绑定,则系统会随机分配
import sys
local_addr = ('127.0.0.1', int(sys.argv[1]))
udp_socket.bind(local_addr)
print('bound', udp_socket.getsockname() == local_addr)

# 3. 等待接受对方发送的数据
recv_data = udp_socket.recvfrom(1024) # 1024表示本次接收的最大字节数
print(type(recv_data).__name__, len(recv_data), recv_data[1][0])

# 显示接收到的程序
print(recv_data[0].decode('gbk'))
print(recv_data[0].decode('utf-8'))

# 5. 关闭套接字
udp_socket.close()
