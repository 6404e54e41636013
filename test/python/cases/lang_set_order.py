# Set iteration order as CPython's table gives it: small ints, negatives, collisions, growth.
print({3, 1, 2}, {8, 16, 1, 9}, {1, 9, 17, 25})
a = 8
print({a, 16, 1, 9}, {a, 0, 16, 24, 32})
print(set([8, 16, 1, 9, 24, 32]), {8, 16, 1, 9, 24, 32})
print({-1, -2, 5, 3, 100, 7}, set([-5, -1, 0, 1, 2 ** 40, -2 ** 40]))
print({True, 0, 2, False}, {1, 1.0, True}, {0.5, 1.5, -0.25, 2.0})
print({(1, 2), (2, 1), (0, 0), (1, (2, 3))})
print(list({5, 13, 21}), sorted({5, 13, 21}), {x for x in {70, 6, 134}})

# removals leave dummies; re-adds reuse the last dummy on the probe path
s = set()
for i in (1, 9, 25):
    s.add(i)
s.discard(1)
s.discard(9)
s.add(17)
s.add(33)
print(s)
s.remove(17)
s.add(9)
print(s, len(s), 9 in s, 17 in s)

# growth past 5 and past 20 elements
grow = set()
for i in range(6):
    grow.add(i * 8)
    print(len(grow), grow)
big = set()
for i in range(25):
    big.add(i * 13 % 50)
print(big)
for i in range(0, 25, 2):
    big.discard(i * 13 % 50)
print(big)
big.add(1000)
big.add(-7)
print(big)

# pop() walks from its finger
x = set(range(30, 0, -3))
print(x, x.pop(), x.pop(), x)
x.add(3)
print(x.pop(), x)
print({x * 8 for x in range(10)}, set(range(40, 0, -7)))
print(set({3: 1, 11: 2, 19: 3}), sorted(frozenset([8, 0, 16])))
print(hash(1.5), hash((1, 2)), hash(-1), hash(2 ** 70), hash(-0.25), hash((None,)) == hash((None,)))
