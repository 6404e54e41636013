# A name repeated in a for target or a comprehension's target keeps the last item bound to it
# (CPython stores the targets left to right).
pairs = [(1, 2), (3, 4)]
for _, _ in pairs:
    print(_)
print([_ for _, _ in pairs], {a for a, b, a in [(1, 2, 3)]}, {k: v for k, k, v in [('a', 'b', 1)]})
print(list(x for x, x in pairs), [y for y, _, _ in [(5, 6, 7)]])
rows = [('alice', 20, 'x', 'y')]
for name, age, _, _ in rows:
    print(name, age, _)
