# A dataclass message codec: to_bytes/from_bytes with struct and json, asdict, field defaults, frozen.
import json
import socket
import struct
from dataclasses import dataclass, field, asdict, astuple, fields, replace
from typing import List

@dataclass
class Message:
    kind: str
    sender: str
    body: str = ""
    tags: List[str] = field(default_factory=list)
    seq: int = 0

    HEADER = struct.Struct("!HI")

    def encode(self) -> bytes:
        payload = json.dumps(asdict(self), ensure_ascii=False).encode("utf-8")
        return self.HEADER.pack(1, len(payload)) + payload

    @classmethod
    def decode(cls, data: bytes) -> "Message":
        version, length = cls.HEADER.unpack_from(data)
        payload = data[cls.HEADER.size:cls.HEADER.size + length]
        return cls(**json.loads(payload.decode("utf-8")))

@dataclass(frozen=True, order=True)
class Peer:
    host: str
    port: int

m = Message("chat", "alice", "你好", ["greeting"])
print(m)
raw = m.encode()
print(raw[:6], len(raw))
a, b = socket.socketpair()
a.sendall(raw)
back = Message.decode(b.recv(4096))
print(back == m, back is m, back)
print(astuple(back))
print([f.name for f in fields(Message)])
print(replace(m, seq=2, body="again"))
p = Peer("127.0.0.1", 80)
print(p, hash(p) == hash(Peer("127.0.0.1", 80)), sorted([Peer("b", 1), Peer("a", 2), Peer("a", 1)]))
try:
    p.port = 81
except Exception as e:
    print(type(e).__name__, e)
try:
    Message.decode(b"\x00\x01\x00\x00\x00\x05{bad}")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e.msg, e.pos)
try:
    Message("x")
except TypeError as e:
    print(e)
print(Message.HEADER.size, Message.HEADER.format)
a.close(); b.close()
