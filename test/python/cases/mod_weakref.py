# weakref (issue 9): a server's registry of live connections by weak reference, as tutorials keep
# one: ref() (one shared ref per object), its repr, hash and ==, WeakValueDictionary,
# WeakKeyDictionary, WeakSet and finalize() called by hand, and the TypeError for builtins. Every
# object stays referenced here: socklab keeps weakly referenced objects alive (a note says so),
# where python3 frees them at `del`.
import re
import socket
import weakref

class Conn:
    def __init__(self, name, sock):
        self.name = name
        self.sock = sock

def shown(x):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', repr(x))

a, b = socket.socketpair()
c1, c2 = Conn('alice', a), Conn('bob', b)
r = weakref.ref(c1)
print(shown(r), r() is c1, r() .name, weakref.ref(c1) is r, r == weakref.ref(c1), hash(r) == hash(c1), r.__callback__)
print(weakref.ref, type(r), weakref.getweakrefcount(c1), weakref.getweakrefs(c1) == [r], weakref.ReferenceType is weakref.ref)
calls = []
r2 = weakref.ref(c1, calls.append)
print(r2 is r, r2() is c1, r2.__callback__ is not None, r2 == r)
live = weakref.WeakValueDictionary()
live['alice'] = c1
live['bob'] = c2
print(shown(live), type(live), sorted(live), len(live), 'bob' in live, live['bob'].name, live.get('carol', 'none'))
print(sorted(k for k, v in live.items()), sorted(v.name for v in live.values()), live.pop('bob').name, list(live.keys()))
stats = weakref.WeakKeyDictionary()
stats[c1] = 10
stats[c2] = 20
stats[c1] += 5
print(shown(stats), stats[c1], c2 in stats, 5 in stats, len(stats), sorted(v for v in stats.values()), sorted(k.name for k in stats))
seen = weakref.WeakSet([c1])
seen.add(c2)
seen.add(c1)
print(len(seen), c1 in seen, 'x' in seen, sorted(c.name for c in seen), type(seen))
seen.discard(c2)
print(len(seen))
f = weakref.finalize(c2, print, 'closing', c2.name)
print(shown(f), f.alive, f.peek()[0] is c2, f.atexit)
print(f(), f.alive, f(), shown(f))
g = weakref.finalize(c1, len, 'abc')
print(g.detach()[1] is len, g.alive, g.detach())
for v in [1, 'x', [1], {}, (1,), None, b'x']:
    try:
        weakref.ref(v)
    except TypeError as e:
        print('TypeError:', e)
a.close()
b.close()
