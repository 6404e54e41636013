# getaddrinfo of localhost, numeric hosts and services, the flags, gai errors.
import socket

for res in sorted(socket.getaddrinfo("localhost", 8080, socket.AF_INET, socket.SOCK_STREAM)):
    print(res)
for res in socket.getaddrinfo("127.0.0.1", "http", proto=socket.IPPROTO_TCP):
    print(res)
res = socket.getaddrinfo("::1", 53, socket.AF_INET6, socket.SOCK_DGRAM)
print(res)
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo("127.0.0.1", None, socket.AF_INET, socket.SOCK_RAW)[0][:3])
family, kind, proto, canon, addr = socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)[0]
print(family.name, kind.name, proto, repr(canon), addr)
print(socket.getaddrinfo("127.0.0.1", 80, flags=socket.AI_NUMERICHOST, type=socket.SOCK_STREAM))
try:
    socket.getaddrinfo("localhost", "nosuchservice")
except socket.gaierror as e:
    print("gaierror", e.errno, e)
try:
    socket.getaddrinfo("not a host", 80, flags=socket.AI_NUMERICHOST)
except socket.gaierror as e:
    print("gaierror", e.errno, e)
print(socket.gethostbyname("localhost"), socket.gethostbyname("127.0.0.1"))
print(socket.getservbyname("http", "tcp"), socket.getservbyport(22))
print(socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.htons(1), socket.ntohl(1), socket.AF_INET, int(socket.AF_INET6), repr(socket.SOCK_DGRAM))
