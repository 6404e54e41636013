# exit: 1
# Seed 004: as written: after `from socket import *`, `socket` is the class, so socket.AF_INET is an AttributeError.
from socket import *
# 创建一个用于TCP通信的套接字
s1 = socket(socket.AF_INET, socket.SOCK_STREAM)
# 创建一个用于UDP通信的套接字
s2 = socket(socket.AF_INET, socket.SOCK_DGRAM)
s1.close()
s2.close()
