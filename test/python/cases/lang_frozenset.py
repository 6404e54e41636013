# frozenset: its repr, hash (CPython's frozenset_hash, so sets of frozensets iterate in CPython's
# order), a dict key, operations that keep the left operand's type, |= making a new frozenset,
# type()/isinstance(), no mutating methods.
print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset({(1, 2), 3.5})), hash(frozenset(range(100))))
print({frozenset({1}), frozenset({2}), frozenset({3, 4}), frozenset()})
a = frozenset([3, 1, 2])
b = a
b |= {9}
print(a, b, a is b)
s = {1}
t = s
t |= frozenset([2])
print(s, t is s, type(t).__name__)
print(type({1} | frozenset([2])).__name__, type(frozenset([2]) | {1}).__name__, type(frozenset([2]) - {1}).__name__)
print(type(a.copy()).__name__, a.copy() is a, frozenset(a) is a, type(set(a)).__name__, set(a))
print(frozenset('abc') == frozenset('cba'), frozenset([1]) == {1}, {1} == frozenset([1]), frozenset([1]) < frozenset([1, 2]))
print(frozenset([1, 2]).issubset([1, 2, 3]), frozenset([1]).isdisjoint({2}), len(frozenset()))
print(frozenset({1: 'a', 2: 'b'}), frozenset(x * 2 for x in range(3)), frozenset(range(3)))
print(isinstance(a, frozenset), isinstance(a, set), isinstance({1}, frozenset), isinstance(a, (set, frozenset)))
print(str(frozenset([1])), repr(frozenset()), f'{frozenset([5])}', '%s' % (frozenset([6]),))
d = {frozenset({'x', 'y'}): 'pair'}
print(d[frozenset(['y', 'x'])], frozenset(['x', 'y']) in d)
print(frozenset([frozenset([1]), frozenset([1])]))
print(type(frozenset).__name__, frozenset, frozenset.__name__)
for name in ['add', 'remove', 'discard', 'update', 'pop', 'clear']:
    try:
        getattr(a, name)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    {set([1]): 1}
except TypeError as e:
    print('TypeError:', e)
try:
    hash({1})
except TypeError as e:
    print('TypeError:', e)
print(sorted(frozenset([3, 1, 2])), sum(frozenset([1, 2])), max(frozenset([4, 7])))
