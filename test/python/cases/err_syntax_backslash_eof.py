# compare: stderr
# exit: 1
# A line continuation at the end of the file: CPython's tokenizer says "unexpected EOF while
# parsing", its caret just past the backslash.
print("never runs")
total = 1 + \
