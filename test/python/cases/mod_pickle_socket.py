# pickle as socket programs use it: objects framed with a length prefix over a socketpair,
# pickle.dump/load over makefile(), __getstate__/__setstate__/__reduce__, Python 2 pickles,
# and the errors of bad data and unpicklable objects.
import pickle, socket, struct, threading
class Message:
    def __init__(self, sender, text, tags=()):
        self.sender = sender
        self.text = text
        self.tags = list(tags)
    def __repr__(self):
        return f'Message({self.sender!r}, {self.text!r}, {self.tags!r})'
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __getstate__(self): return (self.x, self.y)
    def __setstate__(self, st): self.x, self.y = st
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
class Money:
    def __init__(self, cents): self.cents = cents
    def __reduce__(self): return (Money, (self.cents,))
def send_obj(sock, obj):
    data = pickle.dumps(obj)
    sock.sendall(struct.pack('!I', len(data)) + data)
def recv_exact(sock, n):
    buf = b''
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError('closed')
        buf += chunk
    return buf
def recv_obj(sock):
    (n,) = struct.unpack('!I', recv_exact(sock, 4))
    return pickle.loads(recv_exact(sock, n))
a, b = socket.socketpair()
objs = [Message('alice', '你好', ['greeting']), {'scores': [1, 2.5, None], ('k', 1): {True, False}}, Point(3, 4), Money(250), [Message('bob', 'x')] * 2]
for o in objs:
    send_obj(a, o)
got = [recv_obj(b) for _ in objs]
print(got[0], got[1], got[2] == Point(3, 4), got[3].cents, got[4], got[4][0] is got[4][1])
print(pickle.dumps(objs[0]))
print(pickle.dumps(Point(1, 2)), pickle.dumps(Money(5)))
f = a.makefile('wb')
pickle.dump({'via': 'makefile'}, f); f.flush()
r = b.makefile('rb')
print(pickle.load(r))
a.close(); b.close(); f.close(); r.close()
for bad in [b'', b'x', pickle.dumps([1, 2])[:-1], b'\x80\x09.', 'text']:
    try: pickle.loads(bad)
    except Exception as e: print(type(e).__name__, e)
for bad in [lambda: 1, socket.socket]:
    try: print(pickle.dumps(bad)[:20])
    except Exception as e: print(type(e).__name__, str(e).split(' at 0x')[0])
def outer():
    def inner(): pass
    return inner
try: pickle.dumps(outer())
except Exception as e: print(type(e).__name__, e)
print(pickle.loads(b'(lp0\nI1\naF2.5\naS\'py2\'\np1\naVuni\\u4e2d\np2\na.'))
print(pickle.loads(b'\x80\x02]q\x00(K\x01U\x03abcq\x01e.'), pickle.loads(b'\x80\x02]q\x00(K\x01U\x03abcq\x01e.', encoding='bytes'))
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.loads(pickle.dumps(Message, protocol=3)) is Message, pickle.loads(pickle.dumps(len)) is len)
print(pickle.dumps(2**100, protocol=2), pickle.loads(pickle.dumps(-2**100)))
