# pickle protocols 0 (text) and 1 (binary without PROTO) write _pickle.c's bytes: INT/LONG lines,
# F with repr(), raw-unicode-escape strings, MARK-based tuples/lists/dicts, PUT/GET by number,
# copy_reg._reconstructor for instances, and Python 2's names (fix_imports). loads() reads them back.
import pickle
import collections

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

class Empty:
    pass

class State:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return ('st', self.v)
    def __setstate__(self, s):
        self.v = s[1] * 10

class Tags(dict):
    pass

class Items(list):
    pass

vals = [None, True, False, 0, 255, 256, 65536, -1, 2**31 - 1, 2**31, -2**31 - 1, 2**70, 1.0, 1e100, -0.0, 0.1,
        float('inf'), 'a\\b\nc\r\x00\x1a\xe9\u20ac\U0001f600', '', b'', b'ab\xff', (), (1,), (1, 2, 3, 4), [], [1],
        [1, 2], {}, {'a': 1}, {'a': 1, 'b': 2}, {1, 2}, frozenset(), bytearray(b'x'), bytearray(), [[], []],
        list(range(1002))]
for p in (0, 1):
    for v in vals:
        d = pickle.dumps(v, p)
        print(p, repr(v)[:30], d if len(d) < 200 else (len(d), d[:20], d[-20:]), pickle.loads(d) == v)
    for v in [Point(1, 'two'), Empty(), len, Point, str, range, ValueError, ConnectionResetError, collections.OrderedDict(a=1, b=2)]:
        d = pickle.dumps(v, protocol=p)
        print(p, d, repr(pickle.loads(d)).split(' at ')[0])
    s = pickle.loads(pickle.dumps(State(), p))
    print(p, type(s).__name__, s.v)
    t = Tags(a=1)
    t.z = 2
    d = pickle.dumps(t, p)
    back = pickle.loads(d)
    print(p, d, type(back).__name__, back, back.z)
    d = pickle.dumps(Items([1, 2]), p)
    print(p, d, type(pickle.loads(d)).__name__, pickle.loads(d))
    loop = ([],)
    loop[0].append(loop)
    d = pickle.dumps(loop, p)
    back = pickle.loads(d)
    print(p, d, back[0][0] is back)
    loop4 = ([], 1, 2, 3)
    loop4[0].append(loop4)
    print(p, pickle.dumps(loop4, p))
# Protocol 2 uses Python 2's names too; NEWOBJ for subclasses of dict and list.
print(pickle.dumps([str, range, int, ValueError, OSError, TimeoutError], 2))
print(pickle.dumps(Tags(a=1), 2), pickle.dumps(Items([1]), 2))
# Python 2 pickles (protocol 0 and 2) with Python 2's names.
print(pickle.loads(b'c__builtin__\nunicode\np0\n.'), pickle.loads(b'cexceptions\nValueError\n(Vbad\ntR.'))
print(pickle.loads(b'\x80\x02c__builtin__\nxrange\nK\x00K\x03K\x01\x87R.'))
