# The socket module's functions as Python shows them: C functions of _socket are
# `<built-in function htons>` (builtin_function_or_method), Lib/socket.py's are `<function
# getaddrinfo at 0x…>`; socket methods unbound and bound. The byte-order functions' TypeError and
# OverflowError messages (PyArg "i" for htons/ntohs, PyLong_AsUnsignedLong for htonl/ntohl).
import socket

for f in (socket.htons, socket.ntohl, socket.gethostname, socket.inet_aton, socket.inet_ntop,
          socket.getservbyname, socket.getdefaulttimeout, socket.getaddrinfo, socket.create_connection,
          socket.socketpair, socket.getfqdn):
    print(repr(f).split(" at 0x")[0], type(f).__name__, f.__name__)
print(socket.socket.recv, socket.socket.sendall, type(socket.socket.recv).__name__)
print(repr(socket.socket.makefile).split(" at 0x")[0], repr(socket.socket.accept).split(" at 0x")[0])
s = socket.socket()
print(repr(s.recv).split(" at 0x")[0], type(s.recv).__name__)
print(repr(s.makefile).split(" fd=")[0], type(s.makefile).__name__)
s.close()

for f in (socket.htons, socket.ntohs, socket.htonl, socket.ntohl):
    for v in (80, True, socket.AF_INET6, 80.0, -1, 65536, 2**31, -2**31 - 1, 2**32, 2**63, 2**64, -2**64, "1", None, b"\x00"):
        try:
            print(f.__name__, repr(v), f(v))
        except (TypeError, OverflowError) as e:
            print(f.__name__, repr(v), type(e).__name__, e)
try:
    socket.htons(x=1)
except TypeError as e:
    print(e)
try:
    socket.htonl(x=1)
except TypeError as e:
    print(e)
