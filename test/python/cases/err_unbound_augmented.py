# exit: 1
# compare: stderr
# `total += 1` in a function that never says `global total`: total is local there, so the
# augmented assignment reads an unbound local. The traceback underlines the name (^^^^^).
total = 0
def add(n):
    total += n
    return total
print('adding')
add(1)
