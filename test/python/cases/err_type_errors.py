# CPython's TypeError, ValueError and other texts for common mistakes, caught and printed.
import socket
def attempt(label, fn):
    try:
        print(label, 'ok', repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
def two(a, b):
    return a + b
def set_first(seq, value):
    seq[0] = value
nothing = None
five = 5
attempt('str + bytes', lambda: 'a' + b'b')
attempt('bytes + str', lambda: b'a' + 'b')
attempt('int + str', lambda: 1 + 'a')
attempt('str + int', lambda: 'port ' + 9999)
attempt('str * str', lambda: 'a' * 'b')
attempt('list + tuple', lambda: [1] + (2,))
attempt('bytes % bad', lambda: b'%s' % 'text')
attempt('str % missing', lambda: '%s %s' % ('one',))
attempt('len(int)', lambda: len(5))
attempt('int(bad)', lambda: int('9999x'))
attempt('float(bad)', lambda: float('abc'))
attempt('call None', lambda: nothing())
attempt('too many args', lambda: two(1, 2, 3))
attempt('missing arg', lambda: two(1))
attempt('unexpected kw', lambda: two(1, 2, c=3))
attempt('KeyError', lambda: {}['k'])
attempt('IndexError', lambda: [][1])
attempt('tuple index', lambda: (1,)[5])
attempt('str index', lambda: 'abc'[10])
attempt('ZeroDivision', lambda: 1 / 0)
attempt('int // 0', lambda: 1 // 0)
attempt('modulo 0', lambda: 5 % 0)
attempt('unhashable', lambda: {[1]: 2})
attempt('tuple assign', lambda: set_first((1, 2), 5))
attempt('str assign', lambda: set_first('abc', 'x'))
attempt('compare', lambda: 1 < 'a')
attempt('not iterable', lambda: list(5))
attempt('unpack few', lambda: [a for a, b in [(1,)]])
attempt('unpack many', lambda: [a for a, b in [(1, 2, 3)]])
attempt('int not subscriptable', lambda: five[0])
attempt('send str', lambda: socket.socket().send('text'))
attempt('sendto str', lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto('x', ('127.0.0.1', 9)))
attempt('bind bad tuple', lambda: socket.socket().bind(('127.0.0.1',)))
attempt('bind port range', lambda: socket.socket().bind(('127.0.0.1', 70000)))
attempt('bytes(str)', lambda: bytes('abc'))
attempt('decode on str', lambda: 'x'.decode())
attempt('encode bad codec', lambda: 'x'.encode('no-such-codec'))
attempt('join ints', lambda: ','.join([1, 2]))
attempt('list.remove', lambda: [1].remove(2))
attempt('list.index', lambda: [1].index(2))
attempt('str.index', lambda: 'abc'.index('z'))
attempt('chr range', lambda: chr(-1))
attempt('int base', lambda: int('z', 16))
attempt('range float', lambda: range(1.5))
attempt('max empty', lambda: max([]))
