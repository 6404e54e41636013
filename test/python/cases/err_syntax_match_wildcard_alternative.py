# exit: 1
# compare: stderr
# A wildcard alternative in an or-pattern leaves the alternatives after it unreachable.
print("this must not run")
match 5:
    case _ | 1:
        pass
