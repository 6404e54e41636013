# The translate_300_ms benchmark (bench/translate.mjs): 300 lines made of the corpus's tutorial
# programs (test/python/cases/seed*), whole files one after another. Translated, never run.
# --- seed000_create_socket.py
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
# --- seed000_hostname.py
# Seed 000: os.system('hostname') runs through the shell; gethostname and gethostbyname('localhost').
import socket
import os
os.system('hostname')
hostname = socket.gethostname()
print("主机名:", hostname)
print(socket.gethostbyname('localhost'))
# --- seed000_multiprocess_server/client.py
# args: {port}
# exit: 1
# Seed 000: the client of the process-per-client server, as written: `send_data == 'quit'` compares
# bytes with str, so the loop never breaks and ends when input() reaches the end of its file.
import socket
import sys
#1. 创建服务端socket对象
client = socket.socket(family=socket.AF_INET, type=socket.SOCK_STREAM)
#2. 连接服务端
client.connect(('127.0.0.1', int(sys.argv[1])))
while True:
    # 3.给服务端发送消息
    send_data = input('client: >> ').encode('utf-8')
    if not send_data:
        continue
    client.send(send_data)
    if send_data == 'quit':
        break
#5. 关闭socket对象
client.close()
# --- seed000_multiprocess_server/server.py
# args: {port}
# Seed 000: the process-per-client server (loopback, the harness's port, one client instead of forever).
#实现多进程的方式:
#1. 实例化对象
#2. 继承子类
#注意: 一定要确定多进程要处理的任务
#任务: 处理客户端请求并为其服务
def dealWithClient(clientSocketObj, clientAddress):
    while True:
        # 5. 接收客户端发送的消息
        recv_data = clientSocketObj.recv(1024).decode('utf-8')
        print(clientAddress[0] + str(clientAddress[1]) + ':> ' + recv_data)
        if recv_data == 'quit':
            break
    clientSocketObj.close()
import socket
import sys
from multiprocessing import Process
#1. 创建服务端socket对象
server = socket.socket(family=socket.AF_INET, type=socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
#2. 绑定地址和端口(IP:port)
server.bind(('127.0.0.1', int(sys.argv[1])))
#3. 监听是否有客户端连接?listen
server.listen(5)
print('server start .........')
for i in range(1):
    # 4.接收客户端的连接accept
    clientSocketObj, clientAddress = server.accept()
    #dealWithClient(clientSocketObj)
    p = Process(target=dealWithClient, args=(clientSocketObj, clientAddress))
    p.start()
p.join()
server.close()
# --- seed000_qq_chat/client.py
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
# --- seed000_qq_chat/server.py
# args: {port}
# Seed 000: QQ user A, the UDP chat server (bound to loopback and the harness's port instead of 0.0.0.0:9999).
import socket
import sys
udpserver = socket.socket(family=socket.AF_INET, type=socket.SOCK_DGRAM)
udpserver.bind(('127.0.0.1', int(sys.argv[1])))
print('QQ用户A上线.........')
while True:
    # 返回的是元组, 一个个元素是客户端发送的信息, 第二个元素是客户端和服务端交互的地址(IP, port)
    recv_data, address = udpserver.recvfrom(1024)
    #print(address)
    print("B:>> ", recv_data.decode('utf-8'))
    if recv_data == b'quit':
        print("聊天结束.......")
        break
    #发送的消息必须是bytes类型
    #bytes --> str bytesObj.decode('utf-8')
    #str --> bytes strObj.encode('utf-8')
    send_data = input('A: >> ').encode('utf-8')
    if not send_data:
        continue
    udpserver.sendto(send_data, address)
udpserver.close()
# --- seed000_tcp_hello/client.py
# args: {port}
# Seed 000: the TCP hello client (loopback and the harness's port instead of 172.25.254.197:9998).
import socket
import sys
#1. 创建服务端socket对象
client = socket.socket(family=socket.AF_INET, type=socket.SOCK_STREAM)
#2. 连接服务端
client.connect(('127.0.0.1', int(sys.argv[1])))
#3.给服务端发送消息
client.send(b'hello server')
#4. 接收服务端发送的消息
recv_data = client.recv(1024).decode('utf-8')
print("接收服务端发送的消息:", recv_data)
#5. 关闭socket对象
client.close()
# --- seed000_tcp_hello/server.py
# args: {port}
# Seed 000: the TCP hello server (loopback and the harness's port instead of 0.0.0.0:9998).
import socket
import sys
#1. 创建服务端socket对象
server = socket.socket(family=socket.AF_INET, type=socket.SOCK_STREAM)
#2. 绑定地址和端口(IP:port)
server.bind(('127.0.0.1', int(sys.argv[1])))
#3. 监听是否有客户端连接?listen
server.listen(5)
print('server start .........')
#4.接收客户端的连接accept
clientSocketObj, clientAddress = server.accept()
#5. 接收客户端发送的消息
recv_data = clientSocketObj.recv(1024).decode('utf-8')
print("接收到客户端发送的消息:", recv_data)
#6. 给客户端发送消息
send_data = b'hello client'
clientSocketObj.send(send_data)
#7. 关闭socket对象
clientSocketObj.close()
server.close()
# --- seed001_blocking_modes.py
# Seed 001: blocking, non-blocking and timeout modes, and setdefaulttimeout.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 0))
print('blocking:', s.getblocking(), s.gettimeout())
s.setblocking(False)
print('non-blocking:', s.getblocking(), s.gettimeout())
try:
    s.recvfrom(1024)
except BlockingIOError as e:
    print('BlockingIOError', e.errno, e)
s.settimeout(0.2)
print('timeout mode:', s.getblocking(), s.gettimeout())
try:
    s.recvfrom(1024)
except socket.timeout as e:
    print(type(e).__name__, e, isinstance(e, OSError))
s.settimeout(None)
print('back to blocking:', s.getblocking(), s.gettimeout())
s.close()
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(3)
t = socket.socket()
print('default timeout:', t.gettimeout(), socket.getdefaulttimeout())
t.close()
socket.setdefaulttimeout(None)
# --- seed001_thread_chat/client.py
# args: {port}
# Seed 001: the two-thread chat client ported to Python 3: a sending and a receiving thread; the
# main thread spins until both are done, then hangs up.
import socket
import _thread
import sys
ADDR = ('127.0.0.1', int(sys.argv[1]))
tcp_socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
tcp_socket.connect(ADDR)
done = []
def send_msg_thread():
    msg = input()
    tcp_socket.sendall(msg.encode('utf-8'))
    done.append('sent')
def recv_msg_thread():
    data = tcp_socket.recv(1024)
    print('Rose:' + data.decode('utf-8'))
    done.append('received')
_thread.start_new_thread(send_msg_thread, ())
_thread.start_new_thread(recv_msg_thread, ())
while len(done) < 2:
    pass
tcp_socket.close()
print('client closed', sorted(done))
# --- seed001_thread_chat/server.py
# args: {port}
# Seed 001: the two-thread chat server ported to Python 3 (print(), input(), _thread, bytes), on the
# harness's port; one message each way, and the spinning main loop ends when the peer hangs up.
import socket
import _thread
import sys
HOST = '127.0.0.1'
PORT = int(sys.argv[1])
BUFSIZ = 1024
ADDR = (HOST, PORT)
tcp_socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
tcp_socket.bind(ADDR)
tcp_socket.listen(5)
print("waiting for connection...")
tcp_connection, tcp_address = tcp_socket.accept()
print('connected from:', tcp_address)
finished = False
def send_msg_thread():
    msg = input()
    tcp_connection.sendall(msg.encode('utf-8'))
def recv_msg_thread():
    global finished
    while True:
        data = tcp_connection.recv(BUFSIZ)
        if not data:
            break
        print('Jack:' + data.decode('utf-8'))
    finished = True
try:
    _thread.start_new_thread(send_msg_thread, ())
    _thread.start_new_thread(recv_msg_thread, ())
except:
    print("Error: unable to start thread")
while not finished:
    pass
tcp_connection.close()
tcp_socket.close()
print('server closed')
# --- seed002_process_intro.py
# Seed 002: processes: multiprocessing.Process with target and args, start, join, exitcode, and a
# subclass overriding run(); each child sends its result back over a UDP socket.
import socket
from multiprocessing import Process
import os

def work(name, port):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.sendto(('%s done' % name).encode(), ('127.0.0.1', port))
    s.close()

class Worker(Process):
    def __init__(self, port):
        super().__init__()
        self.port = port
    def run(self):
        work('subclass', self.port)

if __name__ == '__main__':
    inbox = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    inbox.bind(('127.0.0.1', 0))
    inbox.settimeout(5)
    port = inbox.getsockname()[1]
    ps = [Process(target=work, args=('p%d' % i, port)) for i in range(3)]
    ps.append(Worker(port))
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
    got = sorted([inbox.recvfrom(100)[0].decode() for _ in ps])
    print(got)
    print(isinstance(os.getpid(), int))
    inbox.close()
# --- seed002_udp_echo/server.py
# args: {port}
# Seed 002: the UDP server that greets each datagram (loopback and the harness's port instead of
# 9999; three datagrams instead of forever).
import socket
import sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
# 绑定端口:
s.bind(('127.0.0.1', int(sys.argv[1])))
print('Bind UDP on %d...' % int(sys.argv[1]))
for _ in range(3):
    # 接收数据:
    data, addr = s.recvfrom(1024)
    print('Received from %s:%s.' % addr)
    s.sendto(b'Hello, %s!' % data, addr)
s.close()
