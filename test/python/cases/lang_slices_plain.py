# Plain slices (step 1) of str, bytes and bytearray, and del of a bytearray's slice, at every
# kind of bound: negative, past the end, reversed, empty; a framing loop's `buf = buf[n:]`.
s = 'héllo 😀 wörld'
b = bytes(range(10))
ba = bytearray(b'abcdefghij')
for lo, hi in [(None, None), (2, None), (None, 3), (-3, None), (None, -3), (3, 2), (5, 100), (-100, 2), (100, 200), (0, 0)]:
    print(lo, hi, repr(s[lo:hi]), b[lo:hi], ba[lo:hi], s[lo:hi:1] == s[lo:hi], b[lo:hi:-1])
for lo, hi in [(None, 2), (-2, None), (3, 5), (5, 3), (8, 100), (None, None)]:
    x = bytearray(b'abcdefghij')
    del x[lo:hi]
    print(lo, hi, x, len(x))
y = bytearray(b'0123456789')
del y[::2]
print(y)
buf = b''
frames = []
for chunk in [b'\x00\x03abc\x00', b'\x02de\x00\x01', b'f']:
    buf += chunk
    while len(buf) >= 2 and len(buf) >= 2 + int.from_bytes(buf[:2], 'big'):
        n = int.from_bytes(buf[:2], 'big')
        frames.append(buf[2:2 + n])
        buf = buf[2 + n:]
print(frames, buf, type(buf[1:]), type(ba[1:]))
class B(bytes):
    pass
print(type(B(b'xyz')[1:]), B(b'xyz')[1:])
