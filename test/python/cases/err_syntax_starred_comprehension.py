# compare: stderr
# exit: 1
# A starred argument alone before a generator's for: "iterable unpacking cannot be used in comprehension".
f(*x for x in y)
