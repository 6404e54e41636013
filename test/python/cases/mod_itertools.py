# itertools: every function's items, laziness (islice of count() ends, islice leaves the source's
# next item, groupby's group ends when the next pair is read, tee's buffer), the reprs of count
# and repeat, generators and a Python class's iterator as sources, and CPython's errors.
import itertools
from itertools import count, cycle, repeat, chain, islice, zip_longest, product, permutations, combinations, accumulate, groupby, takewhile, dropwhile, starmap, tee
c = count()
print(next(c), next(c), c, count(5, 2), count(1.5), type(c))
print(list(islice(count(10), 3)), list(islice(count(0, 0.5), 4)))
print(list(islice(cycle('ab'), 5)), list(cycle([])))
r = repeat('x', 3)
print(r, next(r), r, list(r), r, repeat(7))
print(list(map(pow, range(5), repeat(2))))
print(list(chain([1, 2], 'ab', (3,))), list(chain.from_iterable(['ab', [1]])), list(chain()))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)), list(islice(range(10), 1, 8, 3)))
it = iter([1, 2, 3, 4, 5])
print(list(islice(it, 2)), next(it))
print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'x', fillvalue='-')), list(zip_longest()))
print(list(product('ab', [1, 2])), list(product([0, 1], repeat=2)), list(product()))
print(list(permutations([1, 2, 3])), list(permutations('abc', 2)), list(permutations([], 0)), list(permutations([1], 2)))
print(list(combinations('abcd', 2)), list(combinations(range(3), 3)), list(combinations(range(3), 4)))
print(list(itertools.combinations_with_replacement('ab', 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
for k, g in groupby('aaabbcaa'):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
groups = [(k, g) for k, g in groupby('aabb')]
print([(k, list(g)) for k, g in groups])
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(itertools.filterfalse(lambda x: x % 2, range(10))), list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(itertools.pairwise('abcd')))
a, b = tee([1, 2, 3])
print(next(a), list(a), list(b), len(tee('x', 3)))
def gen_words():
    return (w for w in ['a', 'bb', 'cc', 'd'])
print(list(islice(gen_words(), 2)), [(k, list(g)) for k, g in groupby(gen_words(), key=len)])
print(list(chain(gen_words(), gen_words())), sum(islice(count(1), 10)), ','.join(islice(cycle('xy'), 3)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(zip_longest(Countdown(3), 'ab')), list(takewhile(bool, Countdown(4))))
x, y = islice(count(), 2)
print(x, y, sorted(islice(count(5), 3), reverse=True), dict(zip(count(), 'ab')))
print(type(chain()), repr(chain()).startswith('<itertools.chain object at 0x'), itertools.chain)
for bad in (lambda: islice([], -1), lambda: islice([], 1, 2, 0), lambda: islice([], 'a'), lambda: count('a'), lambda: cycle(1), lambda: product(1),
            lambda: combinations([1]), lambda: combinations([1], -1), lambda: permutations([1], -1), lambda: repeat(), lambda: tee([], -1),
            lambda: list(chain(1)), lambda: takewhile(bool), lambda: zip_longest([], x=1), lambda: list(starmap(pow, [1]))):
    try:
        bad()
        print('no error')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
