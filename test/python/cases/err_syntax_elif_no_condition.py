# exit: 1
# compare: stderr
# `elif:` without its condition: invalid syntax at the colon.
data = b"x"
if not data:
    pass
elif:
    pass
