# exit: 1
# compare: stderr
# A literal as a for target: "cannot assign to literal".
for 1 in range(3):
    pass
