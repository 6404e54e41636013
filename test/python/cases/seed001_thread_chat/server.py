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
