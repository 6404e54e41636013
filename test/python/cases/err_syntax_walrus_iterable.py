# exit: 1
# compare: stderr
# := in the iterable of a comprehension.
print("this must not run")
lines = [line for line in (rows := ["a", "b"])]
