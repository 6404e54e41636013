# exit: 1
# compare: stderr
# A bare * with nothing named after it: "named arguments must follow bare *".
def connect(host, *):
    pass
