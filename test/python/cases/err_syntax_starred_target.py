# exit: 1
# compare: stderr
# A starred target on its own: "starred assignment target must be in a list or tuple".
*parts = b'a b'.split()
