# exit: 1
# compare: stderr
# Assigning to None: "cannot assign to None".
None = 0
