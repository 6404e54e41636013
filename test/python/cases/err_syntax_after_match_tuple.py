# A syntax error after a construct relaxed.ts rewrites for Lezer (match's tuple subject, an open
# sequence pattern) is the program's own error, where CPython reports it.
# compare: stderr
# exit: 1
match 1, 2:
    case a, b:
        print(a)
y = 2 2
