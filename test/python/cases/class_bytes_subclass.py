# Subclasses of bytes and bytearray: a __new__ of the class's own, bytes' methods and slices
# returning plain bytes, repr and str, len, hashing as bytes, sending one on a socket, and a
# bytearray subclass growing in place (its repr names its class).
import socket

class Packet(bytes):
    def __new__(cls, kind, payload):
        return super().__new__(cls, bytes([kind]) + payload)
    @property
    def kind(self):
        return self[0]
    def payload(self):
        return self[1:]
    def __repr__(self):
        return f'Packet({self.kind}, {bytes(self[1:])!r})'

p = Packet(7, b'hello')
print(p, repr(p), str(p), len(p), p.kind, p.payload(), type(p.payload()), type(p[1:]), type(p.upper()))
print(isinstance(p, bytes), type(p), p == b'\x07hello', p + b'!', type(p + b'!'), p.decode('latin-1'), p.hex())
class Raw(bytes):
    pass
r = Raw(b'abc')
print(r, repr(r), type(r), Raw(3), Raw([65, 66]), r.split(b'b'), hash(r) == hash(b'abc'), {r: 1}[b'abc'], Raw.__mro__)
a, b = socket.socketpair()
a.sendall(p)
print(b.recv(100))
a.close(); b.close()
class Buf(bytearray):
    def push(self, data):
        self.extend(data)
        return self
bf = Buf(b'ab')
bf.push(b'cd').append(33)
print(bf, repr(bf), len(bf), type(bf), bf[1:], type(bf[1:]), isinstance(bf, bytearray), bytes(bf), Buf.__mro__)
bf[0] = 65
del bf[1]
print(bf, Buf(), Buf(3))
r.tag = 'x'
print(r.tag)
