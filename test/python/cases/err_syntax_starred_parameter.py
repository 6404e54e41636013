# compare: stderr
# exit: 1
# A parenthesized star parameter is invalid syntax at the parenthesis (no missing comma after a star).
def h(*(a)): pass
