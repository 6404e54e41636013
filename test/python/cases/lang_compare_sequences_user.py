# Ordering tuples and lists that hold instances of a class with __lt__ (and __eq__): the first
# unequal items decide through the class's methods, as in heapq/sorted/max of (priority, job) pairs.
class J:
    def __init__(self, p): self.p = p
    def __lt__(self, o): return self.p < o.p
a, b = J(1), J(2)
print(a < b, b < a)
print((a, 0) < (b, 1), (b, 0) < (a, 1), (a, 0) < (a, 1))
print(b > a)
print([a, 1] < [a, 2], [(a, 1)] < [(b, 0)], (a,) < (a, 0), (b, 1) > (a, 2))
class E:
    def __init__(self, p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o): return self.p < o.p
print((E(1), 2) < (E(1), 3), (E(1), 5) < (E(2), 3))
class N: pass
try:
    (N(), 0) < (1, 0)
except TypeError as e:
    print(e)
try:
    (N(), 0) < (N(), 1)
except TypeError as e:
    print(e)
print(sorted([(b, 1), (a, 2)])[0][1], max([(a, 1), (b, 2)])[1])
