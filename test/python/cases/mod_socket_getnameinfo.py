# socket.getnameinfo() and socket.gethostbyaddr() on loopback: names and numbers by the NI_*
# flags, the port past 65535 as glibc wraps it, and CPython's errors for bad input (PyArg "si|II",
# "IPv4 sockaddr must be 2 tuple", gaierror for a name, herror). gethostbyaddr's name and aliases
# are the machine's /etc/hosts: only its address list is printed.
import socket

print(socket.NI_NUMERICHOST, socket.NI_NUMERICSERV, socket.NI_NAMEREQD, socket.NI_DGRAM, socket.NI_NOFQDN)
print(socket.getnameinfo(("127.0.0.1", 80), 0) == (socket.gethostbyaddr("127.0.0.1")[0], "http"))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST))
print(socket.getnameinfo(("127.0.0.1", 53), socket.NI_DGRAM | socket.NI_NUMERICHOST))
print(socket.getnameinfo(("::1", 22, 0, 0), socket.NI_NUMERICHOST))
print(socket.getnameinfo(("::1", 22), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("127.0.0.1", 0), socket.NI_NUMERICHOST))
print(socket.getnameinfo(("127.0.0.1", 70000), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("127.0.0.1", 7), socket.NI_NUMERICHOST)[1], socket.getnameinfo(("127.0.0.1", 7), socket.NI_NUMERICHOST | socket.NI_DGRAM)[1])
r = socket.gethostbyaddr("127.0.0.1")
print(type(r).__name__, len(r), type(r[0]).__name__, type(r[1]).__name__, r[2])
print(socket.gethostbyaddr(b"127.0.0.1")[2], socket.gethostbyaddr(bytearray(b"127.0.0.1"))[2])
print(socket.gethostbyaddr("localhost")[2])

bad_names = [
    (("127.0.0.1",), 0), ("127.0.0.1", 0), (("127.0.0.1", 80),), (("127.0.0.1", 80), 0, 1),
    (("127.0.0.1", "x"), 0), (("127.0.0.1", 80), "a"), ((1, 80), 0), ((None, 80), 0),
    (("127.0.0.1", 80, 0, 0), 0), (("::1", 80, 0, 0, 5), 0), (("::1", 80, 2**20), 0),
    (("127.0.0.1", 2**31), 0), (("127.0.0.1", -1), socket.NI_NUMERICHOST), (("localhost", 80), 0),
    (("127.0.0.1", 80), 2**40),
]
for args in bad_names:
    try:
        print(socket.getnameinfo(*args))
    except (TypeError, OverflowError, OSError) as e:
        print(type(e).__name__, e)
try:
    socket.getnameinfo(sockaddr=("127.0.0.1", 80), flags=0)
except TypeError as e:
    print(e)
for a in [5, None, "127.0.0.1\0", ""]:
    try:
        print(socket.gethostbyaddr(a))
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
try:
    socket.gethostbyaddr()
except TypeError as e:
    print(e)
print(socket.getnameinfo, socket.gethostbyaddr)
