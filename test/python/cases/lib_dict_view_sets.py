# dict.keys() and dict.items() are sets to &, |, ^, - and the comparisons, on either side, the
# other operand any iterable (dictobject.c's dictviews_*); dict.values() is not. Clients that
# came and went: connected.keys() - seen. (Sets of strings are printed sorted: their order
# follows CPython's per-process hash seed.)
connected = {(1, 5001): 'alice', (1, 5002): 'bob', (1, 5003): 'carol'}
seen = {(1, 5002): 1, (1, 5004): 1}
print(connected.keys() & seen.keys())
print(connected.keys() - seen.keys())
print(connected.keys() | seen.keys())
print(sorted(connected.keys() ^ seen.keys()))
d = {'a': 1, 'b': 2}
for s in (d.keys() & {'a', 'z'}, {'a', 'z'} & d.keys(), d.keys() & ['b', 'q'], d.keys() - ['a'], ['a', 'x'] - d.keys(),
          d.items() & {('a', 1), ('b', 3)}, d.items() - {('a', 1)}, d.keys() | 'xy', d.keys() ^ {'b', 'c'}):
    print(type(s).__name__, sorted(s))
n = {1: 'one', 2: 'two', 3: 'three'}
print(n.keys() & {3, 1}, {2, 9} & n.keys(), n.keys() | [7], n.keys() - {2}, n.keys() ^ {3, 4}, n.items() & {(1, 'one')})
big = {i: str(i) for i in range(20)}
print(big.keys() & {3, 1, 2}, {5, 4} & big.keys(), big.keys() & [9, 8, 100])
print(d.keys() == {'a', 'b'}, d.keys() != {'a'}, d.keys() <= {'a', 'b', 'c'}, d.keys() < {'a', 'b'}, d.keys() >= {'a'}, {'a'} < d.keys())
print(d.items() == {('a', 1), ('b', 2)}, d.values() == {1, 2}, d.keys() == ['a', 'b'])
print(d.keys().isdisjoint(['q']), d.keys().isdisjoint('a'), d.items().isdisjoint([('b', 2)]))
for bad in (lambda: d.keys() & 5, lambda: d.values() & {1}, lambda: d.values() - d.values()):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
