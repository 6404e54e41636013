# An abstract handler base (abc.ABC, @abstractmethod, __init_subclass__ registry), @classmethod factories and messages with __slots__ over a socketpair.
import abc
import socket
import json

class Message:
    __slots__ = ("kind", "data")

    def __init__(self, kind, data):
        self.kind = kind
        self.data = data

    @classmethod
    def from_bytes(cls, raw):
        obj = json.loads(raw.decode())
        return cls(obj["kind"], obj["data"])

    def to_bytes(self):
        return json.dumps({"kind": self.kind, "data": self.data}).encode() + b"\n"

    def __repr__(self):
        return f"Message({self.kind!r}, {self.data!r})"

class Handler(abc.ABC):
    registry = {}

    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Handler.registry[kind] = cls

    @abc.abstractmethod
    def handle(self, msg):
        ...

    @staticmethod
    def for_kind(kind):
        return Handler.registry[kind]()

class Ping(Handler, kind="ping"):
    def handle(self, msg):
        return Message("pong", msg.data)

class Sum(Handler, kind="sum"):
    def handle(self, msg):
        return Message("result", sum(msg.data))

try:
    Handler()
except TypeError as e:
    print(e)
a, b = socket.socketpair()
fa, fb = a.makefile("rwb"), b.makefile("rwb")
for msg in [Message("ping", "hi"), Message("sum", [1, 2, 3])]:
    fa.write(msg.to_bytes()); fa.flush()
    incoming = Message.from_bytes(fb.readline())
    reply = Handler.for_kind(incoming.kind).handle(incoming)
    fb.write(reply.to_bytes()); fb.flush()
    print(incoming, "->", Message.from_bytes(fa.readline()))
print(sorted(Handler.registry), isinstance(Ping(), Handler))
for f in (fa, fb, a, b):
    f.close()
