# A float nan compared with itself (issue 9): `n == n` is False and `n != n` True (float_richcompare
# has no identity shortcut), while containers compare items by identity first ([n] == [n], n in [n]).
n = float('nan')
m = float.fromhex('nan')
print(n == n, n != n, n == m, n != m, m != m)
print([n] == [n], n in [n], [n].count(n), [n].index(n), (n,) == (n,), {1: n} == {1: n})
print(n < n, n >= n, 1 < n, sorted([3.0, 1.0]) == [1.0, 3.0])
x = 0.5
print(x == x, x != x, x is x)
