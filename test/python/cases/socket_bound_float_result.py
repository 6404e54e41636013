# A socket method read as a value and called later answers as the call does: gettimeout() is a
# float (2.0) through getattr(), a variable or a callback too.
import socket
s = socket.socket()
s.settimeout(2)
print(s.gettimeout(), getattr(s, "gettimeout")(), (lambda f: f())(s.gettimeout))
g = s.gettimeout
print(g())
s.close()
