# exit: 1
# compare: stderr
# A pattern cannot bind the same name twice.
print("this must not run")
match 5:
    case [aa, aa]:
        pass
