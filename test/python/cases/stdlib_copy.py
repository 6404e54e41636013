# copy (issue 9): copy() and deepcopy() of containers, nested and shared values, cycles, user class
# instances (__dict__, __copy__, __deepcopy__(memo), __getstate__/__setstate__), socklab's own
# containers, and copy.Error; a message template copied before each send over a socketpair.
import copy
import socket
import collections

config = {'host': '127.0.0.1', 'ports': [1, 2], 'tags': {'a', 'b'}, 'pair': (1, [2])}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config['ports'].append(3)
config['pair'][1].append(9)
print(shallow['ports'], deep['ports'], shallow['pair'], deep['pair'])
print(shallow is config, shallow['ports'] is config['ports'], deep['ports'] is config['ports'])
print(copy.copy([1, [2]]), copy.copy((1, 2)) is not None, copy.deepcopy('s'), copy.deepcopy(5), copy.copy(None))
t = (1, 2, 'x')
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2]))[1])
s = {1, 2, 3}
print(copy.copy(s) == s, copy.copy(s) is s, sorted(copy.deepcopy(s)))
print(copy.copy(bytearray(b'ab')), copy.deepcopy(b'x'))

shared = [0]
outer = [shared, shared]
d = copy.deepcopy(outer)
print(d[0] is d[1], d[0] is shared)

cyc = [1]
cyc.append(cyc)
c = copy.deepcopy(cyc)
print(c[1] is c, c is not cyc, len(c))
dc = {'me': None}
dc['me'] = dc
print(copy.deepcopy(dc)['me']['me'] is not dc)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.history = []
    def __repr__(self):
        return f'Point({self.x}, {self.y}, {self.history})'

p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.history.append('moved')
print(q, r, q.history is p.history, type(r).__name__)

class Empty:
    pass
e = copy.deepcopy(Empty())
print(type(e).__name__, vars(e))

class Conn:
    def __init__(self, name):
        self.name = name
        self.log = []
    def __copy__(self):
        print('__copy__ called')
        new = Conn(self.name + '-copy')
        return new
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        new = Conn(self.name + '-deep')
        new.log = copy.deepcopy(self.log, memo)
        return new

a = Conn('a')
a.log.append([1])
print(copy.copy(a).name, copy.deepcopy(a).name, copy.deepcopy([a, a])[0].log)

class Stateful:
    def __init__(self):
        self.value = 1
        self.cache = 'big'
    def __getstate__(self):
        print('getstate')
        return {'value': self.value}
    def __setstate__(self, state):
        print('setstate', state)
        for key, value in state.items():
            setattr(self, key, value)
        self.cache = None

st = copy.deepcopy(Stateful())
print(st.value, st.cache)

class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n1, n2 = Node(1), Node(2)
n1.next = n2
n2.next = n1
m = copy.deepcopy(n1)
print(m.next.next is m, m.next.v, m is not n1)

class Tagged(list):
    pass
tg = Tagged([1, [2]])
tg.label = 'x'
tc = copy.deepcopy(tg)
print(type(tc).__name__, tc, tc.label, tc[1] is tg[1])

od = collections.OrderedDict([('b', [1]), ('a', [2])])
dd = collections.defaultdict(list, {'k': [1]})
print(copy.copy(od), copy.deepcopy(od)['b'] is od['b'], copy.copy(od)['b'] is od['b'])
dd2 = copy.deepcopy(dd)
dd2['new'].append(1)
print(sorted(dd2.items()), sorted(dd.items()))
dq = collections.deque([[1], [2]], maxlen=3)
print(copy.deepcopy(dq), copy.copy(dq)[0] is dq[0])
Pt = collections.namedtuple('Pt', 'x y')
print(copy.copy(Pt(1, [2])), copy.deepcopy(Pt(1, [2])))

print(issubclass(copy.Error, Exception), copy.error is copy.Error)
try:
    raise copy.Error('nope')
except copy.Error as err:
    print('caught', repr(err))

a_sock, b_sock = socket.socketpair()
try:
    copy.copy(a_sock)
except TypeError as err:
    print('TypeError', err)
template = {'type': 'msg', 'body': [], 'seq': 0}
for i in range(3):
    msg = copy.deepcopy(template)
    msg['seq'] = i
    msg['body'].append(f'hello {i}')
    a_sock.sendall(repr(msg).encode() + b'\n')
print(template)
data = b''
while data.count(b'\n') < 3:
    data += b_sock.recv(1024)
print(data.decode().splitlines())
a_sock.close()
b_sock.close()
