# exit: 1
# compare: stderr
# The alternatives of an or-pattern must bind the same names.
print("this must not run")
match 5:
    case [a] | bb:
        pass
