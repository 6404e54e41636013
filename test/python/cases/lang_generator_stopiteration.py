# compare: stderr
# exit: 1
# PEP 479 in a generator expression, as in a generator function: a StopIteration escaping its body
# is RuntimeError('generator raised StopIteration') caused by it, whether the item is asked by
# next(), a for loop, sum/any/max or throw(); the cause's traceback starts at the generator's frame.
import traceback
def f(x):
    if x > 1:
        raise StopIteration(x)
    return x
g = (f(x) for x in [1, 2, 3])
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    traceback.print_exc()
print(next(g, "done"))
try:
    for v in (f(x) for x in range(5)):
        print(v)
except RuntimeError as e:
    print("loop", e)
print(sum(f(x) for x in [0, 1]))
def gen():
    yield 1
    yield 2
h = gen(); next(h)
try:
    h.throw(StopIteration)
except RuntimeError as e:
    print("throw", e)
print(any(f(x) for x in [0, 1, 2]))
try:
    print(max(f(x) for x in [5]))
except RuntimeError as e:
    print("max", e)

# Uncaught: the StopIteration's traceback (from <genexpr> down), then the RuntimeError's (<module>).
print(list(f(x) for x in [1, 2]))
