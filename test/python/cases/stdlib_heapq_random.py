# heapq on seeded random data: the list after every heappush/heappop/heapify/heapreplace/
# heappushpop is python3's (programs print heaps), items with equal keys keep python3's placement,
# nsmallest/nlargest equal sorted(...)[:n] (stable, key=), merge is stable with key= and reverse=,
# and the C module's argument errors.
import heapq
import random

rng = random.Random(20261203)

class Job:
    # compares by priority only, so equal priorities show where each item was moved
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f'{self.name}{self.prio}'

for trial in range(40):
    n = rng.randrange(0, 30)
    values = [rng.randrange(0, 12) for _ in range(n)]
    h = []
    for v in values:
        heapq.heappush(h, v)
    pushed = list(h)
    popped = []
    for _ in range(rng.randrange(0, n + 1)):
        popped.append(heapq.heappop(h))
    heapq.heappush(h, rng.randrange(12))
    r = heapq.heapreplace(h, rng.randrange(12))
    p = heapq.heappushpop(h, rng.randrange(12))
    g = values[:]
    heapq.heapify(g)
    print(trial, pushed, popped, r, p, h, g)

for trial in range(20):
    jobs = [Job(rng.randrange(4), chr(97 + i)) for i in range(rng.randrange(1, 20))]
    h = jobs[:]
    heapq.heapify(h)
    order = []
    h2 = []
    for j in jobs:
        heapq.heappush(h2, j)
    print(h, h2)
    while h:
        order.append(heapq.heappop(h))
    print(order)
    k = rng.randrange(0, 8)
    print(heapq.nsmallest(k, jobs, key=lambda j: j.prio), heapq.nlargest(k, jobs, key=lambda j: j.prio))
    print(heapq.nsmallest(k, jobs), heapq.nlargest(k, jobs))
    print(heapq.nsmallest(1, jobs, key=lambda j: j.prio), heapq.nlargest(1, jobs, key=lambda j: j.prio))
    print(heapq.nsmallest(k, iter(jobs)), heapq.nlargest(k, iter(jobs)), heapq.nsmallest(k, iter(jobs), key=lambda j: -j.prio))
    nums = [rng.randrange(50) for _ in range(rng.randrange(0, 25))]
    print(heapq.nsmallest(k, nums), heapq.nlargest(k, nums), heapq.nlargest(k, iter(nums), key=lambda v: v % 7))

for trial in range(15):
    runs = [sorted(rng.randrange(10) for _ in range(rng.randrange(0, 6))) for _ in range(rng.randrange(0, 5))]
    print(list(heapq.merge(*runs)))
    tagged = [sorted(((v, i) for v in run), key=lambda t: t[0]) for i, run in enumerate(runs)]
    print(list(heapq.merge(*tagged, key=lambda t: t[0])))
    rev = [sorted(run, reverse=True) for run in tagged]
    print(list(heapq.merge(*rev, key=lambda t: t[0], reverse=True)))
    print(list(heapq.merge(*[sorted(r, reverse=True) for r in runs], reverse=True)))

print(heapq.nsmallest(3, iter([5, 1, 4, 1, 5])), heapq.nlargest(3, (x for x in [5, 1, 4, 1, 5])))
print(heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(-2, [3, 1]), heapq.nsmallest(0, []))
print(heapq.nlargest(2, ['bb', 'a', 'ccc', 'dd'], key=len), heapq.nsmallest(2, ['bb', 'a', 'ccc', 'dd'], key=len))
m = heapq.merge([1, 3], [2])
print(type(m).__name__, next(m), list(m))
print(heapq.heappushpop([], 3), heapq.heappushpop([1], 0), heapq.heappushpop([1], 2))

for call in [lambda: heapq.heappush(None, 1), lambda: heapq.heappush((1,), 1), lambda: heapq.heappop([]),
             lambda: heapq.heappop(()), lambda: heapq.heapreplace([], 1), lambda: heapq.heapify(()),
             lambda: heapq.heappushpop((), 1), lambda: heapq.heappush([1], 'a'),
             lambda: list(heapq.merge([1], ['a'])), lambda: heapq.heapreplace('ab', 1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

g = iter([1, 2, 3])
print(heapq.nsmallest(0, g), list(g))
g = iter([3, 1, 2])
print(heapq.nlargest(-1, g), heapq.nsmallest(1, g), list(g))
print(heapq.nsmallest(2, [float('nan'), 1, 0.5]), heapq.nlargest(2, [float('nan'), 1, 0.5]))
print(heapq.nsmallest(2, [{1}, {2}, {1, 2}, set()]), heapq.nlargest(2, [{3}, {1}, {1, 3}, {2}]))
for call in [lambda: heapq.nsmallest(0, None), lambda: heapq.nlargest(-1, 5), lambda: heapq.nsmallest(1, None)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
