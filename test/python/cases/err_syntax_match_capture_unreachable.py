# exit: 1
# compare: stderr
# A bare name as a case that is not the last captures everything: the cases after it cannot run.
print("this must not run")
match 5:
    case xyz:
        pass
    case 1:
        pass
