# functools: partial (arguments and keywords before the call's own, flattened, as a thread's
# target), reduce (with and without initial, over a generator, a Python class's __add__),
# cmp_to_key for sorted/max; operator's functions, itemgetter/attrgetter/methodcaller and
# their reprs, as reduce() and accumulate() take them; CPython's errors.
import functools
import operator
import threading
from functools import partial, reduce, cmp_to_key


def f(a, b=1, *, c=2):
    return (a, b, c)


p = partial(f, 1, c=3)
print(p.func is f, p.args, p.keywords, p(), p(5, c=9), repr(p).startswith('functools.partial(<function f at 0x'), repr(p).endswith(', 1, c=3)'))
q = partial(p, 2)
print(q.func is f, q.args, q.keywords, q())
int2 = partial(int, base=2)
print(int2('1010'), partial(print, 'hello', sep='-')('world'))
results = []
t = threading.Thread(target=partial(results.append, 'from thread'))
t.start()
t.join()
print(results)
for bad in (lambda: partial(), lambda: partial(1), lambda: reduce(operator.add, []), lambda: reduce(operator.add), lambda: reduce(1, [1, 2])):
    try:
        bad()
    except TypeError as e:
        print(e)
print(reduce(operator.add, [], 7), reduce(lambda a, b: a * b, range(1, 6)), reduce(operator.add, [b'ab', b'cd']), reduce(operator.add, (x for x in 'abc')))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), max(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
k = cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(2) <= k(1), k(1) == k(1), repr(k(1)).startswith('<functools.KeyWrapper object at'))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('ab', 2), operator.truediv(1, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.eq(1, 1.0), operator.lt('a', 'b'), operator.not_([]), operator.truth('x'), operator.neg(3), operator.contains([1, 2], 2), operator.getitem('abc', 1))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.is_(None, None))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=operator.itemgetter(1)), operator.itemgetter(1, 0)('ab'), operator.itemgetter('k')({'k': 'v'}), operator.itemgetter(1))
class Peer:
    def __init__(self, host, port):
        self.host = host
        self.port = port
    def label(self, sep=':'):
        return self.host + sep + str(self.port)
peers = [Peer('b', 2), Peer('a', 1)]
print([x.host for x in sorted(peers, key=operator.attrgetter('port'))], operator.attrgetter('host', 'port')(peers[0]), operator.attrgetter('port'))
print(operator.methodcaller('label')(peers[0]), operator.methodcaller('label', sep='/')(peers[1]), operator.methodcaller('label', sep='/'))
class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return V(self.n + other.n)
print(reduce(operator.add, [V(1), V(2), V(3)]).n)
import itertools
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), [v.n for v in itertools.accumulate([V(1), V(2)])])
