# One-argument super(B): an unbound super object (its repr, fields, __get__ binding it, the
# autosuper idiom of a super stored in the class), and socket.SocketType as socket.socket's base.
import socket
class A:
    def f(self): return "A.f"
    x = 5
class B(A):
    def f(self): return "B.f"
s = super(B)
print(s)
print(repr(s).startswith("<super: <class 'B'>, NULL>"))
b = B()
bound = super(B).__get__(b)
print(bound)
print(bound.f())
print(super(B).__get__(b, B).f())
print(type(s))
print(super(B, b).x)
print(issubclass(socket.socket, socket.SocketType))
print(socket.SocketType)
print(socket.socket.__mro__)
print(socket.socket.__bases__)
print(isinstance(socket.socket(), socket.SocketType))
try:
    super(B).f
except AttributeError as e:
    print(e)
print(s.__thisclass__, s.__self__, s.__self_class__)
print(bound.__thisclass__, bound.__self__ is b, bound.__self_class__)
try:
    super(B).__get__(None)
except TypeError as e:
    print(e)
print(super(B).__get__(None, B))
print(super(B, None))
s = super(B)
try:
    super(1)
except TypeError as e:
    print(e)
try:
    super(B).nope
except AttributeError as e:
    print(e)
print(super(B).__get__(B, None))
print(super(B).__get__(B).f)
class C(A):
    def f(self): return "C.f+" + self._sup.f()
C._sup = super(C)
print(C().f())
print(C._sup)
class My(socket.socket): pass
print(issubclass(My, socket.SocketType), issubclass(My, socket.socket))
print(issubclass(socket.SocketType, socket.socket))
print(issubclass(socket.socket, socket.SocketType), issubclass(socket.socket, (int, socket.SocketType)))
print(My.__mro__)
print(socket.socket.__mro__, socket.socket.__bases__, socket.SocketType.__bases__, socket.SocketType.__mro__)
print(socket.SocketType.__name__, socket.SocketType.__module__, socket.SocketType.__qualname__)
print(type(socket.SocketType))
s = socket.socket()
print(isinstance(s, socket.SocketType), type(s) is socket.socket, type(s) is socket.SocketType)
s.close()
