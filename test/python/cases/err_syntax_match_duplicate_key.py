# exit: 1
# compare: stderr
# A mapping pattern cannot look for the same key twice.
print("this must not run")
match 5:
    case {"a": 1, "a": 2}:
        pass
