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
