# selectors: get_map() is a live mapping of the registered keys (len, in, iteration, [fileobj],
# keys/values/items, get), modify() keeps or changes data and events, get_key()'s KeyError,
# unregister of an unknown fileobj, and the map of a closed selector.
import selectors
import socket

def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)

sel = selectors.DefaultSelector()
a, b = socket.socketpair()
m = sel.get_map()
print(len(m), a in m, bool(m))
sel.register(a, selectors.EVENT_READ, 'a-data')
print(len(m), a in m, b in m, a.fileno() in m, m[a].data, m[a.fileno()].events, bool(m))
sel.register(b, selectors.EVENT_WRITE)
print(len(m), sorted(k.data or 'none' for k in m.values()), len(list(m)), list(m) == [a.fileno(), b.fileno()] or list(m) == [b.fileno(), a.fileno()])
print(m.get(a).data, m.get(12345), m.get(12345, 'dflt'), sorted(fd for fd in m.keys()) == sorted([a.fileno(), b.fileno()]))
print(sorted((k.data or '') for fd, k in m.items()))
key = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, 'new')
print(key.events, key.data, m[a].data, sel.get_key(a) is m[a], sel.get_key(a) == key)
same = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, 'new')
print(same is key)
t(lambda: m[999])
t(lambda: m['x'])
t(lambda: sel.get_key(999))
c = socket.socket()
t(lambda: sel.get_key(c))
t(lambda: sel.unregister(c))
t(lambda: sel.modify(c, selectors.EVENT_READ))
t(lambda: sel.unregister(999))
try:
    sel.register(a, selectors.EVENT_READ)
except KeyError as e:
    print('KeyError', str(e).endswith('(FD %d) is already registered\'' % a.fileno()))
t(lambda: sel.register(c, 0))
t(lambda: sel.modify(a, 4))
sel.unregister(b)
print(len(m), b in m)
t(lambda: m[b])
sel.close()
print(sel.get_map())
t(lambda: len(m))
for s in (a, b, c):
    s.close()
