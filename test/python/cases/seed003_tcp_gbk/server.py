# args: {port}
# Seed 003: the TCP server flow (socket, bind, listen(128), accept, recv/send, close), typos fixed,
# on loopback and the harness's port instead of ("", 7788); text travels as gbk.
from socket import *
import sys

#  创建socket
tcp_server_socket = socket(AF_INET, SOCK_STREAM)
# 本地信息
adderss = ('127.0.0.1', int(sys.argv[1]))
# 绑定
tcp_server_socket.bind(adderss)
# 使用socket创建的套接字默认的属性室主动的,使用listem将其变为被动的,这样就可以接收别人的链接了。
tcp_server_socket.listen(128)
print('listening')
client_socket, client_addr = tcp_server_socket.accept()
print('client from', client_addr)
recv_data = client_socket.recv(1024)
print('收到:', recv_data.decode('gbk'), len(recv_data))
client_socket.send('谢谢,收到了'.encode('gbk'))
client_socket.close()
tcp_server_socket.close()
