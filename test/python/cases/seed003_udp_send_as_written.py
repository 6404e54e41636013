# exit: 1
# Seed 003: the UDP sender as written (only the destination moved to loopback): the typo SOCKE_DGRAM
# is a NameError with CPython 3.11's "Did you mean".
from socket import *

# 1. 创建udp套接字
udp_socker = socket(AF_INET,SOCKE_DGRAM)

# 可以绑定端口试试
upd_socker.bind(("",7890))

dest_addr = ('127.0.0.1', 8080) # 注意是元组,ip是字符串,端口是数字
send_data = input("请输入要发送的数据:")
udp_socker.sendto(send_data.encode('utf-8'), dest_addr)
udp_socket.close()
