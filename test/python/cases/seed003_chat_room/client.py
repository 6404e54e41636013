# args: {port2}
# exit: 1
# Seed 003: the simple chat room (send_msg/recv_msg, main, __name__ guard; typos fixed, bound to
# the harness's second port instead of 7788). The loop is endless: it ends when input() reaches
# the end of its file, with CPython's EOFError.
import socket
import sys
def send_msg(upd_socket):
    """发送消息"""
    dest_ip = input("请输入对方的ip")
    dest_port = int(input("请输入对方的port:"))
    send_data = input("请输入要发送的消息:")
    upd_socket.sendto(send_data.encode("utf-8"),(dest_ip, dest_port))

def recv_msg(udp_socket):
    """ 接收消息 """
    recv_data = udp_socket.recvfrom(1024)
    print("%s:%s"%(str(recv_data[1]),recv_data[0].decode("utf-8")))

def main():
    # 创建套接字
    udp_socket = socket.socket(socket.AF_INET,socket.SOCK_DGRAM)

    # 绑定信息
    udp_socket.bind(("127.0.0.1", int(sys.argv[1])))

    # 循环进行处理事情
    while True:
        # 发送
        send_msg(udp_socket)
        # 接收并显示
        recv_msg(udp_socket)

if __name__ == "__main__":
    main()
