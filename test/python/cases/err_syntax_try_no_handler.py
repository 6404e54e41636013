# exit: 1
# compare: stderr
# A try: with neither except nor finally is CPython's SyntaxError at the next statement.
x = 1
try:
    x = 2
print(x)
