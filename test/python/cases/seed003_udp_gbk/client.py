# args: {port}
# Seed 003: the UDP sender (typos fixed): the destination port comes from the command line
# instead of 8080, the message from input().
from socket import *
import sys

# 1. 创建udp套接字
udp_socket = socket(AF_INET, SOCK_DGRAM)

# 2. 准备接收方的地址
dest_addr = ('127.0.0.1', int(sys.argv[1])) # 注意是元组,ip是字符串,端口是数字

# 3. 从键盘获取数据
send_data = input("请输入要发送的数据:")

# 4. 发送数据到指定的电脑上的指定程序中
print(udp_socket.sendto(send_data.encode('utf-8'), dest_addr))

# 5. 关闭套接字
udp_socket.close()
