# exit: 1
# compare: stderr
# Seed 001: the Python 2.7 chat server as pasted (loopback already): `print "..."` is a SyntaxError in Python 3.
# server.py
#!/usr/bin/python 2.7
# -*- coding: utf-8 -*-
import socket
import thread
HOST = '127.0.0.1'
PORT = 21567
BUFSIZ = 1024
ADDR = (HOST, PORT)
tcp_socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
tcp_socket.bind(ADDR)
tcp_socket.listen(5)
print "waiting for connection..."
tcp_connection, tcp_address = tcp_socket.accept()
print 'connected from:', tcp_address
def send_msg_thread():
    while True:
        msg = raw_input()
        tcp_connection.sendall(msg)
def recv_msg_thread():
    while True:
        data = tcp_connection.recv(BUFSIZ)
        if not data:
            break
        print 'Jack:' + data
try:
    thread.start_new_thread(send_msg_thread, ())
    thread.start_new_thread(recv_msg_thread, ())
except:
    print "Error: unable to start thread"
while 1:
    pass
