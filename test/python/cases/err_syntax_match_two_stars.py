# exit: 1
# compare: stderr
# A sequence pattern has at most one starred name.
print("this must not run")
match 5:
    case [*a, *b]:
        pass
