# exit: 1
# compare: stderr
# An assignment expression is a positional argument: after a keyword one it is CPython's SyntaxError.
print("this must not run")
print(sep=", ", total := 3)
