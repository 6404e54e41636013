# exit: 1
# compare: stderr
# Two parameter names without a comma: a parameter is no expression, so no comma hint, plain
# invalid syntax at the second name.
def handle(conn addr):
    conn.close()
