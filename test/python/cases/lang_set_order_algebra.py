# Set algebra builds its result in CPython's order: | copies then merges, & walks the smaller set,
# - walks the left set (or copies and discards), ^ copies the right set then toggles.
p = {1, 2, 3, 9, 17, 33}
q = {2, 17, 40, 8, 65}
print(p | q, q | p)
print(p & q, q & p)
print(p - q, q - p)
print(p ^ q, q ^ p)
small = {64, 0}
many = set(range(0, 200, 8))
print(many - small, small - many, many & small, many ^ small)
print(p.union([100, 4], (7,)), p.intersection([33, 1, 99]), p.difference([1, 2]))
print(p.symmetric_difference([9, 10, 11]))
r = set(p)
r |= {100, 200}
print(r)
r &= {1, 100, 17, 2}
print(r)
r ^= {5, 1}
print(r)
r -= {100}
print(r)
u = {1, 2, 3}
alias = u
u |= {9}
print(alias, alias is u)
d = set(range(16))
d.difference_update(range(0, 16, 3))
print(d)
d.update([40, 41, 42])
d.intersection_update(range(0, 50, 2))
print(d)
d.symmetric_difference_update({2, 3, 4})
print(d, d.issubset(range(100)), {2, 4} <= d, d.isdisjoint({7}))
print(set(), set() | set(), {1} - {1})
