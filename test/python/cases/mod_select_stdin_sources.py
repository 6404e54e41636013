# select() and selectors over standard input (a file here): sys.stdin, fd 0 and an object whose
# fileno() is 0 are readable while a line (or the end of input) is left; readline() and input()
# take the lines select() said were there; a socket beside stdin is reported with it.
import select
import selectors
import socket
import sys


class Zero:
    def fileno(self):
        return 0


print(sys.stdin.fileno(), repr(sys.stdin))
r, w, x = select.select([sys.stdin], [], [], 5)
print(r == [sys.stdin], w, x)
print(repr(sys.stdin.readline()))
r, _, _ = select.select([0], [], [], 5)
print(r, repr(input()))
z = Zero()
r, _, _ = select.select([z], [], [], 5)
print(r == [z], repr(sys.stdin.readline()))

a, b = socket.socketpair()
b.sendall(b"ping")
sel = selectors.DefaultSelector()
sel.register(sys.stdin, selectors.EVENT_READ, "stdin")
sel.register(a, selectors.EVENT_READ, "sock")
events = sel.select(5)
print(sorted((key.data, mask) for key, mask in events))
print(a.recv(10), repr(sys.stdin.readline()))
# Only stdin is left, at its end: readable, and readline() gives ''.
events = sel.select(5)
print([(key.data, key.fd, mask) for key, mask in events])
print(repr(sys.stdin.readline()))
r, _, _ = select.select([a, sys.stdin], [], [], 5)
print(r == [sys.stdin])
try:
    input()
except EOFError:
    print("EOFError")
sel.unregister(sys.stdin)
print(sel.select(0))
sel.close()
a.close()
b.close()
