# exit: 1
# compare: stderr
# The same parameter twice: "duplicate argument 'data' in function definition".
def handle(conn, data, data):
    pass
