# array (issue 9): typed arrays of every integer and float typecode, their item sizes, reprs and
# range checks; tobytes/frombytes in the machine's order, byteswap() for network order, and an
# array sent over a socketpair as a bytes-like object, rebuilt on the other side.
import array
import socket
import sys

print(array.typecodes, array.array, array.ArrayType is array.array, sys.byteorder)
for tc in 'bBhHiIlLqQfd':
    a = array.array(tc, [1, 2, 3])
    print(tc, a.itemsize, a, a.tobytes(), a.typecode)
samples = array.array('H', [443, 8080, 22])
print(samples, len(samples), samples[0], samples[-1], samples[1:], samples[::-1], list(samples), 22 in samples)
samples.append(53)
samples.extend([80, 25])
samples.extend(array.array('H', [7]))
samples.insert(0, 1)
print(samples, samples.pop(), samples.pop(0), samples.index(22), samples.count(80), samples.tolist())
samples.remove(80)
samples.reverse()
samples[0] = 9
print(samples, samples == array.array('H', samples.tolist()), samples < array.array('H', [10]), bool(array.array('d')))
print(array.array('f', [0.1, 2.5]), array.array('d', [0.1, 1e300]), array.array('d'), array.array('u', 'hi'))
print(array.array('b', b'\x01\xff'), array.array('h', b'\x01\x00\x02\x00'), array.array('i', array.array('b', [1, -2])))
a = array.array('i', [1, 2]) + array.array('i', [3])
a += array.array('i', [4])
print(a, a * 2, a[1:3], array.array('i', range(5)))
del a[0]
print(a)
ports = array.array('H', [80, 443, 8080])
ports.byteswap()
net = ports.tobytes()
print(net)
s1, s2 = socket.socketpair()
s1.sendall(ports)
got = s2.recv(64)
s1.close()
s2.close()
back = array.array('H')
back.frombytes(got)
back.byteswap()
print(got == net, back, bytes(back), back.buffer_info()[1])
for tc, v in [('b', 128), ('b', -129), ('B', -1), ('B', 256), ('h', 2**15), ('H', 2**16), ('i', 2**31), ('i', -2**31 - 1),
              ('I', -1), ('I', 2**32), ('l', 2**63), ('L', 2**64), ('q', 2**63), ('Q', -1), ('i', 2.5), ('d', 'x'), ('B', 'x')]:
    try:
        array.array(tc, [v])
    except (OverflowError, TypeError) as e:
        print(tc, v, type(e).__name__ + ':', e)
for bad in [lambda: array.array('z'), lambda: array.array('i', [1]).frombytes(b'abc'), lambda: array.array('i', [1])[5],
            lambda: array.array('i').pop(), lambda: array.array('i').remove(1), lambda: array.array('i').index(1),
            lambda: array.array('i') + array.array('d'), lambda: array.array('i') + [1], lambda: array.array('i', 'abc'),
            lambda: hash(array.array('i'))]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
e = array.array('i', [1, 2])
try:
    e.extend([3, 4.5])
except TypeError as err:
    print('TypeError:', err, e)
