# dataclasses as a tutorial's message types: @dataclass over class annotations (defaults,
# field(default_factory=…), __post_init__, order=True, frozen=True as a dict key), a packet sent
# over a socketpair as JSON and rebuilt with a classmethod; asdict/astuple/fields/replace and the
# errors CPython's generated __init__ and class checks raise. Also a builtin value's __class__.
from dataclasses import dataclass, field, asdict

@dataclass
class Message:
    sender: str
    text: str
    seq: int = 0
    tags: list = field(default_factory=list)

m = Message('alice', 'hi')
print(m)
print(m == Message('alice', 'hi'), m == Message('bob', 'hi'))
m.tags.append('x')
print(asdict(m))
print(repr(Message('b', 't', 3)))

@dataclass(frozen=True)
class Addr:
    host: str
    port: int
a = Addr('127.0.0.1', 80)
print(a, hash(a) == hash(Addr('127.0.0.1', 80)))
try:
    a.port = 1
except Exception as e:
    print(type(e).__name__, e)
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
import socket, json, threading

@dataclass
class Packet:
    kind: str
    seq: int
    payload: bytes = b''

    def encode(self):
        return json.dumps({'kind': self.kind, 'seq': self.seq, 'payload': self.payload.decode()}).encode()

    @classmethod
    def decode(cls, raw):
        d = json.loads(raw)
        return cls(d['kind'], d['seq'], d['payload'].encode())

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0

@dataclass
class Child(Packet):
    extra: list = field(default_factory=list)
    hidden: int = field(default=7, repr=False)

    def __post_init__(self):
        self.extra.append('post')

a, b = socket.socketpair()
p = Packet('MSG', 1, b'hi')
a.sendall(p.encode())
q = Packet.decode(b.recv(1024))
print(q, q == p, q is p)
a.close(); b.close()
print(sorted([Version(1, 2), Version(0, 9), Version(1)]), Version(1) < Version(1, 1), Version(2) >= Version(1, 5))
c = Child('X', 2, extra=['a'])
print(c, c.hidden, asdict(c), astuple(c))
print([f.name for f in fields(Child)], is_dataclass(c), is_dataclass(Child), is_dataclass(3))
print(replace(p, seq=9), p)
try:
    Packet('only')
except TypeError as e:
    print('TypeError:', e)
try:
    Packet('a', 1, b'', 4)
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError:', e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: str
except TypeError as e:
    print('TypeError:', e)
@dataclass(frozen=True)
class Peer:
    host: str
    port: int
peers = {Peer('127.0.0.1', 1), Peer('127.0.0.1', 1), Peer('::1', 2)}
print(len(peers), sorted(peers, key=lambda x: x.host))
try:
    Peer('h', 1).host = 'x'
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
print(Packet.__annotations__ if False else list(Packet.__annotations__))
print(p.__eq__(3))
print((3).__class__, "a".__class__, [].__class__, (1.5).__class__, None.__class__, b"".__class__, {}.__class__, True.__class__)
class B: pass
B.__getattr__ = lambda self, n: n * 2
print(B().foo)
del Packet.encode
print(hasattr(Packet, "encode"))
