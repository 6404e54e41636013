# collections: deque, defaultdict, Counter, OrderedDict, namedtuple
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple

q = deque([1, 2], maxlen=3)
print(q)
q.append(3)
q.append(4)
print(q, len(q), 3 in q, 9 in q, q[0], q[-1])
q.appendleft(0)
print(q)
print(q.pop(), q.popleft(), q)
q.extend([7, 8])
q.rotate(1)
print(q, q.index(7))
d = deque()
print(bool(d), d)
steps = 0
w = deque([1, 2, 3])
while w:
    steps += w.popleft()
print(steps)
try:
    d.pop()
except IndexError as e:
    print('IndexError:', e)
try:
    w[5]
except IndexError as e:
    print('IndexError:', e)
for x in deque('ab'):
    print(x)

groups = defaultdict(list)
for word in ['apple', 'bob', 'avocado']:
    groups[word[0]].append(word)
print(groups)
print(groups['a'], len(groups), 'z' in groups)
counts = defaultdict(int)
for ch in 'hello':
    counts[ch] += 1
print(counts)
print(dict(counts))
fact = defaultdict(lambda: 'n/a')
print(fact['x'], len(fact))

c = Counter('abracadabra')
print(c)
print(c.most_common(2))
c.update('aaz')
print(c['a'], c['missing'], c)

od = OrderedDict()
od['a'] = 1
od['b'] = 2
od['c'] = 3
od.move_to_end('a')
print(od)
print(od.popitem(last=False), od.popitem(), od)

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0])
a, b = p
print(a + b, Point._fields)
q = p._replace(y=5)
print(q, p, q._asdict())
print(type(Counter()), type(defaultdict(int)), type(OrderedDict()), type({}))
