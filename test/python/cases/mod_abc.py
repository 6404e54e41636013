# abc as object-oriented socket tutorials use it: an abstract handler base (ABC, or
# metaclass=ABCMeta) whose subclasses must define its abstract methods before they can be made.
import socket
from abc import ABC, abstractmethod, ABCMeta


class Handler(ABC):
    def __init__(self, sock):
        self.sock = sock

    @abstractmethod
    def handle(self, data):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def serve_once(self):
        data = self.sock.recv(1024)
        return self.handle(data)


class Echo(Handler):
    def handle(self, data):
        self.sock.sendall(data)
        return len(data)


class Upper(Echo):
    name = 'upper'

    def handle(self, data):
        self.sock.sendall(data.upper())
        return data.upper()


a, b = socket.socketpair()
for cls in (Handler, Echo):
    try:
        cls(b)
    except TypeError as e:
        print('TypeError:', e)
a.sendall(b'hello')
u = Upper(b)
print(u.serve_once(), a.recv(1024), u.name, isinstance(u, ABC), isinstance(u, Handler))
print(Handler.handle.__isabstractmethod__, getattr(Upper.handle, '__isabstractmethod__', False))
print(ABC, ABCMeta)


class Plain(ABC):
    pass


class One(ABC):
    @abstractmethod
    def go(self):
        pass


print(type(Plain()).__name__)
try:
    One()
except TypeError as e:
    print('TypeError:', e)
a.close()
b.close()


class Stream(metaclass=ABCMeta):
    @abstractmethod
    def read(self):
        ...


class Fixed(Stream):
    def read(self):
        return b'fixed'


try:
    Stream()
except TypeError as e:
    print('TypeError:', e)
print(Fixed().read(), isinstance(Fixed(), ABC))
