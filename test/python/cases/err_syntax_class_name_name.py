# compare: stderr
# exit: 1
# Two names after class: invalid syntax at the second.
class A x:
    pass
