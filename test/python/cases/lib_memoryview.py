# memoryview over bytes and bytearray: a view of the same memory (slices are views), written
# through, read-only over bytes, and the no-copy receive loop with recv_into(view[got:]).
import socket
b = bytearray(b'hello world')
m = memoryview(b)
print(len(m), m[0], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape)
m[0] = 72; print(b)
m[6:11] = b'WORLD'; print(b)
v = memoryview(b'abc'); print(v.readonly, type(v).__name__, isinstance(v, memoryview), isinstance(m, bytearray))
try: v[0] = 1
except TypeError as e: print(e)
try: m[0:2] = b'xyz'
except ValueError as e: print(e)
try: memoryview('s')
except TypeError as e: print(e)
print(m == b'Hello WORLD', m[::2].tobytes(), m.hex(), m.obj is b, m[1:][1:].obj is b)
try: m[20]
except IndexError as e: print(e)
s = m[6:]; s[0] = 119; print(b)
with memoryview(b) as mm: print(mm[0])
print(bytes(memoryview(b)[2:5]), b'-'.join([memoryview(b'ab'), b'c']))
# recv_into a view of a bytearray, the tutorials' no-copy receive loop
a, c = socket.socketpair()
a.sendall(b'0123456789')
a.close()
buf = bytearray(10)
view = memoryview(buf)
got = 0
while got < len(buf):
    n = c.recv_into(view[got:], min(4, len(buf) - got))
    if n == 0:
        break
    got += n
print(got, buf)
c.close()
x, y = socket.socketpair()
x.sendall(memoryview(b'abcdef')[2:])
print(y.recv(10))
x.close(); y.close()
m.release()
try: m[0]
except ValueError as e: print(e)
print(repr(m).startswith('<released memory at 0x'), repr(memoryview(b'')).startswith('<memory at 0x'))
