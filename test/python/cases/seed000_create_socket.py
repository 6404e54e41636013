# Seed 000: create a TCP socket with keyword arguments, print its (unbound) address, close it.
import socket
#1. 创建socket对象
#family: AF_INET(IPv4) AF_INET6(IPv6) ========= 网络层协议
#type: # SOCK_STREAM(TCP) SOCK_DGRAM(UDP) ========== 传输层协议
#Linux: 可以认为是一个文件;
socketObj = socket.socket(family=socket.AF_INET, type=socket.SOCK_STREAM)
print(socketObj.getsockname())
#2. 关闭socket对象
socketObj.close()
