# exit: 1
# compare: stderr
# Seed 003: the TCP client as written: `import("...")` is a SyntaxError before anything runs.
from socket import *

# 创建socket
tcp_client_socket = socket(AF_INET,SOCK_STREAM)

# 目的信息
server_ip = import("请输入服务器ip:")
server_port = int(input("请输入服务器port:"))

# 链接服务器
tcp_client_socket.connect((server_ip.server_port))
