# itertools called through the module (itertools.islice(itertools.count(), 3)): a module's function
# gets its iterator arguments as they are, as `from itertools import islice` does; count() never ends.
import itertools
print(list(itertools.islice(itertools.count(), 3)))
print(list(itertools.islice(itertools.cycle('ab'), 5)), next(itertools.repeat(7)))
print(sum(itertools.islice(itertools.count(1), 10)), list(itertools.chain((x for x in 'ab'), 'c')))
