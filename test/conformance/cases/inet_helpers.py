# inet_aton/inet_ntoa/htons/ntohs and gethostname/gethostbyname on loopback names.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print('inet_aton', socket.inet_aton('127.0.0.1'), socket.inet_aton('192.168.1.254'))
print('inet_aton short forms', socket.inet_aton('1'), socket.inet_aton('127.1'))
print('inet_ntoa', socket.inet_ntoa(b'\x7f\x00\x00\x01'), socket.inet_ntoa(bytes([10, 0, 0, 255])))
print('round trip', socket.inet_ntoa(socket.inet_aton('8.8.4.4')))
attempt('inet_aton bad', lambda: socket.inet_aton('300.1.1.1'))
attempt('inet_aton text', lambda: socket.inet_aton('localhost'))
attempt('inet_ntoa short', lambda: socket.inet_ntoa(b'\x01\x02'))
print('htons', socket.htons(1), socket.htons(0x1234), socket.htons(9999))
print('ntohs', socket.ntohs(256), socket.ntohs(0x1234), socket.ntohs(socket.htons(7788)))
attempt('htons too big', lambda: socket.htons(70000))

name = socket.gethostname()
print('gethostname is a non-empty str', type(name).__name__, len(name) > 0)
print('gethostbyname localhost', socket.gethostbyname('localhost'))
print('gethostbyname ip', socket.gethostbyname('127.0.0.1'))
attempt('gethostbyname own name is dotted quad', lambda: len(socket.gethostbyname(name).split('.')) == 4)
