# pickle.dumps writes _pickle.c's bytes (protocols 2-5: opcodes, memo, batches of 1000, 64 KiB
# frames, large data outside frames) and pickle.loads reads them back.
import pickle
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2**31-1, 2**31, -2**31, -2**31-1, 2**64, -2**64, 1.5, '', 'a', 'héllo', 'x'*300, b'', b'ab', b'x'*300, (), (1,), (1,2), (1,2,3), (1,2,3,4), [], [1], [1,2], {}, {'a':1}, {'a':1,'b':2}, set(), {1,2}, frozenset([1]), ['a','a'], [[], []], bytearray(b'q'), list(range(1001))[:3]]
for v in vals:
    d = pickle.dumps(v)
    print(repr(v)[:30], d, pickle.loads(d) == v)
big = list(range(2500))
d = pickle.dumps(big); print(len(d), d[:40], pickle.loads(d) == big)
d = pickle.dumps({'k%d' % i: i for i in range(1200)}); print(len(d), pickle.loads(d)['k1199'])
d = pickle.dumps(b'z' * 70000); print(len(d), d[:16], d[-4:], len(pickle.loads(d)))
d = pickle.dumps(['y' * 40000, 'w' * 40000]); print(len(d), d[:30], pickle.loads(d)[1][:3])
for p in (2, 3, 4, 5):
    d = pickle.dumps([1, 'a', b'b', (2, 3), {4: None}, {5}, frozenset([6]), bytearray(b'c'), 1.25], protocol=p)
    print(p, d, pickle.loads(d))
