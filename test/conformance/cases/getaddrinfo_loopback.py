# getaddrinfo() on loopback names and numbers: a list of (family, type, proto, canonname, sockaddr) tuples.
from socket import *
import socket


def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)



def show(infos):
    for family, type_, proto, canonname, sockaddr in infos:
        print(' ', int(family), int(type_), proto, repr(canonname), sockaddr)


res = socket.getaddrinfo('127.0.0.1', 80, AF_INET, SOCK_STREAM)
print('count', len(res), 'tuple of', len(res[0]))
show(res)
print('udp')
show(socket.getaddrinfo('127.0.0.1', 9999, AF_INET, SOCK_DGRAM))
print('v6')
show(socket.getaddrinfo('::1', 443, AF_INET6, SOCK_STREAM))
print('localhost v4 stream')
show(socket.getaddrinfo('localhost', 8080, AF_INET, SOCK_STREAM))
print('all socket types for 127.0.0.1')
show(socket.getaddrinfo('127.0.0.1', 7788, AF_INET))
print('service name', socket.getaddrinfo('127.0.0.1', 'http', AF_INET, SOCK_STREAM)[0][4])
print('port None', socket.getaddrinfo('127.0.0.1', None, AF_INET, SOCK_STREAM)[0][4])
print('family enum equals constant', res[0][0] == AF_INET, res[0][1] == SOCK_STREAM)
attempt('unknown service', lambda: socket.getaddrinfo('127.0.0.1', 'no-such-service', AF_INET, SOCK_STREAM))
attempt('v6 address as AF_INET', lambda: socket.getaddrinfo('::1', 80, AF_INET))
