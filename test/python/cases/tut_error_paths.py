# The binarytides-style tutorial server (socket.error's msg[0] in Python 3 is a TypeError,
# _thread.start_new_thread per client, gethostbyname), then the errors a learner meets on the way:
# a broken pipe, json.loads of bytes that are not UTF-8, struct/encode/bind/sendto/inet_aton misuse.
import socket
import sys
from _thread import start_new_thread
import time
HOST = '127.0.0.1'
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print('Socket created')
try:
    s.bind((HOST, 0))
except socket.error as msg:
    print('Bind failed. Error Code : ' + str(msg[0]) + ' Message ' + msg[1])
    sys.exit()
print('Socket bind complete')
s.listen(10)
PORT = s.getsockname()[1]
def clientthread(conn):
    conn.send(b'Welcome to the server. Type something and hit enter\n')
    while True:
        data = conn.recv(1024)
        reply = b'OK...' + data
        if not data:
            break
        conn.sendall(reply)
    conn.close()
    done.append(1)
done = []
c = socket.socket(); c.connect((HOST, PORT))
conn, addr = s.accept()
print('Connected with ' + addr[0])
start_new_thread(clientthread, (conn,))
print(c.recv(100))
c.sendall(b'hello')
print(c.recv(100))
c.close()
for _ in range(100):
    if done: break
    time.sleep(0.01)
s.close()
s2 = socket.socket()
s2.bind((HOST, 0)); s2.listen(1)
s3 = socket.socket()
try:
    s3.bind(s2.getsockname())
except socket.error as msg:
    print(type(msg).__name__, msg.errno, msg.strerror)
    try:
        print('Bind failed. Error Code : ' + str(msg[0]) + ' Message ' + msg[1])
    except TypeError as e:
        print('TypeError:', e)
s2.close(); s3.close()
try:
    socket.gethostbyname('nonexistent.invalid')
except socket.gaierror as e:
    print('gaierror', e.errno)
try:
    remote_ip = socket.gethostbyname('localhost')
    print(remote_ip)
except socket.gaierror:
    print('Hostname could not be resolved. Exiting')
    sys.exit()
import socket, threading, time, json, struct, os, sys
# errors a learner meets
a, b = socket.socketpair()
b.close()
try:
    for i in range(100):
        a.send(b'x' * 1000)
except (BrokenPipeError, ConnectionResetError) as e:
    print(type(e).__name__, e.errno)
a.close()
for bad in [lambda: json.loads(b'\xff'), lambda: json.dumps({1: {2}}), lambda: struct.pack('!H', 70000), lambda: 'x'.encode('nope'),
            lambda: socket.socket().connect(('127.0.0.1', 'http')), lambda: socket.socket().bind(('127.0.0.1', 70000)),
            lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto('str', ('127.0.0.1', 9)), lambda: int('12a'),
            lambda: b'abc'.decode('utf-8')[5], lambda: {}['k'], lambda: open('/nonexistent/x', 'rb'), lambda: os.listdir('/nonexistent'),
            lambda: socket.inet_aton('300.1.1.1'), lambda: socket.create_connection(('127.0.0.1', 1), timeout=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
