# exit: 1
# compare: stderr
# A generator expression as one of several arguments needs its own parentheses (invalid_arguments):
# the caret spans the generator, its `if` clauses included. Alone it is fine (sum(...) below),
# a tuple target's comma included.
ports = [80, 443, 8080]
print(sum(p for p in ports))
print(sorted(p for name, p in [('http', 80)]))
print(max(p for p in ports if p > 80, 0))
