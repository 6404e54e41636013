# Bound methods compare and hash by __self__ (identity) and __func__; the collections' constructors
# take a generator; the builtin methods that take one object (deque.append, Queue.put, array.index,
# a selector's data) take an iterable Python object as it is, not its items.
import array
import collections
import queue
import selectors
import socket

x = []
print(x.append == x.append, x.append is x.append, hash(x.append) == hash(x.append), x.append == [].append)
print(len({x.append, x.append, x.pop}), x.append != x.append, 'a'.upper == 'a'.upper)


class A:
    def m(self):
        pass

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


a = A()
print(a.m == a.m, a.m is a.m, hash(a.m) == hash(a.m), a.m == A().m, a.m != a.m, len({a.m, a.m}))
print({a.m: 1}[a.m], a.m in [a.m], [a.m].index(a.m))


def pairs():
    yield ('a', 1)
    yield ('b', 2)


print(collections.OrderedDict(pairs()), collections.Counter(c for c in 'abca'), dict(pairs()))
print(collections.deque(pairs(), maxlen=1), collections.defaultdict(int, pairs()))


class Pair:
    def __iter__(self):
        return iter([1, 2])


o = Pair()
d = collections.deque()
d.append(o)
d.appendleft(o)
d.insert(1, o)
print([type(v).__name__ for v in d], d.count(o), d.index(o), o in d)
d.remove(o)
print(len(d), list(collections.deque(o)))
od = collections.OrderedDict(k=o)
od.move_to_end('k')
print(type(od['k']).__name__, type(od.get('k')).__name__, type(od.setdefault('z', o)).__name__)
c = collections.Counter()
c[o] += 1
print(len(c), c[o])
q = queue.Queue()
q.put(o)
q.put_nowait(o)
print(type(q.get()).__name__, type(q.get_nowait()).__name__)
arr = array.array('i', [1, 2])
try:
    arr.append(o)
except TypeError as e:
    print('TypeError', e)
print(arr.count(o))
sel = selectors.DefaultSelector()
s = socket.socket()
key = sel.register(s, selectors.EVENT_READ, o)
print(type(key.data).__name__)
key = sel.modify(s, selectors.EVENT_READ, Pair())
print(type(key.data).__name__)
sel.unregister(s)
sel.close()
s.close()
