# An IPv6 echo on ::1, with the 4-tuple addresses and getaddrinfo for AF_INET6.
import socket
import threading

print(socket.has_ipv6)
srv = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
srv.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
srv.bind(("::1", 0))
srv.listen(1)
addr = srv.getsockname()
print(len(addr), addr[0], addr[2:], srv.family, srv.type)

def serve():
    conn, peer = srv.accept()
    with conn:
        print("peer:", peer[0], len(peer))
        conn.sendall(conn.recv(100) * 2)

t = threading.Thread(target=serve)
t.start()
info = socket.getaddrinfo("::1", addr[1], socket.AF_INET6, socket.SOCK_STREAM)
family, type_, proto, canon, sockaddr = info[0]
print(family, type_, proto, repr(canon), sockaddr[0], sockaddr[2:])
c = socket.socket(family, type_, proto)
c.connect(sockaddr)
c.sendall(b"v6!")
t.join()
print(c.recv(100))
print(c.getpeername()[0], c.getpeername()[1] == addr[1])
c.close()
srv.close()
print(socket.inet_pton(socket.AF_INET6, "::1"))
print(socket.inet_ntop(socket.AF_INET6, b"\x20\x01\x0d\xb8" + b"\x00" * 11 + b"\x01"))
try:
    socket.socket(socket.AF_INET6).connect(("127.0.0.1", 80))
except OSError as e:
    print(type(e).__name__, e)
