# setdefaulttimeout(): new sockets (and accepted ones) start with that timeout; getdefaulttimeout() reports it.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Python prints float timeouts as 2.0, JavaScript numbers as 2: compare the value, not the type.
def secs(v):
    return 'None' if v is None else '%g' % v


print('default', secs(socket.getdefaulttimeout()))
socket.setdefaulttimeout(0.3)
print('after setdefaulttimeout(0.3)', secs(socket.getdefaulttimeout()))
server = socket.socket()
print('new socket', secs(server.gettimeout()), server.getblocking())
server.bind(('127.0.0.1', 0))
server.listen()
attempt('accept times out', lambda: server.accept())
client = socket.socket()
client.connect(server.getsockname())
conn, _ = server.accept()
print('accepted socket', secs(conn.gettimeout()))
attempt('recv times out', lambda: conn.recv(10))
# An explicit settimeout wins over the default.
client.settimeout(None)
print('explicit None', secs(client.gettimeout()), client.getblocking())

socket.setdefaulttimeout(2)
print('setdefaulttimeout(2)', secs(socket.getdefaulttimeout()), secs(socket.socket().gettimeout()))
socket.setdefaulttimeout(0)
s0 = socket.socket()
print('setdefaulttimeout(0)', secs(s0.gettimeout()), s0.getblocking())
attempt('setdefaulttimeout(-1)', lambda: socket.setdefaulttimeout(-1))
socket.setdefaulttimeout(None)
print('reset', secs(socket.getdefaulttimeout()), secs(socket.socket().gettimeout()))
# Sockets created earlier keep their own timeout.
print('server keeps', secs(server.gettimeout()))
for s in (server, client, conn, s0):
    s.close()
